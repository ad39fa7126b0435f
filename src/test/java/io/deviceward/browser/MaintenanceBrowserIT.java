package io.deviceward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.browser.pages.MaintenancePage;
import io.deviceward.browser.pages.MaintenancePage.Section;
import io.deviceward.browser.pages.MyTasksPage;
import io.deviceward.browser.pages.ProviderMaintenancePage;
import io.deviceward.browser.pages.ScheduleFormPage;
import io.deviceward.browser.pages.TaskCompletionPage;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceService;
import io.deviceward.device.DeviceStatus;
import io.deviceward.maintenance.MaintenanceService;
import io.deviceward.shared.security.SystemTask;
import io.deviceward.shared.text.DateTimes;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Maintenance in the browser: a manager plans a weekly steriliser check, staff record it with measured
 * values and see the next one upcoming; a week and a day on it shows overdue (practice and provider);
 * recorded with a temperature outside its limit, the autoclave goes out of service and a retest is due.
 */
@IntegrationTest
class MaintenanceBrowserIT extends BrowserTestBase {
    @Autowired
    DeviceService devices;

    @Autowired
    MaintenanceService maintenance;

    @Autowired
    TestClock clock;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void aWeeklyAutoclaveCheckIsPlannedRecordedOverdueAndFailed() {
        UUID lindenhof = practiceId(LINDENHOF);
        String name = "Autoclave browser " + UUID.randomUUID().toString().substring(0, 8);
        // The demo's own steriliser schedules reach every autoclave too: look for this schedule's cards.
        String title = "Autoclave cycle record · " + name;
        UUID autoclave =
                SystemTask.call(() -> devices.create(lindenhof, autoclave(name)).getId());
        LocalDate today = SystemTask.call(() -> maintenance.today(lindenhof));

        signIn("manager.lindenhof");
        MaintenancePage maintenance = ScheduleFormPage.openNew(browser, lindenhof)
                .template("Autoclave cycle record (Steriliser)")
                .forDevice(name + " (AUTOCLAVE)")
                .repeating("FREQ=WEEKLY;BYDAY="
                        + today.getDayOfWeek().name().substring(0, 2).toUpperCase(Locale.ROOT))
                .onClosedDays("Keep on closed days")
                .save();

        // Due today: recorded with values inside the limits.
        TaskCompletionPage task = maintenance.openTask(Section.DUE_TODAY, title);
        task.waitForValue("temperature");
        assertThat(browser.pageSource()).contains("Limit: 134–137 °C"); // the limits beside the fields
        task.enterValue("cycleNumber", "4711")
                .enterValue("temperature", "135")
                .enterValue("pressure", "2.1")
                .enterValue("holdingTime", "200")
                .tick("printoutKept")
                .recordAsPassed();
        assertThat(task.outcome()).isEqualTo("Passed");

        // The next one is upcoming, a week on.
        maintenance = MaintenancePage.open(browser, lindenhof);
        assertThat(maintenance.card(Section.UPCOMING, title)).contains(Formats.day(today.plusWeeks(1)));

        // A week and a day later: overdue, in the practice and across the provider.
        clock.advance(Duration.ofDays(8));
        maintenance = MaintenancePage.open(browser, lindenhof);
        assertThat(maintenance.card(Section.OVERDUE, title)).contains("Overdue");
        UUID provider = practices.findById(lindenhof).orElseThrow().getProviderId();
        shell().signOut();
        signIn("provider.admin");
        assertThat(ProviderMaintenancePage.open(browser, provider).overdueCard(title))
                .contains(LINDENHOF);

        // Recorded by staff with a temperature outside its limit: failed, out of service, retest due today.
        shell().signOut();
        signIn("staff.lindenhof");
        task = MyTasksPage.open(browser, lindenhof).openTask(title);
        task.enterValue("cycleNumber", "4712")
                .enterValue("temperature", "140")
                .enterValue("pressure", "2.1")
                .enterValue("holdingTime", "200")
                .recordAsPassed();
        assertThat(task.outcome()).isEqualTo("Failed");
        assertThat(task.failedChecks()).contains("Temperature 140 °C outside");
        assertThat(task.notice()).contains(name + " is out of service").contains("quarantine");
        assertThat(jdbc.queryForObject("select status from device where id = ?", String.class, autoclave.toString()))
                .isEqualTo(DeviceStatus.OUT_OF_SERVICE.name());
        maintenance = MaintenancePage.open(browser, lindenhof);
        assertThat(maintenance.retestCard(Section.DUE_TODAY, title)).contains("Retest");
    }

    private static DeviceDetails autoclave(String name) {
        DeviceDetails details = new DeviceDetails();
        details.setName(name);
        details.setCategory("AUTOCLAVE");
        details.setManufacturer("Melag");
        details.setModel("Vacuklav 31 B+");
        details.setStatus(DeviceStatus.IN_SERVICE);
        return details;
    }

    /** The day as the views write it for the browser's language (Browser starts Chromium in British English). */
    static final class Formats {
        static String day(LocalDate day) {
            return DateTimes.of(ZoneOffset.UTC, Browser.LOCALE).date(day);
        }
    }
}
