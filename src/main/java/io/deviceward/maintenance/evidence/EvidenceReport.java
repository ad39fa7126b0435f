package io.deviceward.maintenance.evidence;

import io.deviceward.audit.AuditVerification;
import io.deviceward.maintenance.TaskView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the evidence says: every task with its day in the range (done, failed, missed, open), the days a
 * schedule expected work and nothing was recorded (gaps), who signs it off, and whether the practice's
 * audit chain verified when it was made.
 */
public record EvidenceReport(
        String practiceName,
        @Nullable String deviceName,
        LocalDate from,
        LocalDate to,
        ZoneId zone,
        List<TaskView> occurrences,
        List<Gap> gaps,
        String signedOffBy,
        Instant generatedAt,
        AuditVerification audit) {

    /** A day a schedule expected work for a subject and there is no task at all. */
    public record Gap(LocalDate day, String what) {}

    public String subject() {
        return deviceName == null ? practiceName : deviceName + " (" + practiceName + ")";
    }

    public String auditText() {
        return audit.intact()
                ? "Audit trail verified intact: " + audit.entriesChecked() + " entries checked"
                : "Audit trail BROKEN at entry " + audit.brokenAtSeq() + ": " + audit.problem();
    }
}
