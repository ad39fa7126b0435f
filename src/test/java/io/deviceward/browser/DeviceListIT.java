package io.deviceward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.access.AppUserRepository;
import io.deviceward.device.Answer;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceService;
import io.deviceward.device.DeviceStatus;
import io.deviceward.device.PostureCheck;
import io.deviceward.device.PostureItem;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/** The device list in the browser: filters that live in the URL, and bulk changes on a selection. */
@IntegrationTest
class DeviceListIT extends BrowserTestBase {
    /** Column of the device name in the multi-select grid (0 is the checkbox column). */
    static final int NAME = 1;

    /** Name, category, make and model, IP, status: serial number and location are not shown until chosen. */
    static final int STATUS = 5;

    @Autowired
    DeviceService devices;

    @Autowired
    AppUserRepository users;

    @Test
    void searchGoesIntoTheUrlAndAUrlWithFiltersOpensFiltered() {
        UUID lindenhof = practiceId(LINDENHOF);
        String term = unique("dwq");
        String firewallOff = "Filter " + term + " open";
        String firewallOn = "Filter " + term + " closed";
        create(lindenhof, firewallOff, term + "-1", Answer.NO);
        create(lindenhof, firewallOn, term + "-2", Answer.YES);
        DeviceRegistryPage page = new DeviceRegistryPage(browser);

        browser.signIn("manager.lindenhof");
        browser.open("/practices/" + lindenhof + "/devices", "device-list");
        browser.waitForGridCell("devices-grid", "Autoclave Room 2");

        // Typing a search narrows the grid to the matching devices and writes q= into the URL.
        browser.type("device-search", term);
        page.waitForColumnValues("devices-grid", NAME, List.of(firewallOff, firewallOn));
        browser.waitUntil("q=" + term + " in the URL", d -> query().contains("q=" + term));
        assertThat(browser.path()).isEqualTo("/practices/" + lindenhof + "/devices");

        // A shared link with a posture gap and a search: fields filled in from it, grid filtered by both.
        browser.open("/practices/" + lindenhof + "/devices?gap=FIREWALL_OFF&q=" + term, "device-list");
        assertThat(page.value("device-search")).isEqualTo(term);
        assertThat(browser.selectedLabel("filter-gap")).isEqualTo("Firewall off");
        assertThat(browser.selectedLabel("filter-status")).isEqualTo("All statuses");
        page.waitForColumnValues("devices-grid", NAME, List.of(firewallOff));

        // Clearing the gap filter in the page widens the grid again and drops gap= from the URL.
        page.choose("filter-gap", "Any posture");
        page.waitForColumnValues("devices-grid", NAME, List.of(firewallOff, firewallOn));
        browser.waitUntil("gap= gone from the URL", d -> !query().contains("gap=") && query().contains("q=" + term));
    }

    @Test
    void bulkStatusChangeSetsEverySelectedDeviceOutOfService() {
        UUID lindenhof = practiceId(LINDENHOF);
        String prefix = unique("dwb");
        String first = "Bulk " + prefix + " one";
        String second = "Bulk " + prefix + " two";
        String bystander = "Bulk " + prefix + " three";
        Device a = create(lindenhof, first, prefix + "-1", Answer.YES);
        Device b = create(lindenhof, second, prefix + "-2", Answer.YES);
        Device c = create(lindenhof, bystander, prefix + "-3", Answer.YES);
        DeviceRegistryPage page = new DeviceRegistryPage(browser);

        browser.signIn("manager.lindenhof");
        browser.open("/practices/" + lindenhof + "/devices?q=" + prefix, "device-list");
        page.waitForColumnValues("devices-grid", NAME, List.of(first, second, bystander));
        assertThat(browser.isShown(By.id("bulk-actions")))
                .as("bulk bar before anything is selected")
                .isFalse();

        page.selectRow("devices-grid", first);
        page.selectRow("devices-grid", second);
        browser.waitForVisible(By.id("bulk-actions"));
        browser.waitUntil(
                "'2 selected'",
                d -> browser.waitFor(By.id("bulk-selection")).getText().trim().equals("2 selected"));
        page.choose("bulk-status", "Out of service");
        browser.clickWhenReady(By.id("bulk-status-apply"));

        page.waitForRows("devices-grid", "the two selected devices out of service, the third in service", rows -> {
            for (List<String> row : rows) {
                String expected = row.get(NAME).equals(bystander) ? "In service" : "Out of service";
                if (!row.get(STATUS).equals(expected)) return false;
            }
            return rows.size() == 3;
        });
        browser.waitUntil(
                "the bulk bar to go once the selection is cleared", d -> !browser.isShown(By.id("bulk-actions")));

        assertThat(status(a)).isEqualTo("OUT_OF_SERVICE");
        assertThat(status(b)).isEqualTo("OUT_OF_SERVICE");
        assertThat(status(c)).isEqualTo("IN_SERVICE");
        assertThat(jdbc.queryForObject(
                        "select out_of_service_on from device where id = ?",
                        Date.class,
                        a.getId().toString()))
                .as("the date the status changed")
                .isNotNull();
    }

