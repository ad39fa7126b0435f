package io.deviceward.audit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Re-computes a chain from its first entry: a changed field breaks that entry's hash, a deleted
 * entry breaks the sequence or the next entry's link, entries cut from the end no longer reach the
 * chain head, and a chain shorter than its latest checkpoint (or different at the checkpoint's
 * entry) was cut or rewritten together with its head.
 */
@Component
class AuditChainVerifier {
    private static final int PAGE = 2_000;

    private final JdbcTemplate jdbc;
    private final AuditChainWriter writer;
    private final AuditCheckpoints checkpoints;

    AuditChainVerifier(JdbcTemplate jdbc, AuditChainWriter writer, AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.checkpoints = checkpoints;
    }

    private record Row(
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
            String prevHash,
            String hash) {}

    AuditVerification verify(UUID scopeId) {
        AuditCheckpoint checkpoint = checkpoints.latest(scopeId).orElse(null);
        long expectedSeq = 1;
        String hashAtCheckpoint = null;
        String previousHash = AuditChainWriter.GENESIS;
        long checked = 0;
        while (true) {
            List<Row> rows = jdbc.query(
                    """
                    select seq, occurred_at, actor_user_id, actor_subject, actor_name, action, object_type, object_id,
                           summary, changes, prev_hash, hash
                    from audit_entry where scope_id = ? and seq >= ? order by seq limit ?""",
                    (rs, i) -> new Row(
                            rs.getLong(1),
                            rs.getObject(2, LocalDateTime.class),
                            rs.getObject(3, UUID.class),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9),
                            rs.getString(10),
                            rs.getString(11),
                            rs.getString(12)),
                    scopeId,
                    expectedSeq,
                    PAGE);
            for (Row row : rows) {
                if (row.seq() != expectedSeq) {
                    return AuditVerification.broken(
                            checked, expectedSeq, "Entry " + expectedSeq + " is missing", checkpoint);
                }
                if (!writer.sameHash(previousHash, row.prevHash())) {
                    return AuditVerification.broken(
                            checked,
                            row.seq(),
                            "Entry " + row.seq() + " does not link to the entry before it",
                            checkpoint);
                }
                String expected = writer.hash(
                        scopeId,
                        row.seq(),
                        row.occurredAt(),
                        row.actorUserId(),
                        row.actorSubject(),
                        row.actorName(),
                        row.action(),
                        row.objectType(),
                        row.objectId(),
                        row.summary(),
                        row.changes(),
                        row.prevHash());
                if (!writer.sameHash(expected, row.hash())) {
                    return AuditVerification.broken(
                            checked, row.seq(), "Entry " + row.seq() + " was altered after it was written", checkpoint);
                }
                previousHash = row.hash();
                if (checkpoint != null && row.seq() == checkpoint.seq()) hashAtCheckpoint = row.hash();
                expectedSeq++;
                checked++;
            }
            if (rows.size() < PAGE) break;
        }
        List<Object[]> head = jdbc.query(
                "select last_seq, last_hash from audit_chain_head where scope_id = ?",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)},
                scopeId);
        long headSeq = head.isEmpty() ? 0 : (long) head.getFirst()[0];
        if (headSeq != checked || (!head.isEmpty() && !writer.sameHash((String) head.getFirst()[1], previousHash))) {
            return AuditVerification.broken(
                    checked,
                    checked + 1,
                    "The chain ends at entry " + checked + " but was last written at entry " + headSeq,
                    checkpoint);
        }
        if (checkpoint != null && checked < checkpoint.seq()) {
            return AuditVerification.broken(
                    checked,
                    checked + 1,
                    "Entries " + (checked + 1) + " to " + checkpoint.seq() + " are missing: the chain ends at entry "
                            + checked + ", but the checkpoint of " + checkpoint.at() + " witnessed entry "
                            + checkpoint.seq(),
                    checkpoint);
        }
        if (checkpoint != null && !writer.sameHash(checkpoint.hash(), hashAtCheckpoint)) {
            return AuditVerification.broken(
                    checked,
                    checkpoint.seq(),
                    "Entry " + checkpoint.seq() + " is not the one the checkpoint of " + checkpoint.at()
                            + " witnessed: the chain was rewritten",
                    checkpoint);
        }
        return AuditVerification.ok(checked, checkpoint);
    }
}
