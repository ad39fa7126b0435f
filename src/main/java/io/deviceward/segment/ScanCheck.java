package io.deviceward.segment;

import io.deviceward.audit.Audited;
import io.deviceward.shared.i18n.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A scan of the real network checked against the policy, kept as evidence with the scan's date: from which
 * segment it ran, how many hosts it saw, and each result (one line: kind, device id if known, the English sentence,
 * address, segment, then the sentence's key and arguments, so a page shows it in its reader's language).
 */
@Entity
public class ScanCheck implements Audited {
    static final String POLICY_NOT_ENFORCED = "segment.scan-policy-not-enforced";
    static final String UNREGISTERED = "segment.scan-unregistered-device";
    /** A result kept before its key was: shown as it was written, in English. */
    static final String AS_RECORDED = "segment.finding.scan-as-recorded";

    @Id
    private UUID id;

    @TenantId
    @Column(name = "practice_id", updatable = false)
    private UUID practiceId;

    private UUID fromSegmentId;
    private String fromSegmentName;
    private String fileName;
    private Instant scannedAt;
    private Instant checkedAt;
    private int hostsScanned;
    private int violations;
    private int unregistered;
    private String results;

    @Version
    private long version;

    @SuppressWarnings("NullAway")
    protected ScanCheck() {}

    @SuppressWarnings("NullAway")
    ScanCheck(
            UUID fromSegmentId,
            String fromSegmentName,
            String fileName,
            Instant scannedAt,
            Instant checkedAt,
            int hostsScanned) {
        this.id = UUID.randomUUID();
        this.fromSegmentId = fromSegmentId;
        this.fromSegmentName = fromSegmentName;
        this.fileName = fileName;
        this.scannedAt = scannedAt;
        this.checkedAt = checkedAt;
        this.hostsScanned = hostsScanned;
    }

    /**
     * One result of the check. For an unregistered device, the address that answered and the segment it is in, so the
     * page can offer to register it there.
     */
    public record Result(
            String kind,
            @Nullable UUID deviceId,
            Text text,
            @Nullable String address,
            @Nullable UUID segmentId) {
        public Result(String kind, @Nullable UUID deviceId, Text text) {
            this(kind, deviceId, text, null, null);
        }

        /** The sentence in English, as kept and as the API reads it. */
        public String message() {
            return text.english();
        }

        public boolean unregistered() {
            return kind.equals(UNREGISTERED);
        }
    }

    void record(List<Result> found) {
        this.violations = (int)
                found.stream().filter(r -> r.kind().equals(POLICY_NOT_ENFORCED)).count();
        this.unregistered =
                (int) found.stream().filter(r -> r.kind().equals(UNREGISTERED)).count();
        this.results = String.join(
                "\n",
                found.stream()
                        .map(r -> String.join(
                                "\t",
                                Stream.concat(
                                                Stream.of(
                                                        r.kind(),
                                                        r.deviceId() == null
                                                                ? ""
                                                                : r.deviceId().toString(),
                                                        r.message(),
                                                        r.address() == null ? "" : r.address(),
                                                        r.segmentId() == null
                                                                ? ""
                                                                : r.segmentId().toString(),
                                                        r.text().key()),
                                                r.text().args().stream().map(String::valueOf))
                                        .toList()))
                        .toList());
    }

    public List<Result> getResults() {
        if (results == null || results.isBlank()) return List.of();
        return results.lines()
                .map(line -> line.split("\t", -1))
                // Checks kept before addresses were recorded have three parts, before keys were, five.
                .map(p -> new Result(
                        p[0],
                        p[1].isEmpty() ? null : UUID.fromString(p[1]),
                        p.length > 5
                                ? Text.of(p[5], (Object[]) Arrays.copyOfRange(p, 6, p.length))
                                : Text.of(AS_RECORDED, p[2]),
                        p.length > 3 && !p[3].isEmpty() ? p[3] : null,
                        p.length > 4 && !p[4].isEmpty() ? UUID.fromString(p[4]) : null))
                .toList();
    }

    public List<String> getMessages() {
        return getResults().stream().map(Result::message).toList();
    }

    public UUID getId() {
        return id;
    }

    public UUID getFromSegmentId() {
        return fromSegmentId;
    }

    public String getFromSegmentName() {
        return fromSegmentName;
    }

    public String getFileName() {
        return fileName;
    }

    public Instant getScannedAt() {
        return scannedAt;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public int getHostsScanned() {
        return hostsScanned;
    }

    public int getViolations() {
        return violations;
    }

    public int getUnregistered() {
        return unregistered;
    }

    @Override
    public UUID auditScopeId() {
        return practiceId;
    }

    @Override
    public String auditObjectType() {
        return "Scan check";
    }

    @Override
    public String auditLabel() {
        return "Scan from " + fromSegmentName + " (" + fileName + ")";
    }
}
