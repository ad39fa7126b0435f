package io.deviceward.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Appends entries to a per-scope hash chain: each entry's hash is an HMAC over its fields and the
 * previous entry's hash. The chain head row is locked for the append, so concurrent writers to one
 * practice queue up instead of forking the chain. See docs/decisions/2026-11-23-audit-chain.md.
 */
@Component
class AuditChainWriter {
    static final String GENESIS = "0".repeat(64);

    private final byte[] key;

    AuditChainWriter(@Value("${deviceward.audit.hmac-key}") String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    /** Runs on the caller's connection, so the entry commits or rolls back with the change it records. */
    void append(Connection connection, AuditRecord record) throws SQLException {
        appendAll(connection, List.of(record));
    }

    /**
     * Appends the records in order, each scope's chain head locked once (in a fixed order of scopes,
     * so two transactions touching the same practices cannot deadlock) and the entries inserted as
     * one batch.
     */
    void appendAll(Connection connection, List<AuditRecord> records) throws SQLException {
        Map<UUID, List<AuditRecord>> byScope = new TreeMap<>();
        for (AuditRecord record : records) {
            byScope.computeIfAbsent(record.scopeId(), scope -> new ArrayList<>())
                    .add(record);
        }
        try (PreparedStatement ensureHead = connection.prepareStatement(
                        "insert ignore into audit_chain_head (scope_id, last_seq, last_hash) values (?, 0, ?)");
                PreparedStatement head = connection.prepareStatement(
                        "select last_seq, last_hash from audit_chain_head where scope_id = ? for update");
                PreparedStatement insert = connection.prepareStatement("""
                    insert into audit_entry (scope_id, seq, occurred_at, actor_user_id, actor_subject, actor_name,
                        action, object_type, object_id, summary, changes, prev_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement advance = connection.prepareStatement(
                        "update audit_chain_head set last_seq = ?, last_hash = ? where scope_id = ?")) {
            for (Map.Entry<UUID, List<AuditRecord>> scope : byScope.entrySet()) {
                ensureHead.setObject(1, scope.getKey());
                ensureHead.setString(2, GENESIS);
                ensureHead.executeUpdate();
                long seq;
                String lastHash;
                head.setObject(1, scope.getKey());
                try (ResultSet rs = head.executeQuery()) {
                    rs.next();
                    seq = rs.getLong(1);
                    lastHash = rs.getString(2);
                }
                for (AuditRecord record : scope.getValue()) {
                    seq++;
                    String hash = hash(record, seq, lastHash);
                    insert.setObject(1, record.scopeId());
                    insert.setLong(2, seq);
                    insert.setObject(3, record.occurredAt());
                    insert.setObject(4, record.actor().userId());
                    insert.setString(5, record.actor().subject());
                    insert.setString(6, record.actor().name());
                    insert.setString(7, record.action().name());
                    insert.setString(8, record.objectType());
                    insert.setString(9, record.objectId());
                    insert.setString(10, record.summary());
                    insert.setString(11, record.changes());
                    insert.setString(12, lastHash);
                    insert.setString(13, hash);
                    insert.addBatch();
                    lastHash = hash;
                }
                advance.setLong(1, seq);
                advance.setString(2, lastHash);
                advance.setObject(3, scope.getKey());
                advance.addBatch();
            }
            insert.executeBatch();
            advance.executeBatch();
        }
    }

    String hash(AuditRecord record, long seq, String prevHash) {
        return hash(
                record.scopeId(),
                seq,
                record.occurredAt(),
                record.actor().userId(),
                record.actor().subject(),
                record.actor().name(),
                record.action().name(),
                record.objectType(),
                record.objectId(),
                record.summary(),
                record.changes(),
                prevHash);
    }

    String hash(
            UUID scopeId,
            long seq,
            LocalDateTime occurredAt,
            UUID actorUserId,
            String actorSubject,
            String actorName,
            String action,
            String objectType,
            String objectId,
            String summary,
            String changes,
            String prevHash) {
        // Length-prefixed fields, so no two different entries serialise to the same bytes.
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] {
            scopeId,
            seq,
            occurredAt,
            actorUserId,
            actorSubject,
            actorName,
            action,
            objectType,
            objectId,
            summary,
            changes,
            prevHash
        }) {
            String text = Objects.toString(field, "\u0000");
            canonical.append(text.length()).append(':').append(text).append('|');
        }
        return mac(canonical.toString());
    }

    /**
     * Signs a checkpoint of a chain head with the chain's key. The text starts with "checkpoint|",
     * which no entry's canonical form does (those start with a length), so a signature can never be
     * passed off as an entry hash or the other way round.
     */
    String signCheckpoint(UUID scopeId, long seq, String hash, String at) {
        return mac("checkpoint|" + scopeId + "|" + seq + "|" + hash + "|" + at);
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    boolean sameHash(String expected, String actual) {
        return actual != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }
}
