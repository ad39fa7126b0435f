package io.deviceward.audit;

import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.tenancy.PracticeScoped;
import io.deviceward.shared.tenancy.PracticeZones;
import io.deviceward.shared.text.DateTimes;
import io.deviceward.shared.text.SpreadsheetCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The filtered trail as CSV, for auditors: the chain's verification result and the filter in the header (lines
 * starting with #), then one row per entry, oldest first, its changes in words. Times carry their offset in the
 * practice's zone, so a spreadsheet and a person read the same instant. The export itself is recorded in the trail.
 */
@Service
@PracticeScoped
public class AuditExport {
    private static final String[] COLUMNS = {"Entry", "When", "Who", "Action", "Object type", "Object", "Changes"};
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final int PAGE = 500;

    private final AuditLog auditLog;
    private final AuditWording wording;
    private final PracticeZones zones;
    private final Clock clock;

    AuditExport(AuditLog auditLog, AuditWording wording, PracticeZones zones, Clock clock) {
        this.auditLog = auditLog;
        this.wording = wording;
        this.zones = zones;
        this.clock = clock;
    }

    /** Writes the CSV to {@code out} (UTF-8) and returns how many entries it holds; does not close the stream. */
    @CanViewPractice
    @Transactional(readOnly = true)
    public long writeCsv(UUID practiceId, AuditFilter filter, Locale locale, OutputStream out) throws IOException {
        ZoneId zone = zones.zone(practiceId);
        DateTimes times = DateTimes.of(zone, locale);
        AuditVerification verification = auditLog.verify(practiceId);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(
                writer,
                CSVFormat.RFC4180
                        .builder()
                        .setRecordSeparator("\r\n")
                        .setCommentMarker('#')
                        .setHeaderComments(headerComments(verification, filter, times))
                        .setHeader(COLUMNS)
                        .get());
        long rows = 0;
        int page = 0;
        Page<AuditEntry> entries;
        do {
            entries = auditLog.list(practiceId, filter, PageRequest.of(page++, PAGE, Sort.by("seq")));
            for (AuditEntry entry : entries) {
                printer.printRecord(row(entry, zone, times));
                rows++;
            }
        } while (entries.hasNext());
        printer.flush();
        auditLog.recordEvent(practiceId, "Audit trail", practiceId.toString(), "Exported " + rows + " entries as CSV");
        return rows;
    }

    private List<String> row(AuditEntry entry, ZoneId zone, DateTimes times) {
        String changes = switch (entry.getAction()) {
            case ACCESS_DENIED, EVENT -> "";
            default ->
                wording.changes(entry, times).stream().map(AuditWording::line).collect(Collectors.joining("; "));
        };
        List<String> cells = new ArrayList<>();
        cells.add(Long.toString(entry.getSeq()));
        cells.add(WHEN.format(entry.getOccurredAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone)));
        cells.add(nullToEmpty(entry.getActorName()));
        cells.add(wording.action(entry.getAction()));
        cells.add(nullToEmpty(entry.getObjectType()));
        cells.add(nullToEmpty(entry.getSummary()));
        cells.add(changes);
        return cells.stream().map(SpreadsheetCells::escape).toList();
    }

    private String[] headerComments(AuditVerification verification, AuditFilter filter, DateTimes times) {
        List<String> lines = new ArrayList<>();
        lines.add("DeviceWard audit trail, exported " + times.dateTime(clock.instant()));
        lines.add(
                verification.intact()
                        ? "Verification: chain intact, all " + verification.entriesChecked() + " entries checked"
                        : "Verification: CHAIN BROKEN at entry " + verification.brokenAtSeq() + ": "
                                + verification.problem());
        if (verification.checkpoint() != null) {
            AuditCheckpoint checkpoint = verification.checkpoint();
            lines.add("Last checkpoint outside the database: entry " + checkpoint.seq() + " at "
                    + times.dateTime(checkpoint.at()) + ", hash " + checkpoint.hash());
        }
        lines.add("Filter: " + describe(filter, times));
        return lines.toArray(String[]::new);
    }

    private String describe(AuditFilter filter, DateTimes times) {
        List<String> parts = new ArrayList<>();
        if (filter.action() != null) parts.add("action " + wording.action(filter.action()));
        if (filter.text() != null && !filter.text().isBlank())
            parts.add("text \"" + filter.text().strip() + "\"");
        if (filter.from() != null) parts.add("from " + times.dateTime(filter.from()));
        if (filter.until() != null) parts.add("until " + times.dateTime(filter.until()));
        return parts.isEmpty() ? "none (the whole trail)" : String.join(", ", parts);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
