package io.deviceward.audit;

import io.deviceward.shared.security.SystemTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Witnesses chain heads outside the database: a signed checkpoint per scope, appended to a file
 * (opened append-only, forced to disk) and written as a structured line to the application log
 * (logger {@code deviceward.audit.checkpoint}), on a schedule for every chain that grew and on
 * every export. Verification compares the chain with the latest checkpoint, so entries deleted
 * from the end together with a reset chain head no longer go unseen.
 * See docs/decisions/2026-11-23-audit-chain.md, section of 2026-12-01.
 */
@Component
class AuditCheckpoints {
    private static final Logger LOG = LoggerFactory.getLogger("deviceward.audit.checkpoint");
    private static final Logger WARN = LoggerFactory.getLogger(AuditCheckpoints.class);

    private final JdbcTemplate jdbc;
    private final AuditChainWriter writer;
    private final Clock clock;
    private final Path file;
    private @Nullable Map<UUID, AuditCheckpoint> latest;

    AuditCheckpoints(
            JdbcTemplate jdbc,
            AuditChainWriter writer,
            Clock clock,
            @Value("${deviceward.audit.checkpoint-file}") Path file) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.clock = clock;
        this.file = file.toAbsolutePath();
    }

    /** The latest checkpoint with a valid signature for the scope, from the file. */
    synchronized Optional<AuditCheckpoint> latest(UUID scopeId) {
        return Optional.ofNullable(loaded().get(scopeId));
    }

    /** Witnesses the scope's chain head now, whether or not it moved; empty for a scope without entries. */
    synchronized Optional<AuditCheckpoint> witness(UUID scopeId) {
        Optional<AuditCheckpoint> head = jdbc
                .query(
                        "select last_seq, last_hash from audit_chain_head where scope_id = ? and last_seq > 0",
                        (rs, i) -> sign(scopeId, rs.getLong(1), rs.getString(2)),
                        scopeId)
                .stream()
                .findFirst();
        head.ifPresent(this::write);
        return head;
    }

    /** Every chain that grew since its latest checkpoint gets a new one. */
    @Scheduled(
            initialDelayString = "${deviceward.audit.checkpoint-interval}",
            fixedDelayString = "${deviceward.audit.checkpoint-interval}")
    void witnessGrownChains() {
        SystemTask.run(this::witnessAll);
    }

    synchronized int witnessAll() {
        Map<UUID, AuditCheckpoint> known = loaded();
        int written = 0;
        List<AuditCheckpoint> heads = jdbc.query(
                "select scope_id, last_seq, last_hash from audit_chain_head where last_seq > 0",
                (rs, i) -> sign(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3)));
        for (AuditCheckpoint head : heads) {
            AuditCheckpoint before = known.get(head.scopeId());
            // Only a head that moved forward: a head set back is not witnessed again, verification reports it.
            if (before == null || head.seq() > before.seq()) {
                write(head);
                written++;
            }
        }
        return written;
    }

    boolean signatureValid(AuditCheckpoint checkpoint) {
        return writer.sameHash(
                writer.signCheckpoint(
                        checkpoint.scopeId(),
                        checkpoint.seq(),
                        checkpoint.hash(),
                        checkpoint.at().toString()),
                checkpoint.signature());
    }

    Path file() {
        return file;
    }

    private AuditCheckpoint sign(UUID scopeId, long seq, String hash) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return new AuditCheckpoint(scopeId, seq, hash, at, writer.signCheckpoint(scopeId, seq, hash, at.toString()));
    }

    private void write(AuditCheckpoint checkpoint) {
        String line = checkpoint.toJson();
        LOG.info(line);
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(false);
            }
        } catch (IOException e) {
            // The log line above still witnesses it; the file is the copy verification reads.
            WARN.error("Could not append the audit checkpoint to {}: {}", file, e.toString());
            return;
        }
        loaded().merge(checkpoint.scopeId(), checkpoint, (a, b) -> b.seq() >= a.seq() ? b : a);
    }

    private Map<UUID, AuditCheckpoint> loaded() {
        if (latest == null) {
            Map<UUID, AuditCheckpoint> read = new HashMap<>();
            if (Files.exists(file)) {
                try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                    lines.forEach(line -> AuditCheckpoint.parse(line).ifPresent(c -> {
                        if (!signatureValid(c)) {
                            WARN.warn("Ignoring an audit checkpoint with an invalid signature in {}: {}", file, line);
                        } else {
                            read.merge(c.scopeId(), c, (a, b) -> b.seq() >= a.seq() ? b : a);
                        }
                    }));
                } catch (IOException | UncheckedIOException e) {
                    WARN.error("Could not read the audit checkpoints in {}: {}", file, e.toString());
                }
            }
            latest = read;
        }
        return latest;
    }
}
