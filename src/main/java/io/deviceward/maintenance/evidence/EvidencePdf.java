package io.deviceward.maintenance.evidence;

import io.deviceward.maintenance.TaskStatus;
import io.deviceward.maintenance.TaskView;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** The evidence as a PDF (OpenPDF): a header, one table row per occurrence, the gaps, the audit check, the sign-off. */
final class EvidencePdf {
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, Font.NORMAL);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9, Font.NORMAL);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9, Font.NORMAL);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, Font.NORMAL);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private EvidencePdf() {}

    static byte[] render(EvidenceReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        PdfWriter.getInstance(document, out);
        document.addTitle("Maintenance evidence: " + report.subject());
        document.addCreator("DeviceWard");
        document.open();
        document.add(new Paragraph("Maintenance evidence", TITLE));
        document.add(new Paragraph(
                report.subject() + " · " + report.from() + " to " + report.to() + " · times in "
                        + report.zone().getId(),
                TEXT));
        document.add(new Paragraph(
                report.occurrences().size() + " occurrences, "
                        + count(report, TaskStatus.MISSED) + " missed, "
                        + report.gaps().size()
                        + " days without any record",
                TEXT));
        document.add(new Paragraph(" "));

        PdfPTable table = new PdfPTable(new float[] {9, 22, 16, 8, 8, 27, 10});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String head : new String[] {"Day", "Task", "Subject", "Status", "Outcome", "Values / reason", "By"}) {
            PdfPCell cell = new PdfPCell(new Phrase(head, BOLD));
            cell.setBackgroundColor(new Color(230, 230, 230));
            table.addCell(cell);
        }
        for (TaskView t : report.occurrences()) {
            var task = t.task();
            String values = task.values().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            if (task.getFailedChecks() != null) values += (values.isEmpty() ? "" : "; ") + task.getFailedChecks();
            if (task.getReason() != null) values += (values.isEmpty() ? "" : "; ") + "not done: " + task.getReason();
            table.addCell(cell(t.day().toString(), t.status() == TaskStatus.MISSED));
            table.addCell(cell(
                    t.templateName()
                            + (task.getKind().name().equals("SCHEDULED")
                                    ? ""
                                    : " (" + task.getKind().label() + ")"),
                    false));
            table.addCell(cell(t.subject(), false));
            table.addCell(cell(t.status().label(), t.status() == TaskStatus.MISSED));
            table.addCell(
                    cell(task.getOutcome() == null ? "" : task.getOutcome().label(), false));
            table.addCell(cell(pdfText(values), false));
            table.addCell(cell(task.getCompletedByName() == null ? "" : task.getCompletedByName(), false));
        }
        for (EvidenceReport.Gap gap : report.gaps()) {
            table.addCell(cell(gap.day().toString(), true));
            table.addCell(cell(gap.what(), true));
            table.addCell(cell("", true));
            table.addCell(cell("No record", true));
            table.addCell(cell("", true));
            table.addCell(cell("Nothing was recorded for this day", true));
            table.addCell(cell("", true));
        }
        document.add(table);
        document.add(new Paragraph(" "));
        document.add(new Paragraph(report.auditText(), report.audit().intact() ? TEXT : BOLD));
        document.add(new Paragraph(" "));
        Paragraph signed = new Paragraph(
                "Signed off by " + report.signedOffBy() + " on "
                        + WHEN.format(report.generatedAt().atZone(report.zone())) + " "
                        + report.zone().getId(),
                BOLD);
        signed.setAlignment(Element.ALIGN_LEFT);
        document.add(signed);
        document.add(new Paragraph("Signature: ______________________________", TEXT));
        document.add(new Paragraph("Generated by DeviceWard from the practice's records.", SMALL));
        document.close();
        return out.toByteArray();
    }

    private static long count(EvidenceReport report, TaskStatus status) {
        return report.occurrences().stream().filter(t -> t.status() == status).count();
    }

    private static PdfPCell cell(String text, boolean highlight) {
        PdfPCell cell = new PdfPCell(new Phrase(pdfText(text), TEXT));
        if (highlight) cell.setBackgroundColor(new Color(255, 228, 225));
        return cell;
    }

    /** The standard fonts have no ≥ and ≤. */
    private static String pdfText(String text) {
        return text.replace("≥", ">=").replace("≤", "<=");
    }
}
