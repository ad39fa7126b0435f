package io.deviceward.maintenance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceService;
import io.deviceward.maintenance.Assignee;
import io.deviceward.maintenance.Basis;
import io.deviceward.maintenance.ClosedDayRule;
import io.deviceward.maintenance.MaintenanceSchedules;
import io.deviceward.maintenance.MaintenanceService;
import io.deviceward.maintenance.ScheduleDetails;
import io.deviceward.maintenance.Target;
import io.deviceward.maintenance.TargetKind;
import io.deviceward.practice.Practice;
import io.deviceward.support.BrowserlessSignIn;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The maintenance page, a task and the planning form read in English, and in German for a German reader. */
@IntegrationTest
class MaintenanceInTwoLanguagesIT extends SpringBrowserlessTest {
    private static final UUID BOWIE_DICK = UUID.fromString("0d4a0000-0000-4000-8000-000000000002");

    @Autowired
    Fixtures fixtures;

    @Autowired
    DeviceService devices;

    @Autowired
    MaintenanceService maintenance;

    @Autowired
    MaintenanceSchedules schedules;

    Practice practice;
    UUID taskId;

    @BeforeEach
    void aDailyTestDueToday() {
        practice = fixtures.practice(fixtures.provider());
        AppUser manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        UUID practiceId = practice.getId();
        taskId = SignIn.as(manager.getId(), () -> {
            DeviceDetails details = Fixtures.device("Autoclave Room 2", "SN-" + UUID.randomUUID());
            details.setCategory("AUTOCLAVE");
            UUID device = devices.create(practiceId, details).getId();
            schedules.createSchedule(
                    practiceId,
                    new ScheduleDetails(
                            BOWIE_DICK,
                            new Target(TargetKind.DEVICE, device.toString()),
                            "FREQ=DAILY",
                            maintenance.practice(practiceId).zone(),
                            maintenance.today(practiceId),
                            LocalTime.of(7, 0),
                            EnumSet.allOf(DayOfWeek.class),
                            ClosedDayRule.KEEP,
                            Assignee.ANYONE,
                            Duration.ZERO,
                            Basis.SCHEDULE));
            return maintenance.dueWork(practiceId).dueToday().getFirst().id();
        });
        BrowserlessSignIn.as(manager.getId());
        UI.getCurrent().setLocale(Locale.UK);
    }

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    void anEnglishReaderReadsTheTextsAsBefore() {
        navigate("practices/" + practice.getId() + "/maintenance", MaintenanceView.class);

        assertThat($view(H1.class).first().getText()).isEqualTo("Maintenance");
        assertThat(text("due-today"))
                .contains("Due today (1)")
                .contains("Bowie-Dick / Helix steam-penetration test · Autoclave Room 2")
                .contains(", due ")
                .contains("Record");
        assertThat(text("overdue")).contains("Overdue (0)").contains("Nothing here.");
        assertThat(text("schedules")).contains("Schedules (1)").contains("FREQ=DAILY at 07:00 · next ");

        navigate("practices/" + practice.getId() + "/maintenance/tasks/" + taskId, TaskCompletionView.class);
        assertThat($view(Paragraph.class).id("task-status").getText()).startsWith("Due today · Scheduled · ");
        assertThat($view(Button.class).id("outcome-not-done").getText()).isEqualTo("Not done");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGermanReaderReadsGerman() {
        UI.getCurrent().setLocale(Locale.GERMANY);
        navigate("practices/" + practice.getId() + "/maintenance", MaintenanceView.class);

        assertThat($view(H1.class).first().getText()).isEqualTo("Wartung");
        assertThat(text("due-today"))
                .contains("Heute fällig (1)")
                .contains(", fällig um ")
                .contains("Erfassen");
        assertThat(text("overdue")).contains("Überfällig (0)").contains("Keine Aufgaben.");
        assertThat(text("schedules"))
                .contains("Wartungspläne (1)")
                .contains("FREQ=DAILY um 07:00 · nächster Termin am ");

        navigate("practices/" + practice.getId() + "/maintenance/tasks/" + taskId, TaskCompletionView.class);
        assertThat($view(Paragraph.class).id("task-status").getText()).startsWith("Heute fällig · Geplant · ");
        assertThat($view(Button.class).id("outcome-passed").getText()).isEqualTo("Bestanden");
        assertThat($view(Button.class).id("outcome-not-done").getText()).isEqualTo("Nicht durchgeführt");

        navigate("practices/" + practice.getId() + "/maintenance/schedules/new", ScheduleFormView.class);
        Select<TargetKind> target = $view(Select.class).id("schedule-target-kind");
        assertThat(target.getLabel()).isEqualTo("Gilt für");
        assertThat(target.getItemLabelGenerator().apply(TargetKind.CATEGORY)).isEqualTo("Geräte einer Kategorie");
        Select<String> frequency = $view(Select.class).id("schedule-frequency");
        assertThat(frequency.getItemLabelGenerator().apply("WEEKLY")).isEqualTo("Wöchentlich");
    }

    private String text(String id) {
        return $view(Div.class).id(id).getElement().getTextRecursively();
    }
}
