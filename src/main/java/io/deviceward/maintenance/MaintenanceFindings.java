package io.deviceward.maintenance;

import io.deviceward.shared.finding.Finding;
import io.deviceward.shared.finding.FindingSource;
import io.deviceward.shared.finding.FindingSubject;
import io.deviceward.shared.finding.Severity;
import io.deviceward.shared.i18n.Text;
import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.tenancy.PracticeScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Overdue, failed and missed maintenance as findings, for the overviews and the findings API. */
@Service
@PracticeScoped
public class MaintenanceFindings implements FindingSource {
    private final TaskRepository tasks;
    private final TaskViews views;
    private final TaskMaterializer materializer;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    MaintenanceFindings(
            TaskRepository tasks,
            TaskViews views,
            TaskMaterializer materializer,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.tasks = tasks;
        this.views = views;
        this.materializer = materializer;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * What needs attention: overdue work, failures not yet settled by a passed retest or follow-up, and
     * occurrences missed in the last 30 days; severity by the template's kind.
     */
    @CanViewPractice
    @Override
    public List<Finding> findings(UUID practiceId) {
        materializer.refresh(practiceId);
        Instant now = clock.instant();
        return readOnly.execute(s -> {
            List<Finding> found = new ArrayList<>();
            for (TaskView t : views.of(tasks.findByStateOrderByStartsAtAscSubjectNameAsc(TaskState.OPEN))) {
                if (t.status() == TaskStatus.OVERDUE) {
                    found.add(finding(
                            practiceId,
                            t,
                            "maintenance.overdue",
                            t.templateKind().overdueSeverity(),
                            overdueText(t.title(), t.day())));
                }
            }
            for (TaskView t : views.of(tasks.unresolvedFailures())) {
                found.add(finding(
                        practiceId,
                        t,
                        "maintenance.failed",
                        t.templateKind().failedSeverity(),
                        failedText(t.title(), t.day(), t.task().getFailedChecks())));
            }
            for (TaskView t : views.of(tasks.missedSince(now.minus(Duration.ofDays(30))))) {
                found.add(finding(
                        practiceId,
                        t,
                        "maintenance.missed",
                        t.templateKind().overdueSeverity(),
                        missedText(t.title(), t.day())));
            }
            return found;
        });
    }

    /** "Weekly spore test · Autoclave: overdue since 3 Nov 2026". */
    static Text overdueText(String title, LocalDate day) {
        return Text.of("maintenance.finding.overdue", title, day);
    }

    /** "Weekly spore test · Autoclave: failed on 3 Nov 2026 (Indicator changed colour)". */
    static Text failedText(String title, LocalDate day, @Nullable String failedChecks) {
        return Text.of(
                "maintenance.finding.failed",
                title,
                day,
                failedChecks == null ? "" : Text.of("maintenance.finding.failed-checks", failedChecks));
    }

    /** "Weekly spore test · Autoclave: missed on 3 Nov 2026". */
    static Text missedText(String title, LocalDate day) {
        return Text.of("maintenance.finding.missed", title, day);
    }

    private static Finding finding(UUID practiceId, TaskView t, String kind, Severity severity, Text text) {
        FindingSubject subject = t.task().getDeviceId() != null
                ? FindingSubject.of("DEVICE", t.task().getDeviceId(), t.subject())
                : FindingSubject.of("PRACTICE", practiceId, t.subject());
        return new Finding(kind, severity, text, subject, "practices/" + practiceId + "/maintenance/tasks/" + t.id());
    }
}
