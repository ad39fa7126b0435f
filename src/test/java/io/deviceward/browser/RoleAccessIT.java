package io.deviceward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Each demo role signs in through Keycloak and sees what its role allows, and nothing more: the
 * controls it may not use are not there, and writing anyway is refused and recorded.
 */
@IntegrationTest
class RoleAccessIT extends BrowserTestBase {
    static final List<String> DEVICE_FIELDS = List.of(
            "device-name",
            "device-category",
            "device-manufacturer",
            "device-model",
            "device-serial",
            "device-location",
            "device-status");

    @Test
    void providerAdminSeesEveryPracticeSwitchesBetweenThemAndMayAddDevices() {
        UUID lindenhof = practiceId(LINDENHOF);
        UUID riverside = practiceId(RIVERSIDE);
        UUID harbour = practiceId(HARBOUR);
        UUID provider = practices.findById(lindenhof).orElseThrow().getProviderId();

        assertThat(browser.signIn("provider.admin")).isEqualTo("provider-overview");
        assertThat(browser.path()).isEqualTo("/providers/" + provider);
        assertThat(browser.waitFor(By.cssSelector("#provider-overview h1")).getText())
                .isEqualTo(PROVIDER);
        for (String practice : List.of(LINDENHOF, RIVERSIDE, HARBOUR)) {
            browser.waitForGridCell("practices-grid", practice);
        }

        // The practice switcher moves between practices: the URL follows.
        browser.open("/practices/" + lindenhof, "practice-overview");
        assertThat(browser.selectedLabel("practice-switcher")).isEqualTo(LINDENHOF);
        browser.chooseInSelect("practice-switcher", RIVERSIDE);
        browser.waitUntil("the Riverside overview", d -> browser.path().equals("/practices/" + riverside));
        browser.waitForView("practice-overview");
        assertThat(browser.waitFor(By.cssSelector("#practice-overview h1")).getText())
                .isEqualTo(RIVERSIDE);
        browser.chooseInSelect("practice-switcher", HARBOUR);
        browser.waitUntil("the Harbour overview", d -> browser.path().equals("/practices/" + harbour));
        browser.waitForView("devices-empty-state");
        assertThat(browser.isShown(By.id("add-first-device")))
                .as("an editor is offered the first device")
                .isTrue();

        // An editor reaches the add-device form, editable, with a save button.
        browser.open("/practices/" + lindenhof + "/devices", "device-list");
        browser.clickWhenReady(By.id("add-device"));
        browser.waitForView("device-form");
        assertThat(browser.path()).isEqualTo("/practices/" + lindenhof + "/devices/new");
        assertThat(browser.isShown(By.id("save-device"))).isTrue();
        assertThat(browser.isReadOnly("device-name")).isFalse();
    }