    @Test
    void namesAreLinksAndEnterOnARowOpensTheDevice() throws Exception {
        UUID lindenhof = practiceId(LINDENHOF);
        String prefix = unique("dwl");
        String name = "Link " + prefix;
        Device device = create(lindenhof, name, prefix + "-1", Answer.YES);
        DeviceRegistryPage page = new DeviceRegistryPage(browser);

        browser.signIn("manager.lindenhof");
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        browser.open("/practices/" + lindenhof + "/devices", "device-list");
        browser.waitForGridCell("devices-grid", "Autoclave Room 2");
        screenshot("device-list-1366");
        browser.type("device-search", prefix);
        page.waitForColumnValues("devices-grid", NAME, List.of(name));
        browser.waitUntil(
                "'1 of … devices matches'",
                d -> browser.waitFor(By.id("device-match-count")).getText().matches("1 of \\d+ devices matches"));

        // A real link: its href is the device's page, so middle-click and "open in new tab" work.
        WebElement link = browser.waitFor(
                By.xpath("//vaadin-grid[@id='devices-grid']//a[normalize-space()=" + "'" + name + "']"));
        assertThat(link.getDomProperty("href"))
                .isEqualTo(Browser.APP + "/practices/" + lindenhof + "/devices/" + device.getId());

        // Enter on the focused row (not on the link itself) follows the link.
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const grid = document.getElementById('devices-grid');
                const row = [...grid.shadowRoot.querySelectorAll('#items tr')].find(r => !r.hidden && r.index === 0);
                row.querySelectorAll('td')[4].focus();""");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waitUntil(
                "the device's page",
                d -> browser.path().equals("/practices/" + lindenhof + "/devices/" + device.getId()));
    }

    @Test
    void onAPhonesWidthTheListShowsNameCategoryAndWorstFinding() throws Exception {
        UUID lindenhof = practiceId(LINDENHOF);
        String prefix = unique("dwp");
        String name = "Phone " + prefix;
        create(lindenhof, name, prefix + "-1", Answer.NO);

        browser.signIn("manager.lindenhof");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/practices/" + lindenhof + "/devices", "device-list");
        browser.waitForGridCell("devices-grid", "Autoclave Room 2");
        screenshot("phone-device-list");
        browser.type("device-search", prefix);
        browser.waitUntil(
                "the list narrowed to the new device",
                d -> browser.waitFor(By.id("device-match-count")).getText().startsWith("1 of "));
        browser.waitForGridCell("devices-grid", name);
        browser.waitForGridCell("devices-grid", "Worst finding");
        Object columns = ((JavascriptExecutor) browser.driver()).executeScript("""
                const grid = document.getElementById('devices-grid');
                return [...grid.querySelectorAll(':scope > *')]
                    .filter(c => c.localName.includes('column') && !c.hidden).map(c => c.localName);""");
        assertThat((List<?>) columns)
                .as("name, category and worst finding; no checkbox column")
                .hasSize(3)
                .noneMatch(c -> String.valueOf(c).contains("selection"));
        assertThat(browser.isShown(By.id("devices-grid-columns")))
                .as("no column chooser on a phone")
                .isFalse();
    }

    /** Keeps a screenshot of the page under target/screenshots/, for the notes. */
    private void screenshot(String name) throws IOException {
        browser.waitUntilIdle();
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.write(
                folder.resolve(name + ".png"), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }

    private String status(Device device) {
        return jdbc.queryForObject(
                "select status from device where id = ?",
                String.class,
                device.getId().toString());
    }

    private String query() {
        String url = browser.currentUrl();
        int start = url.indexOf('?');
        return start < 0 ? "" : URLDecoder.decode(url.substring(start + 1), StandardCharsets.UTF_8);
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** A device created the way the form would, signed in as manager.lindenhof. */
    Device create(UUID practiceId, String name, String serial, Answer firewall) {
        return create(devices, users, practiceId, name, serial, firewall);
    }

    static Device create(
            DeviceService devices,
            AppUserRepository users,
            UUID practiceId,
            String name,
            String serial,
            Answer firewall) {
        UUID manager = users.findByUsername("manager.lindenhof").orElseThrow().getId();
        DeviceDetails details = new DeviceDetails();
        details.setName(name);
        details.setCategory("WORKSTATION");
        details.setManufacturer("Lenovo");
        details.setModel("ThinkCentre M70q");
        details.setSerialNumber(serial);
        details.setLocation("Back office");
        details.setStatus(DeviceStatus.IN_SERVICE);
        PostureCheck check = new PostureCheck();
        check.setState(firewall);
        details.getPosture().set(PostureItem.FIREWALL, check);
        return SignIn.as(manager, () -> devices.create(practiceId, details));
    }
}
