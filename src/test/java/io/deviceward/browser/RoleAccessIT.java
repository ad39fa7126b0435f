package io.deviceward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.browser.pages.AuditPage;
import io.deviceward.browser.pages.DeviceFormPage;
import io.deviceward.browser.pages.DeviceFormPage.Field;
import io.deviceward.browser.pages.DeviceListPage;
import io.deviceward.browser.pages.DevicePage;
import io.deviceward.browser.pages.NoAccessPage;
import io.deviceward.browser.pages.NotAllowedPage;
import io.deviceward.browser.pages.NotFoundPage;
import io.deviceward.browser.pages.PracticeOverviewPage;
import io.deviceward.browser.pages.PracticeSettingsPage;
import io.deviceward.browser.pages.ProviderOverviewPage;
import io.deviceward.browser.pages.Views;
import io.deviceward.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each demo role signs in through Keycloak and sees what its role allows, and nothing more: the
 * controls it may not use are not there, and writing anyway is refused and recorded.
 */
@IntegrationTest
class RoleAccessIT extends BrowserTestBase {
    static final List<Field> DEVICE_FIELDS = List.of(
            Field.NAME,
            Field.CATEGORY,
            Field.MANUFACTURER,
            Field.MODEL,
            Field.SERIAL_NUMBER,
            Field.LOCATION,
            Field.STATUS);

    @Test
    void providerAdminSeesEveryPracticeSwitchesBetweenThemAndMayAddDevices() {
        UUID lindenhof = practiceId(LINDENHOF);
        UUID riverside = practiceId(RIVERSIDE);
        UUID harbour = practiceId(HARBOUR);
        UUID provider = practices.findById(lindenhof).orElseThrow().getProviderId();

        assertThat(signIn("provider.admin")).isEqualTo(ProviderOverviewPage.VIEW);
        assertThat(browser.path()).isEqualTo("/providers/" + provider);
        ProviderOverviewPage providerOverview = new ProviderOverviewPage(browser);
        assertThat(providerOverview.title()).isEqualTo(PROVIDER);
        for (String practice : List.of(LINDENHOF, RIVERSIDE, HARBOUR)) {
            providerOverview.waitForPractice(practice);
        }

        // The practice switcher moves between practices: the URL follows.
        PracticeOverviewPage.open(browser, lindenhof);
        assertThat(shell().currentPractice()).isEqualTo(LINDENHOF);
        shell().switchToPractice(RIVERSIDE);
        browser.waitUntil("the Riverside overview", d -> browser.path().equals("/practices/" + riverside));
        assertThat(new PracticeOverviewPage(browser).title()).isEqualTo(RIVERSIDE);
        shell().switchToPractice(HARBOUR);
        browser.waitUntil("the Harbour overview", d -> browser.path().equals("/practices/" + harbour));
        PracticeOverviewPage harbourOverview = new PracticeOverviewPage(browser);
        harbourOverview.waitForNoDevicesYet();
        assertThat(harbourOverview.offersFirstDevice())
                .as("an editor is offered the first device")
                .isTrue();

        // An editor reaches the add-device form, editable, with a save button.
        DeviceFormPage form = DeviceListPage.open(browser, lindenhof).addDevice();
        assertThat(browser.path()).isEqualTo("/practices/" + lindenhof + "/devices/new");
        assertThat(form.canSave()).isTrue();
        assertThat(form.isReadOnly(Field.NAME)).isFalse();
    }

    @Test
    void practiceManagerLandsOnTheirPracticeAndRegistersADevice() {
        UUID lindenhof = practiceId(LINDENHOF);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "Browser test workstation " + unique;

        assertThat(signIn("manager.lindenhof")).isEqualTo(PracticeOverviewPage.VIEW);
        assertThat(browser.path()).isEqualTo("/practices/" + lindenhof);
        PracticeOverviewPage overview = new PracticeOverviewPage(browser);
        assertThat(overview.title()).isEqualTo(LINDENHOF);
        assertThat(overview.devicesCount()).isGreaterThanOrEqualTo(4);

        DeviceListPage registry = DeviceListPage.open(browser, lindenhof);
        registry.waitForDevice("Autoclave Room 2");
        DevicePage device = registry.addDevice()
                .name(name)
                .category("Workstation")
                .manufacturer("Dell")
                .model("OptiPlex 7010")
                .serialNumber("BT-" + unique)
                .location("Reception")
                .save();

        // Saved: on the device's page, then in the list's grid, and its creation in the audit trail.
        assertThat(device.name()).isEqualTo(name);
        registry = DeviceListPage.open(browser, lindenhof);
        registry.waitForDevice(name);
        // The serial number is a column to choose: chosen, it shows the one entered.
        registry.showColumn("Serial number");
        registry.waitForDevice("BT-" + unique);

        // Opened again from the grid, then its form: stored as entered, editable, with save and delete.
        DeviceFormPage form = registry.openDevice(name).edit();
        assertThat(form.value(Field.NAME)).isEqualTo(name);
        assertThat(form.value(Field.CATEGORY)).isEqualTo("Workstation");
        assertThat(form.value(Field.LOCATION)).isEqualTo("Reception");
        for (Field field : DEVICE_FIELDS) {
            assertThat(form.isReadOnly(field))
                    .as(field + " editable for a practice manager")
                    .isFalse();
        }
        assertThat(form.canSave()).isTrue();
        assertThat(form.canDelete()).isTrue();

        AuditPage audit = AuditPage.open(browser, lindenhof);
        assertThat(audit.verification()).contains("Chain verified");
        audit.waitForEntry("Device: " + name);

        PracticeSettingsPage settings = PracticeSettingsPage.open(browser, lindenhof);
        assertThat(settings.canSave())
                .as("save-practice for a practice manager")
                .isTrue();
        assertThat(settings.isNameReadOnly()).isFalse();
    }

