package org.policybot.knowledge.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files of the data folder that follow the latest index commit: {@code audit.jsonl} (the commit's audit
 * entries) and {@code manifest.json} (a readable copy of its manifest). The commit is the truth; these
 * are brought up to it after each commit and again at every open, so a process killed right after its
 * commit loses nothing. Updates hold a lock (in this process and across processes), read the latest
 * commit inside it, and write only what is missing, so concurrent updaters never duplicate a line or
 * leave an older manifest behind a newer one.
 */
public final class CommitMirrors {
    private static final Logger LOG = LoggerFactory.getLogger(CommitMirrors.class);
    private static final ConcurrentMap<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();
    private final Path dataDir;
    private final AuditLog audit;

    public CommitMirrors(Path dataDir) {
        this.dataDir = dataDir;
        this.audit = new AuditLog(dataDir.resolve("audit.jsonl"));
    }

    public AuditLog audit() {
        return audit;
    }

    /** Brings the audit log and manifest.json up to the latest commit of {@code index}. */
    public void catchUp(PassageStore index) throws IOException {
        Path lockFile = dataDir.resolve(".mirrors.lock");
        synchronized (IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), p -> new Object())) {
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = ch.lock();
                try {
                    PassageStore.Committed latest = index.latest();
                    if (audit.appendIfNew(latest.sequence(), AuditLog.fromJson(latest.record()))) {
                        LOG.debug("Audit log caught up with change {}", latest.sequence());
                    }
                    writeManifestIfChanged(latest.manifest());
                } finally {
                    lock.release();
                }
            }
        }
    }

    private void writeManifestIfChanged(Manifest manifest) throws IOException {
        Path mirror = dataDir.resolve("manifest.json");
        String json = manifest.toPrettyJson() + "\n";
        if (Files.exists(mirror) && Files.readString(mirror, StandardCharsets.UTF_8).equals(json)) {
            return;
        }
        Path temp = dataDir.resolve(".manifest-" + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(temp, json, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temp, mirror, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, mirror, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
