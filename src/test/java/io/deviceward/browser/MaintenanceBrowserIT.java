package io.deviceward.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
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

        browser.signIn("manager.lindenhof");
        browser.open("/practices/" + lindenhof + "/maintenance/schedules/new", "schedule-form");
        browser.chooseInComboBox("schedule-template", "Autoclave cycle record (Steriliser)");
        browser.chooseInSelect("schedule-target-kind", "Device");
        browser.chooseInComboBox("schedule-device", name + " (AUTOCLAVE)");
        browser.type(
                "schedule-rrule",
                "FREQ=WEEKLY;BYDAY="
                        + today.getDayOfWeek().name().substring(0, 2).toUpperCase(Locale.ROOT));
        browser.chooseInSelect("schedule-closed-days", "Keep on closed days");
        browser.clickWhenReady(By.id("save-schedule"));
        browser.waitForView("maintenance");

        // Due today: recorded with values inside the limits.
        openCard("due-today", title);
        browser.waitForView("task-completion");
        browser.waitFor(By.id("value-temperature"));
        assertThat(browser.pageSource()).contains("Limit: 134–137 °C"); // the limits beside the fields
        browser.type("value-cycleNumber", "4711");
        browser.type("value-temperature", "135");
        browser.type("value-pressure", "2.1");
        browser.type("value-holdingTime", "200");
        press("check-printoutKept");
        press("outcome-passed");
        assertThat(browser.waitFor(By.id("task-outcome")).getText()).isEqualTo("Passed");

        // The next one is upcoming, a week on.
        browser.open("/practices/" + lindenhof + "/maintenance", "maintenance");
        assertThat(cardIn("upcoming", title).getText()).contains(Formats.day(today.plusWeeks(1)));

        // A week and a day later: overdue, in the practice and across the provider.
        clock.advance(Duration.ofDays(8));
        browser.open("/practices/" + lindenhof + "/maintenance", "maintenance");
        assertThat(cardIn("overdue", title).getText()).contains("Overdue");
        UUID provider = practices.findById(lindenhof).orElseThrow().getProviderId();
        browser.signOut();
        browser.signIn("provider.admin");
        browser.open("/providers/" + provider + "/maintenance", "provider-maintenance");
        assertThat(cardIn("provider-overdue", title).getText()).contains(LINDENHOF);

        // Recorded by staff with a temperature outside its limit: failed, out of service, retest due today.
        browser.signOut();
        browser.signIn("staff.lindenhof");
        browser.open("/practices/" + lindenhof + "/maintenance/my-tasks", "my-tasks");
        browser.clickWhenReady(By.xpath(
                "//div[contains(@class,'task-card')][.//span[contains(.," + Browser.xpathLiteral(title) + ")]]//a"));
        browser.waitForView("task-completion");
        browser.type("value-cycleNumber", "4712");
        browser.type("value-temperature", "140");
        browser.type("value-pressure", "2.1");
        browser.type("value-holdingTime", "200");
        press("outcome-passed");
        assertThat(browser.waitFor(By.id("task-outcome")).getText()).isEqualTo("Failed");
        assertThat(browser.waitFor(By.id("task-failed-checks")).getText()).contains("Temperature 140 °C outside");
        assertThat(browser.waitFor(By.id("task-notice")).getText())
                .contains(name + " is out of service")
                .contains("quarantine");
        assertThat(jdbc.queryForObject("select status from device where id = ?", String.class, autoclave.toString()))
                .isEqualTo(DeviceStatus.OUT_OF_SERVICE.name());
        browser.open("/practices/" + lindenhof + "/maintenance", "maintenance");
        assertThat(browser.waitFor(By.xpath(cardXpath("due-today", title) + "[.//span[contains(.,'Retest')]]"))
                        .getText())
                .contains("Retest");
    }

    /** A click from script, after scrolling the element to the middle (the sticky bars cover the edges). */
    private void press(String id) {
        WebElement element = browser.waitFor(By.id(id));
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
        browser.waitUntilIdle();
    }

    private void openCard(String section, String name) {
        browser.clickWhenReady(By.xpath(cardXpath(section, name) + "//a"));
    }

    private WebElement cardIn(String section, String name) {
        return browser.waitFor(By.xpath(cardXpath(section, name)));
    }

    private static String cardXpath(String section, String name) {
        return "//div[@id=" + Browser.xpathLiteral(section) + "]//div[contains(@class,'task-card')][.//span[contains(.,"
                + Browser.xpathLiteral(name) + ")]]";
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
