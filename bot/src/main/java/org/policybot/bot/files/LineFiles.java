package org.policybot.bot.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Line logs (one JSON object a line) written so that a crash never leaves a mix: an appended line is
 * one write at the end of the file, starting on a line of its own even after a line cut short; a
 * rewrite goes to a temporary file beside the log, is forced to disk, and is moved over the log
 * atomically, so the log is either the old one or the new one.
 */
public final class LineFiles {
    private LineFiles() {
    }

    /** Appends one line (a newline is added) at the end of {@code file}, creating it if need be. */
    public static void append(Path file, String line) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            long size = ch.size();
            ByteBuffer buf = ByteBuffer.allocate(bytes.length + 1);
            if (size > 0) {
                ByteBuffer last = ByteBuffer.allocate(1);
                ch.read(last, size - 1);
                if (last.get(0) != '\n') {
                    buf.put((byte) '\n'); // the previous write was cut short: begin a line of our own
                }
            }
            buf.put(bytes).flip();
            ch.position(size);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        }
    }

    /** Replaces {@code file} with {@code lines}, atomically. */
    public static void replace(Path file, List<String> lines) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