    @Test
    void practiceManagerLandsOnTheirPracticeAndRegistersADevice() {
        UUID lindenhof = practiceId(LINDENHOF);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "Browser test workstation " + unique;

        assertThat(browser.signIn("manager.lindenhof")).isEqualTo("practice-overview");
        assertThat(browser.path()).isEqualTo("/practices/" + lindenhof);
        assertThat(browser.waitFor(By.cssSelector("#practice-overview h1")).getText())
                .isEqualTo(LINDENHOF);
        assertThat(Long.parseLong(
                        browser.waitFor(By.id("devices-count")).getText().trim()))
                .isGreaterThanOrEqualTo(4);

        browser.open("/practices/" + lindenhof + "/devices", "device-list");
        browser.waitForGridCell("devices-grid", "Autoclave Room 2");
        browser.clickWhenReady(By.id("add-device"));
        browser.waitForView("device-form");
        browser.type("device-name", name);
        browser.chooseInComboBox("device-category", "Workstation");
        browser.type("device-manufacturer", "Dell");
        browser.type("device-model", "OptiPlex 7010");
        browser.type("device-serial", "BT-" + unique);
        browser.type("device-location", "Reception");
        browser.clickWhenReady(By.id("save-device"));

        // Saved: on the device's page, then in the list's grid, and its creation in the audit trail.
        browser.waitForView("device-page");
        assertThat(browser.waitFor(By.id("device-page-name")).getText()).isEqualTo(name);
        browser.open("/practices/" + lindenhof + "/devices", "device-list");
        browser.waitForGridCell("devices-grid", name);
        // The serial number is a column to choose: chosen, it shows the one entered.
        new DeviceRegistryPage(browser).showColumn("devices-grid", "Serial number");
        browser.waitForGridCell("devices-grid", "BT-" + unique);

        // Opened again from the grid, then its form: stored as entered, editable, with save and delete.
        browser.clickWhenReady(Browser.gridCell("devices-grid", name));
        browser.waitForView("device-page");
        browser.clickWhenReady(By.id("edit-device"));
        browser.waitForView("device-form");
        assertThat(browser.waitFor(By.cssSelector("#device-name input")).getDomProperty("value"))
                .isEqualTo(name);
        assertThat(browser.waitFor(By.cssSelector("#device-category input")).getDomProperty("value"))
                .isEqualTo("Workstation");
        assertThat(browser.waitFor(By.cssSelector("#device-location input")).getDomProperty("value"))
                .isEqualTo("Reception");
        for (String field : DEVICE_FIELDS) {
            assertThat(browser.isReadOnly(field))
                    .as(field + " editable for a practice manager")
                    .isFalse();
        }
        assertThat(browser.isShown(By.id("save-device"))).isTrue();
        assertThat(browser.isShown(By.id("delete-device"))).isTrue();

        browser.open("/practices/" + lindenhof + "/audit", "audit");
        assertThat(browser.waitFor(By.id("audit-verification")).getText()).contains("Chain verified");
        browser.waitForGridCell("audit-grid", "Device: " + name);

        browser.open("/practices/" + lindenhof + "/settings", "practice-settings");
        assertThat(browser.isShown(By.id("save-practice")))
                .as("save-practice for a practice manager")
                .isTrue();
        assertThat(browser.isReadOnly("practice-name")).isFalse();
    }

    @Test
    void clinicStaffSeesTheDevicesButNoEditControls() {
        UUID lindenhof = practiceId(LINDENHOF);

        assertThat(browser.signIn("staff.lindenhof")).isEqualTo("practice-overview");
        assertThat(browser.path()).isEqualTo("/practices/" + lindenhof);
        browser.openUserMenu();
        assertThat(browser.waitFor(By.id("user-role")).getText()).contains("Role here: Clinic staff");

        browser.open("/practices/" + lindenhof + "/devices", "device-list");
        browser.waitForGridCell("devices-grid", "Autoclave Room 2");
        browser.waitForGridCell("devices-grid", "Reception printer");
        assertThat(browser.isShown(By.id("add-device")))
                .as("add-device button for clinic staff")
                .isFalse();

        browser.open("/practices/" + lindenhof + "/settings", "practice-settings");
        assertThat(browser.isShown(By.id("save-practice")))
                .as("save-practice button for clinic staff")
                .isFalse();
        assertThat(browser.isReadOnly("practice-name")).isTrue();
    }

