package io.deviceward.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed witness of a chain head, kept outside the database: at {@code at} the chain of
 * {@code scopeId} ended at entry {@code seq} with hash {@code hash}. The signature is an HMAC with
 * the audit key over those four fields, so a line someone writes by hand does not verify.
 */
public record AuditCheckpoint(UUID scopeId, long seq, String hash, Instant at, String signature) {
    private static final Pattern LINE = Pattern.compile(
            "\\{\"type\":\"audit-checkpoint\",\"scope\":\"([0-9a-f-]{36})\",\"seq\":(\\d+),\"hash\":\"([0-9a-f]{64})\","
                    + "\"at\":\"([^\"]+)\",\"sig\":\"([0-9a-f]{64})\"}");

    /** One JSON line, the form written to the checkpoint file and the application log. */
    public String toJson() {
        return "{\"type\":\"audit-checkpoint\",\"scope\":\"" + scopeId + "\",\"seq\":" + seq + ",\"hash\":\"" + hash
                + "\",\"at\":\"" + at + "\",\"sig\":\"" + signature + "\"}";
    }

    /** The checkpoint a line holds, or empty for anything else (a torn last line after a crash, say). */
    static Optional<AuditCheckpoint> parse(String line) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) return Optional.empty();
        try {
            return Optional.of(new AuditCheckpoint(
                    UUID.fromString(m.group(1)),
                    Long.parseLong(m.group(2)),
                    m.group(3),
                    Instant.parse(m.group(4)),
                    m.group(5)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
