package org.policybot.knowledge.index;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder's copies of source files, named by content hash so that writing one twice is
 * harmless and a copy is complete before any commit refers to it (write to a temp file, fsync,
 * atomic rename). {@code kb reindex} rebuilds the index from these.
 */
public final class SourceStore {
    private static final Logger LOG = LoggerFactory.getLogger(SourceStore.class);
    private final Path dir;

    public SourceStore(Path dir) {
        this.dir = dir;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The stored name for content with this hash and extension. */
    public static String nameFor(String sha256, String extension) {
        return extension.isEmpty() ? sha256 : sha256 + "." + extension;
    }

    /** Stores the bytes durably under {@code name} unless already there. */
    public void put(String name, byte[] content) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(name);
        if (Files.exists(target) && Files.size(target) == content.length) {
            return;
        }
        Path temp = Files.createTempFile(dir, ".incoming-", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public byte[] read(String name) throws IOException {
        return Files.readAllBytes(dir.resolve(name));
    }

    /** Deletes copies (and leftover temp files) that no committed manifest entry refers to. */
    public void retainOnly(Set<String> names) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (!names.contains(f.getFileName().toString())) {
                    LOG.debug("Removing unreferenced source copy {}", f.getFileName());
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
