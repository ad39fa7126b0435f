package io.deviceward.maintenance.evidence;

import io.deviceward.maintenance.TaskView;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The evidence as CSV: one row per occurrence, then the gaps, then the sign-off and the audit check. */
final class EvidenceCsv {
    private EvidenceCsv() {}

    static String render(EvidenceReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(
                    "day",
                    "task",
                    "subject",
                    "kind",
                    "status",
                    "outcome",
                    "values",
                    "failed_checks",
                    "reason",
                    "notes",
                    "completed_by",
                    "completed_at");
            for (TaskView t : report.occurrences()) {
                var task = t.task();
                csv.printRecord(
                        t.day(),
                        t.templateName(),
                        t.subject(),
                        task.getKind(),
                        t.status(),
                        task.getOutcome() == null ? "" : task.getOutcome(),
                        task.values().entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining("; ")),
                        nz(task.getFailedChecks()),
                        nz(task.getReason()),
                        nz(task.getNotes()),
                        nz(task.getCompletedByName()),
                        task.getCompletedAt() == null ? "" : task.getCompletedAt());
            }
            for (EvidenceReport.Gap gap : report.gaps()) {
                csv.printRecord(gap.day(), gap.what(), "", "", "NO_RECORD", "", "", "", "", "", "", "");
            }
            csv.printRecord("# signed off by", report.signedOffBy(), report.generatedAt());
            csv.printRecord("# " + report.auditText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
