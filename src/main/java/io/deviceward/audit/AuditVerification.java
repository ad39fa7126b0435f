package io.deviceward.audit;

/** The outcome of re-computing a chain: intact, or the first entry where it breaks and why. */
public record AuditVerification(boolean intact, long entriesChecked, Long brokenAtSeq, String problem) {
    static AuditVerification ok(long entries) {
        return new AuditVerification(true, entries, null, null);
    }

    static AuditVerification broken(long entries, long seq, String problem) {
        return new AuditVerification(false, entries, seq, problem);
    }
}
