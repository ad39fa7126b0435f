package io.deviceward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.access.AppUserRepository;
import io.deviceward.browser.pages.DeviceListPage;
import io.deviceward.browser.pages.DevicePage;
import io.deviceward.device.Answer;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceService;
import io.deviceward.device.DeviceStatus;
import io.deviceward.device.PostureCheck;
import io.deviceward.device.PostureItem;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/** The device list in the browser: filters that live in the URL, and bulk changes on a selection. */
@IntegrationTest
class DeviceListIT extends BrowserTestBase {
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

        signIn("manager.lindenhof");
        DeviceListPage registry = DeviceListPage.open(browser, lindenhof);
        registry.waitForDevice("Autoclave Room 2");

        // Typing a search narrows the grid to the matching devices and writes q= into the URL.
        registry.search(term);
        registry.waitForDevicesNamed(firewallOff, firewallOn);
        browser.waitUntil("q=" + term + " in the URL", d -> query().contains("q=" + term));
        assertThat(browser.path()).isEqualTo("/practices/" + lindenhof + "/devices");

        // A shared link with a posture gap and a search: fields filled in from it, grid filtered by both.
        registry = DeviceListPage.openWithQuery(browser, lindenhof, "gap=FIREWALL_OFF&q=" + term);
        assertThat(registry.searchText()).isEqualTo(term);
        assertThat(registry.gapFilter()).isEqualTo("Firewall off");
        assertThat(registry.statusFilter()).isEqualTo("All statuses");
        registry.waitForDevicesNamed(firewallOff);

        // Clearing the gap filter in the page widens the grid again and drops gap= from the URL.
        registry.filterByGap("Any posture");
        registry.waitForDevicesNamed(firewallOff, firewallOn);
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

        signIn("manager.lindenhof");
        DeviceListPage registry = DeviceListPage.openWithQuery(browser, lindenhof, "q=" + prefix);
        registry.waitForDevicesNamed(first, second, bystander);
        assertThat(registry.bulkBarShown())
                .as("bulk bar before anything is selected")
                .isFalse();

        registry.select(first);
        registry.select(second);
        registry.waitForBulkBar();
        browser.waitUntil("'2 selected'", d -> registry.selectionSummary().equals("2 selected"));
        registry.setStatusOfSelected("Out of service");

        // The two selected devices out of service, the third in service.
        registry.waitForStatuses(Map.of(first, "Out of service", second, "Out of service", bystander, "In service"));
        browser.waitUntil("the bulk bar to go once the selection is cleared", d -> !registry.bulkBarShown());

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

        signIn("manager.lindenhof");
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        DeviceListPage registry = DeviceListPage.open(browser, lindenhof);
        registry.waitForDevice("Autoclave Room 2");
        screenshot("device-list-1366");
        registry.search(prefix);
        registry.waitForDevicesNamed(name);
        browser.waitUntil("'1 of … devices matches'", d -> registry.matchCount().matches("1 of \\d+ devices matches"));

        // A real link: its href is the device's page, so middle-click and "open in new tab" work.
        assertThat(registry.nameLinkHref(name)).isEqualTo(Browser.APP + DevicePage.path(lindenhof, device.getId()));

        // Its posture gaps as badges; the serial number shown once chosen in the column chooser.
        registry.waitForPostureGaps(name, (PostureItem.values().length - 1) + " unknown");
        registry.showColumn("Serial number");
        registry.waitForDevice(prefix + "-1");

        // Enter on the focused row (not on the link itself) follows the link.
        registry.pressEnterOnFirstRow();
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

        signIn("manager.lindenhof");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        DeviceListPage registry = DeviceListPage.open(browser, lindenhof);
        registry.waitForDevice("Autoclave Room 2");
        screenshot("phone-device-list");
        registry.search(prefix);
        browser.waitUntil(
                "the list narrowed to the new device",
                d -> registry.matchCount().startsWith("1 of "));
        registry.waitForDevice(name);
        registry.waitForColumn("Worst finding");
        registry.waitForWorstFinding(name, "Firewall off");
        assertThat(registry.visibleColumnElements())
                .as("name, category and worst finding; no checkbox column")
                .hasSize(3)
                .noneMatch(c -> String.valueOf(c).contains("selection"));
        assertThat(registry.hasColumnChooser())
                .as("no column chooser on a phone")
                .isFalse();
    }

    /** Keeps a screenshot of the page under target/screenshots/, for the notes. */
    private void screenshot(String name) {
        browser.waitUntilIdle();
        browser.saveScreenshot(Path.of("target", "screenshots", name + ".png"));
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
