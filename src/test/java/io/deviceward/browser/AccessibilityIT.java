package io.deviceward.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.By;

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
        assertThat(browser.signIn("manager.lindenhof")).isEqualTo("practice-overview");
        assertNoBlockingViolations("manager.lindenhof", practicePages(lindenhof));
    }

    @Test
    void providerAdminsPagesHaveNoSeriousOrCriticalViolations() throws IOException {
        UUID lindenhof = practiceId(LINDENHOF);
        UUID provider = practices.findById(lindenhof).orElseThrow().getProviderId();
        assertThat(browser.signIn("provider.admin")).isEqualTo("provider-overview");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/providers/" + provider, "provider-overview");
        pages.put("/providers/" + provider + "/sign-in-security", "provider-mfa-policy");
        pages.put("/providers/" + provider + "/members", "provider-members");
        pages.putAll(practicePages(lindenhof));
        assertNoBlockingViolations("provider.admin", pages);
    }

    /** The practice's main pages, path to the id of the view that shows there. */
    private Map<String, String> practicePages(UUID practiceId) {
        String practice = "/practices/" + practiceId;
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put(practice, "practice-overview");
        pages.put(practice + "/devices", "device-list");
        pages.put(practice + "/devices/" + anyDeviceOf(practiceId).id(), "device-page");
        pages.put(practice + "/devices/" + anyDeviceOf(practiceId).id() + "/edit", "device-form");
        pages.put(practice + "/devices/new", "device-form");
        pages.put(practice + "/devices/import", "device-import");
        pages.put(practice + "/maintenance", "maintenance");
        pages.put(practice + "/segments", "segment-list");
        pages.put(practice + "/segments/map", "segment-map");
        pages.put(practice + "/segments/flows", "flow-rules");
        pages.put(practice + "/members", "members");
        pages.put(practice + "/sign-in-security", "mfa-policy");
        pages.put(practice + "/audit", "audit");
        pages.put(practice + "/settings", "practice-settings");
        return pages;
    }

    private void assertNoBlockingViolations(String user, Map<String, String> pages) throws IOException {
        Path report = Path.of("target", "accessibility", user + ".txt");
        Files.deleteIfExists(report);
        List<String> violations = new ArrayList<>();
        pages.forEach((path, viewId) -> {
            browser.open(path, viewId);
            assertThat(browser.isPresent(By.cssSelector("vaadin-dev-tools, copilot-main")))
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
