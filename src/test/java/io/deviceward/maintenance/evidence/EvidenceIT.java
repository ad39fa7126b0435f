package io.deviceward.maintenance.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceService;
import io.deviceward.device.DeviceStatus;
import io.deviceward.maintenance.Assignee;
import io.deviceward.maintenance.Basis;
import io.deviceward.maintenance.ClosedDayRule;
import io.deviceward.maintenance.Completion;
import io.deviceward.maintenance.MaintenanceSchedule;
import io.deviceward.maintenance.MaintenanceSchedules;
import io.deviceward.maintenance.MaintenanceService;
import io.deviceward.maintenance.Outcome;
import io.deviceward.maintenance.ScheduleDetails;
import io.deviceward.maintenance.Target;
import io.deviceward.maintenance.TargetKind;
import io.deviceward.maintenance.TaskCompletions;
import io.deviceward.maintenance.TaskStatus;
import io.deviceward.maintenance.TaskView;
import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeRepository;
import io.deviceward.shared.security.SystemTask;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The evidence of a fixture device over four days, one of them missed: the PDF read back with PDFBox
 * lists every occurrence, and its first page renders with pdftoppm (saved under target/evidence/).
 */
@IntegrationTest
class EvidenceIT {
    private static final UUID CYCLE_RECORD = UUID.fromString("0d4a0000-0000-4000-8000-000000000003");

    @Autowired
    PracticeRepository practices;

    @Autowired
    DeviceService devices;

    @Autowired
    MaintenanceService maintenance;

    @Autowired
    TaskCompletions completions;

    @Autowired
    MaintenanceSchedules schedules;

    @Autowired
    EvidenceService evidence;

    @Autowired
    TestClock clock;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void theEvidencePdfListsEveryOccurrenceWithTheMissedOneAndTheSignOff() throws Exception {
        UUID practiceId = practices.findAll().stream()
                .filter(p -> p.getName().equals("Lindenhof Dental"))
                .map(Practice::getId)
                .findFirst()
                .orElseThrow();
        String name = "Evidence autoclave " + UUID.randomUUID().toString().substring(0, 8);
        UUID device = SystemTask.call(
                () -> devices.create(practiceId, autoclave(name)).getId());
        LocalDate first = SystemTask.call(() -> maintenance.today(practiceId));
        MaintenanceSchedule schedule = SystemTask.call(() -> schedules.createSchedule(
                practiceId,
                new ScheduleDetails(
                        CYCLE_RECORD,
                        new Target(TargetKind.DEVICE, device.toString()),
                        "FREQ=DAILY",
                        maintenance.practice(practiceId).zone(),
                        first,
                        LocalTime.of(7, 30),
                        EnumSet.allOf(DayOfWeek.class),
                        ClosedDayRule.KEEP,
                        Assignee.ANYONE,
                        Duration.ZERO,
                        Basis.SCHEDULE)));

        complete(practiceId, schedule, "135.5"); // day 1 passed
        clock.advance(Duration.ofDays(1));
        complete(practiceId, schedule, "138"); // day 2 failed (and a retest)
        clock.advance(Duration.ofDays(2)); // day 3 missed
        complete(practiceId, schedule, "134.8"); // day 4 passed

        EvidenceReport report =
                SystemTask.call(() -> evidence.report(practiceId, device, first, first.plusDays(3), "Alex Auditor"));
        List<TaskView> scheduled = report.occurrences().stream()
                .filter(t -> schedule.getId().equals(t.task().getScheduleId()))
                .toList();
        assertThat(scheduled)
                .extracting(TaskView::day)
                .containsExactly(first, first.plusDays(1), first.plusDays(2), first.plusDays(3));
        assertThat(scheduled.get(2).status()).isEqualTo(TaskStatus.MISSED);
        assertThat(report.audit().intact()).isTrue();

        byte[] pdf = SystemTask.call(() -> evidence.pdf(practiceId, report));
        Path dir = Path.of("target", "evidence");
        Files.createDirectories(dir);
        Path file = dir.resolve("maintenance-evidence.pdf");
        Files.write(file, pdf);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Table cells wrap: compare with every run of whitespace as one space.
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        for (TaskView t : report.occurrences()) {
            assertThat(text).contains(t.day().toString());
        }
        assertThat(text)
                .contains("Maintenance evidence")
                .contains(name)
                .contains("Missed")
                .contains("Failed")
                .contains("Temperature 138 °C outside 134–137 °C")
                .contains("Retest")
                .contains("Signed off by Alex Auditor")
                .contains("Audit trail verified intact");
        assertThat(countOf(text, "Passed")).isGreaterThanOrEqualTo(2);

        Process render = new ProcessBuilder(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "60",
                        "-f",
                        "1",
                        "-l",
                        "1",
                        file.toString(),
                        dir.resolve("maintenance-evidence-page").toString())
                .redirectErrorStream(true)
                .start();
        assertThat(render.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(render.exitValue())
                .as(new String(render.getInputStream().readAllBytes()))
                .isZero();
        try (var pages = Files.list(dir)) {
            assertThat(pages.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("maintenance-evidence-page") && n.endsWith(".png"));
        }

        String csv = SystemTask.call(() -> evidence.csv(practiceId, report));
        assertThat(csv.lines().filter(l -> l.contains(name)).count())
                .isEqualTo(report.occurrences().size());
        assertThat(csv).contains("MISSED").contains("signed off by").contains("Alex Auditor");
    }

    private void complete(UUID practiceId, MaintenanceSchedule schedule, String temperature) {
        SystemTask.run(() -> {
            TaskView due = maintenance.tasks(practiceId, TaskStatus.DUE, null, null).stream()
                    .filter(t -> schedule.getId().equals(t.task().getScheduleId()))
                    .findFirst()
                    .orElseThrow();
            completions.complete(
                    practiceId,
                    due.id(),
                    new Completion(
                            Outcome.PASSED,
                            Map.of("printoutKept", true),
                            Map.of(
                                    "cycleNumber",
                                    "E-" + due.day(),
                                    "temperature",
                                    temperature,
                                    "pressure",
                                    "2.1",
                                    "holdingTime",
                                    "190"),
                            null,
                            null,
                            List.of()),
                    null);
        });
    }

    private static long countOf(String text, String word) {
        return text.split(word, -1).length - 1L;
    }

    private static DeviceDetails autoclave(String name) {
        DeviceDetails details = new DeviceDetails();
        details.setName(name);
        details.setCategory("AUTOCLAVE");
        details.setManufacturer("W&H");
        details.setModel("Lisa");
        details.setStatus(DeviceStatus.IN_SERVICE);
        return details;
    }
}
