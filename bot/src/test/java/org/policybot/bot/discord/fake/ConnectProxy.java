package org.policybot.bot.discord.fake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP CONNECT proxy on 127.0.0.1 that tunnels the Discord hosts to the fake's local HTTPS server
 * (the client still does TLS end to end with "discord.com"). Any other host is refused.
 */
final class ConnectProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int targetPort;
    private final Set<String> hosts;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-discord-proxy");
        t.setDaemon(true);
        return t;
    });
    private final List<String> tunnels = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    ConnectProxy(int targetPort, Set<String> hosts) throws IOException {
        this.targetPort = targetPort;
        this.hosts = hosts;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.execute(this::acceptLoop);
    }

    int port() {
        return server.getLocalPort();
    }

    /** The CONNECT targets seen, e.g. "discord.com:443". */
    List<String> tunnels() {
        return List.copyOf(tunnels);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                pool.execute(() -> tunnel(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void tunnel(Socket client) {
        try {
            InputStream in = client.getInputStream();
            String head = readHead(in);
            String[] requestLine = head.split("\r\n", 2)[0].split(" ");
            OutputStream out = client.getOutputStream();
            String target = requestLine.length > 1 ? requestLine[1] : "";
            String host = target.contains(":") ? target.substring(0, target.lastIndexOf(':')) : target;
            if (!"CONNECT".equals(requestLine[0]) || !hosts.contains(host)) {
                out.write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                client.close();
                return;
            }
            tunnels.add(target);
            Socket upstream = new Socket();
            upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 5000);
            open.add(upstream);
            out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            pool.execute(() -> pipe(upstream, client));
            pipe(client, upstream);
        } catch (IOException e) {
            close(client);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) != -1) {
            buf.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : 0;
            if (matched == 4) {
                break;
            }
        }
        return buf.toString(StandardCharsets.US_ASCII);
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // one side closed: close both
        } finally {
            close(from);
            close(to);
        }
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        open.forEach(ConnectProxy::close);
        pool.shutdownNow();
    }
}