    @Test
    void auditorReadsDevicesAndTrailButEveryWriteIsRefusedAndRecorded() {
        UUID lindenhof = practiceId(LINDENHOF);

        assertThat(browser.signIn("auditor")).isEqualTo("practice-overview");
        assertThat(browser.path()).isEqualTo("/practices/" + lindenhof);

        browser.open("/practices/" + lindenhof + "/devices", "device-list");
        assertThat(browser.isShown(By.id("add-device")))
                .as("add-device button for an auditor")
                .isFalse();
        browser.clickWhenReady(Browser.gridCell("devices-grid", "Intraoral X-ray"));
        browser.waitForView("device-page");
        String devicePath = browser.path();
        assertThat(devicePath).startsWith("/practices/" + lindenhof + "/devices/");
        assertThat(browser.waitFor(By.id("device-page-name")).getText()).isEqualTo("Intraoral X-ray");
        assertThat(browser.isShown(By.id("edit-device")))
                .as("edit-device for an auditor")
                .isFalse();

        // The form by URL: refused and recorded, never shown read-only.
        long deniedBeforeForm = accessDeniedCount(lindenhof);
        browser.open(devicePath + "/edit", "not-allowed");
        assertThat(browser.isPresent(By.id("save-device"))).isFalse();
        eventually("an ACCESS_DENIED entry for the form", () -> accessDeniedCount(lindenhof) > deniedBeforeForm);

        browser.open("/practices/" + lindenhof + "/audit", "audit");
        assertThat(browser.waitFor(By.id("audit-verification")).getText()).contains("Chain verified");
        browser.waitFor(
                By.xpath("//vaadin-grid[@id='audit-grid']//vaadin-grid-cell-content[normalize-space()='Added']"));

        browser.open("/practices/" + lindenhof + "/settings", "practice-settings");
        assertThat(browser.isShown(By.id("save-practice")))
                .as("save-practice for an auditor")
                .isFalse();

        // Writing anyway, by URL: refused, and the refusal lands in Lindenhof's trail.
        long deniedBefore = accessDeniedCount(lindenhof);
        browser.open("/practices/" + lindenhof + "/devices/new", "not-allowed");
        assertThat(browser.isPresent(By.id("device-form"))).isFalse();
        assertThat(browser.isPresent(By.id("save-device"))).isFalse();
        eventually("an ACCESS_DENIED entry in Lindenhof's trail", () -> accessDeniedCount(lindenhof) > deniedBefore);
    }

    @Test
    void managerOfAnotherPracticeGetsNotFoundAndTheAttemptIsRecorded() {
        UUID lindenhof = practiceId(LINDENHOF);
        UUID riverside = practiceId(RIVERSIDE);
        DeviceRow lindenhofDevice = anyDeviceOf(lindenhof);

        assertThat(browser.signIn("manager.riverside")).isEqualTo("practice-overview");
        assertThat(browser.path()).isEqualTo("/practices/" + riverside);

        long denied = accessDeniedCount(lindenhof);
        browser.open("/practices/" + lindenhof, "not-found");
        assertThat(browser.pageSource()).doesNotContain(LINDENHOF);
        long afterOverview = eventually(
                "an ACCESS_DENIED entry for the overview",
                () -> accessDeniedCount(lindenhof) > denied ? accessDeniedCount(lindenhof) : null);

        browser.open("/practices/" + lindenhof + "/devices/" + lindenhofDevice.id(), "not-found");
        assertThat(browser.pageSource()).doesNotContain(LINDENHOF).doesNotContain(lindenhofDevice.name());
        eventually("an ACCESS_DENIED entry for the device", () -> accessDeniedCount(lindenhof) > afterOverview);

        // Ids that are malformed or belong to nothing look just the same.
        browser.open("/practices/not-a-practice-id", "not-found");
        browser.open("/practices/" + UUID.randomUUID() + "/devices", "not-found");
        browser.open("/practices/" + riverside + "/devices/" + UUID.randomUUID(), "not-found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"expired.auditor", "newcomer"})
    void withoutAnActiveMembershipTheStartPageIsNoAccess(String username) {
        UUID lindenhof = practiceId(LINDENHOF);

        assertThat(browser.signIn(username)).isEqualTo("no-access");
        assertThat(browser.path()).isEqualTo("/no-access");
        assertThat(browser.isPresent(By.id("practice-overview"))).isFalse();

        browser.open("/practices/" + lindenhof, "not-found");
        assertThat(browser.pageSource()).doesNotContain(LINDENHOF);
    }
}
