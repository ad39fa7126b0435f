package io.deviceward.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of re-computing a chain: intact, or the first entry where it breaks and why; with the
 * latest checkpoint (kept outside the database) it was compared with, if there is one.
 */
public record AuditVerification(
        boolean intact,
        long entriesChecked,
        @Nullable Long brokenAtSeq,
        @Nullable String problem,
        @Nullable AuditCheckpoint checkpoint) {
    static AuditVerification ok(long entries, @Nullable AuditCheckpoint checkpoint) {
        return new AuditVerification(true, entries, null, null, checkpoint);
    }

    static AuditVerification broken(long entries, long seq, String problem, @Nullable AuditCheckpoint checkpoint) {
        return new AuditVerification(false, entries, seq, problem, checkpoint);
    }
}
