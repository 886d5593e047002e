package org.policybot.bot.discord.fake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A self-signed certificate for discord.com, made with the JDK's {@code keytool} at test time: a
 * PKCS12 key store for the fake's HTTPS server and a trust store holding only that certificate, which
 * the test JVM is pointed at through the standard {@code javax.net.ssl.trustStore} properties.
 */
public final class TestCertificates {
    static final String PASSWORD = "fake-discord";
    static final List<String> HOSTS = List.of("discord.com", "cdn.discordapp.com", "media.discordapp.net");

    private final Path keyStore;
    private final Path trustStore;

    private TestCertificates(Path keyStore, Path trustStore) {
        this.keyStore = keyStore;
        this.trustStore = trustStore;
    }

    static TestCertificates create(Path dir) throws IOException, InterruptedException {
        Path keyStore = dir.resolve("discord-server.p12");
        Path cert = dir.resolve("discord.crt");
        Path trustStore = dir.resolve("discord-trust.p12");
        String san = "SAN=" + String.join(",", HOSTS.stream().map(h -> "dns:" + h).toList());
        keytool("-genkeypair", "-alias", "discord", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=discord.com",
                "-ext", san, "-validity", "2", "-keystore", keyStore.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-alias", "discord", "-keystore", keyStore.toString(), "-storepass", PASSWORD,
                "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "discord", "-file", cert.toString(), "-keystore",
                trustStore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
        return new TestCertificates(keyStore, trustStore);
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new java.util.ArrayList<>(List.of(keytool.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool " + args[0] + " failed: " + out);
        }
    }

    /** The server side: an SSL context presenting the discord.com certificate. */
    SSLContext serverContext() throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PASSWORD.toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }

    Path trustStore() {
        return trustStore;
    }
}