    @Test
    void clinicStaffSeesTheDevicesButNoEditControls() {
        UUID lindenhof = practiceId(LINDENHOF);

        assertThat(signIn("staff.lindenhof")).isEqualTo(PracticeOverviewPage.VIEW);
        assertThat(browser.path()).isEqualTo("/practices/" + lindenhof);
        assertThat(shell().openUserMenu().roleHere()).contains("Role here: Clinic staff");

        DeviceListPage registry = DeviceListPage.open(browser, lindenhof);
        registry.waitForDevice("Autoclave Room 2");
        registry.waitForDevice("Reception printer");
        assertThat(registry.canAddDevices())
                .as("add-device button for clinic staff")
                .isFalse();

        PracticeSettingsPage settings = PracticeSettingsPage.open(browser, lindenhof);
        assertThat(settings.canSave())
                .as("save-practice button for clinic staff")
                .isFalse();
        assertThat(settings.isNameReadOnly()).isTrue();
    }

    @Test
    void auditorReadsDevicesAndTrailButEveryWriteIsRefusedAndRecorded() {
        UUID lindenhof = practiceId(LINDENHOF);

        assertThat(signIn("auditor")).isEqualTo(PracticeOverviewPage.VIEW);
        assertThat(browser.path()).isEqualTo("/practices/" + lindenhof);

        DeviceListPage registry = DeviceListPage.open(browser, lindenhof);
        assertThat(registry.canAddDevices())
                .as("add-device button for an auditor")
                .isFalse();
        DevicePage device = registry.openDevice("Intraoral X-ray");
        String devicePath = browser.path();
        assertThat(devicePath).startsWith("/practices/" + lindenhof + "/devices/");
        assertThat(device.name()).isEqualTo("Intraoral X-ray");
        assertThat(device.canEdit()).as("edit-device for an auditor").isFalse();

        // The form by URL: refused and recorded, never shown read-only.
        long deniedBeforeForm = accessDeniedCount(lindenhof);
        NotAllowedPage.openedAt(browser, devicePath + "/edit");
        assertThat(DeviceFormPage.hasSaveButton(browser)).isFalse();
        eventually("an ACCESS_DENIED entry for the form", () -> accessDeniedCount(lindenhof) > deniedBeforeForm);

        AuditPage audit = AuditPage.open(browser, lindenhof);
        assertThat(audit.verification()).contains("Chain verified");
        audit.waitForEntry("Added");

        PracticeSettingsPage settings = PracticeSettingsPage.open(browser, lindenhof);
        assertThat(settings.canSave()).as("save-practice for an auditor").isFalse();

        // Writing anyway, by URL: refused, and the refusal lands in Lindenhof's trail.
        long deniedBefore = accessDeniedCount(lindenhof);
        NotAllowedPage.openedAt(browser, DeviceFormPage.newPath(lindenhof));
        assertThat(DeviceFormPage.isPresent(browser)).isFalse();
        assertThat(DeviceFormPage.hasSaveButton(browser)).isFalse();
        eventually("an ACCESS_DENIED entry in Lindenhof's trail", () -> accessDeniedCount(lindenhof) > deniedBefore);
    }

    @Test
    void managerOfAnotherPracticeGetsNotFoundAndTheAttemptIsRecorded() {
        UUID lindenhof = practiceId(LINDENHOF);
        UUID riverside = practiceId(RIVERSIDE);
        DeviceRow lindenhofDevice = anyDeviceOf(lindenhof);

        assertThat(signIn("manager.riverside")).isEqualTo(PracticeOverviewPage.VIEW);
        assertThat(browser.path()).isEqualTo("/practices/" + riverside);

        long denied = accessDeniedCount(lindenhof);
        NotFoundPage.openedAt(browser, PracticeOverviewPage.path(lindenhof));
        assertThat(browser.pageSource()).doesNotContain(LINDENHOF);
        long afterOverview = eventually(
                "an ACCESS_DENIED entry for the overview",
                () -> accessDeniedCount(lindenhof) > denied ? accessDeniedCount(lindenhof) : null);

        NotFoundPage.openedAt(browser, DevicePage.path(lindenhof, lindenhofDevice.id()));
        assertThat(browser.pageSource()).doesNotContain(LINDENHOF).doesNotContain(lindenhofDevice.name());
        eventually("an ACCESS_DENIED entry for the device", () -> accessDeniedCount(lindenhof) > afterOverview);

        // Ids that are malformed or belong to nothing look just the same.
        NotFoundPage.openedAt(browser, "/practices/not-a-practice-id");
        NotFoundPage.openedAt(browser, DeviceListPage.path(UUID.randomUUID()));
        NotFoundPage.openedAt(browser, DevicePage.path(riverside, UUID.randomUUID()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"expired.auditor", "newcomer"})
    void withoutAnActiveMembershipTheStartPageIsNoAccess(String username) {
        UUID lindenhof = practiceId(LINDENHOF);

        assertThat(signIn(username)).isEqualTo(NoAccessPage.VIEW);
        assertThat(browser.path()).isEqualTo("/no-access");
        assertThat(Views.present(browser)).doesNotContain(PracticeOverviewPage.VIEW);

        NotFoundPage.openedAt(browser, PracticeOverviewPage.path(lindenhof));
        assertThat(browser.pageSource()).doesNotContain(LINDENHOF);
    }
}
