package io.deviceward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.browser.pages.AuditPage;
import io.deviceward.browser.pages.DeviceFormPage;
import io.deviceward.browser.pages.DeviceImportPage;
import io.deviceward.browser.pages.DeviceListPage;
import io.deviceward.browser.pages.DevicePage;
import io.deviceward.browser.pages.FlowRulesPage;
import io.deviceward.browser.pages.MaintenancePage;
import io.deviceward.browser.pages.MembersPage;
import io.deviceward.browser.pages.MfaPolicyPage;
import io.deviceward.browser.pages.PracticeOverviewPage;
import io.deviceward.browser.pages.PracticeSettingsPage;
import io.deviceward.browser.pages.ProviderMembersPage;
import io.deviceward.browser.pages.ProviderMfaPolicyPage;
import io.deviceward.browser.pages.ProviderOverviewPage;
import io.deviceward.browser.pages.SegmentListPage;
import io.deviceward.browser.pages.SegmentMapPage;
import io.deviceward.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every main page passes axe-core without a serious or critical violation, for a practice manager and for
 * the provider admin (who also sees the provider's pages). All pages are checked before the test fails, so
 * one run lists everything to fix. Dev tools are off in the tested app (vaadin.devmode.devTools.enabled),
 * so what axe sees is what a user's browser gets. Every violation, minor ones too, is listed in
 * target/accessibility/&lt;user&gt;.txt.
 */
@IntegrationTest
class AccessibilityIT extends BrowserTestBase {

    @Test
    void practiceManagersPagesHaveNoSeriousOrCriticalViolations() throws IOException {
        UUID lindenhof = practiceId(LINDENHOF);
        assertThat(signIn("manager.lindenhof")).isEqualTo(PracticeOverviewPage.VIEW);
        assertNoBlockingViolations("manager.lindenhof", practicePages(lindenhof));
    }

    @Test
    void providerAdminsPagesHaveNoSeriousOrCriticalViolations() throws IOException {
        UUID lindenhof = practiceId(LINDENHOF);
        UUID provider = practices.findById(lindenhof).orElseThrow().getProviderId();
        assertThat(signIn("provider.admin")).isEqualTo(ProviderOverviewPage.VIEW);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put(ProviderOverviewPage.path(provider), ProviderOverviewPage.VIEW);
        pages.put(ProviderMfaPolicyPage.path(provider), ProviderMfaPolicyPage.VIEW);
        pages.put(ProviderMembersPage.path(provider), ProviderMembersPage.VIEW);
        pages.putAll(practicePages(lindenhof));
        assertNoBlockingViolations("provider.admin", pages);
    }

    /** The practice's main pages, path to the id of the view that shows there. */
    private Map<String, String> practicePages(UUID practiceId) {
        UUID device = anyDeviceOf(practiceId).id();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put(PracticeOverviewPage.path(practiceId), PracticeOverviewPage.VIEW);
        pages.put(DeviceListPage.path(practiceId), DeviceListPage.VIEW);
        pages.put(DevicePage.path(practiceId, device), DevicePage.VIEW);
        pages.put(DeviceFormPage.editPath(practiceId, device), DeviceFormPage.VIEW);
        pages.put(DeviceFormPage.newPath(practiceId), DeviceFormPage.VIEW);
        pages.put(DeviceImportPage.path(practiceId), DeviceImportPage.VIEW);
        pages.put(MaintenancePage.path(practiceId), MaintenancePage.VIEW);
        pages.put(SegmentListPage.path(practiceId), SegmentListPage.VIEW);
        pages.put(SegmentMapPage.path(practiceId), SegmentMapPage.VIEW);
        pages.put(FlowRulesPage.path(practiceId), FlowRulesPage.VIEW);
        pages.put(MembersPage.path(practiceId), MembersPage.VIEW);
        pages.put(MfaPolicyPage.path(practiceId), MfaPolicyPage.VIEW);
        pages.put(AuditPage.path(practiceId), AuditPage.VIEW);
        pages.put(PracticeSettingsPage.path(practiceId), PracticeSettingsPage.VIEW);
        return pages;
    }

    private void assertNoBlockingViolations(String user, Map<String, String> pages) throws IOException {
        Path report = Path.of("target", "accessibility", user + ".txt");
        Files.deleteIfExists(report);
        List<String> violations = new ArrayList<>();
        pages.forEach((path, viewId) -> {
            browser.open(path, viewId);
            assertThat(browser.devToolsPresent())
                    .as("Vaadin's dev tools on " + path + " (they cover the user menu and are not the app)")
                    .isFalse();
            assertThat(browser.script(
                            "const mains = document.querySelectorAll('main');"
                                    + "return mains.length === 1 && mains[0].contains(document.getElementById(arguments[0]));",
                            viewId))
                    .as("one main landmark holding the page's content on " + path)
                    .isEqualTo(true);
            violations.addAll(Axe.blockingViolations(browser, path, report));
        });
        assertThat(violations)
                .as("serious or critical axe-core violations on " + pages.size() + " pages:\n"
                        + String.join("\n", violations) + "\n")
                .isEmpty();
    }
}
