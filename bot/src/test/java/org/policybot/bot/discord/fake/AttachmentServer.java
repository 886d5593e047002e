package org.policybot.bot.discord.fake;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Serves attachment bytes over plain HTTP on 127.0.0.1, standing in for Discord's CDN; counts downloads. */
public final class AttachmentServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final List<String> downloads = new CopyOnWriteArrayList<>();

    public AttachmentServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                byte[] bytes = files.get(path);
                downloads.add(path);
                if (bytes == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        });
        server.start();
    }

    /** Publishes a file and returns its URL. */
    public String serve(String name, byte[] content) {
        String path = "/attachments/" + name;
        files.put(path, content);
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Paths downloaded so far. */
    public List<String> downloads() {
        return List.copyOf(downloads);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
