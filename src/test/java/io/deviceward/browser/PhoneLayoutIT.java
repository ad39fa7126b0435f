package io.deviceward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.browser.pages.AuditPage;
import io.deviceward.browser.pages.DeviceListPage;
import io.deviceward.browser.pages.KeycloakLoginPage;
import io.deviceward.browser.pages.MaintenancePage;
import io.deviceward.browser.pages.MembersPage;
import io.deviceward.browser.pages.PracticeOverviewPage;
import io.deviceward.browser.pages.ProviderOverviewPage;
import io.deviceward.browser.pages.SegmentListPage;
import io.deviceward.browser.pages.Shell;
import io.deviceward.support.IntegrationTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * On a phone (390 × 844, the size the issue was tried at) the user menu stays on screen and works — the account
 * link is there and sign-out signs out — and no main page is wider than the screen. Leaves screenshots of the
 * practice overview and the device list in target/screenshots/.
 */
@IntegrationTest
class PhoneLayoutIT extends BrowserTestBase {
    static final int WIDTH = 390;
    static final int HEIGHT = 844;
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * The document, the app layout's scrolling content area and its navbar may not scroll sideways. Returns
     * what overflows, with the elements that stick out past the right edge (grids scroll inside themselves
     * and are left out), or an empty string.
     */
    private static final String OVERFLOW = """
            const width = window.innerWidth;
            const problems = [];
            const doc = document.documentElement;
            if (doc.scrollWidth > width) problems.push('document ' + doc.scrollWidth + ' px wide, viewport ' + width);
            const layout = document.querySelector('vaadin-app-layout');
            if (layout && layout.shadowRoot) {
              for (const part of ['content', 'navbar']) {
                const el = layout.shadowRoot.querySelector('[part~="' + part + '"]');
                if (el && el.scrollWidth > el.clientWidth) {
                  problems.push(part + ' ' + el.scrollWidth + ' px wide, room for ' + el.clientWidth);
                }
              }
            }
            if (problems.length === 0) return '';
            const sticking = [];
            for (const el of document.querySelectorAll('body *')) {
              if (el.closest('vaadin-grid')) continue;
              const r = el.getBoundingClientRect();
              if (r.width > 0 && r.right > width + 1) {
                sticking.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().replace(/\\s+/g, '.') : '')
                    + ' right=' + Math.round(r.right) + ' width=' + Math.round(r.width));
              }
              if (sticking.length >= 15) break;
            }
            return problems.join('; ') + '\\n  sticking out: ' + sticking.join('\\n    ');""";

    @BeforeEach
    void phone() {
        browser.emulatePhone(WIDTH, HEIGHT);
    }

    @Test
    void practiceManagersMainPagesFitThePhoneAndSignOutIsInReach() {
        UUID lindenhof = practiceId(LINDENHOF);
        assertThat(signIn("manager.lindenhof")).isEqualTo(PracticeOverviewPage.VIEW);
        assertThat(browser.script("return window.innerWidth;")).isEqualTo((long) WIDTH);

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put(PracticeOverviewPage.path(lindenhof), PracticeOverviewPage.VIEW);
        pages.put(DeviceListPage.path(lindenhof), DeviceListPage.VIEW);
        pages.put(MaintenancePage.path(lindenhof), MaintenancePage.VIEW);
        pages.put(SegmentListPage.path(lindenhof), SegmentListPage.VIEW);
        pages.put(MembersPage.path(lindenhof), MembersPage.VIEW);
        pages.put(AuditPage.path(lindenhof), AuditPage.VIEW);
        List<String> violations = new ArrayList<>();
        pages.forEach((path, view) -> {
            browser.open(path, view);
            assertFitsTheScreen(path);
            assertUserMenuOnScreen(path);
            // The phone's bar hides the user's name: the avatar-only menu button must still have a name, etc.
            violations.addAll(Axe.blockingViolations(
                    browser, path + " at 390 px", Path.of("target", "accessibility", "phone.txt")));
        });
        assertThat(violations)
                .as("serious or critical axe-core violations at 390 px:\n" + String.join("\n", violations))
                .isEmpty();

        PracticeOverviewPage.open(browser, lindenhof);
        browser.saveScreenshot(SCREENSHOTS.resolve("phone-practice-overview.png"));
        DeviceListPage.open(browser, lindenhof).waitForDevice("Autoclave Room 2");
        browser.saveScreenshot(SCREENSHOTS.resolve("phone-device-list.png"));

        // The menu opens on screen with the account link and sign-out, and sign-out signs out.
        Shell shell = shell().openUserMenu();
        assertOnScreen(shell.accountLink(), "the account link");
        assertOnScreen(shell.signOutItem(), "sign-out");
        shell.chooseSignOut();
        browser.open(PracticeOverviewPage.path(lindenhof));
        new KeycloakLoginPage(browser).waitUntilShown();
    }

    @Test
    void onProviderPagesThePracticeSwitcherSaysWhatItIsFor() {
        assertThat(signIn("provider.admin")).isEqualTo(ProviderOverviewPage.VIEW);
        assertFitsTheScreen(browser.path());
        assertUserMenuOnScreen(browser.path());
        WebElement switcher = shell().practiceSwitcher();
        assertOnScreen(switcher, "the practice switcher");
        assertThat(switcher.getDomProperty("placeholder")).isEqualTo("Choose a practice");
        assertThat(switcher.getDomProperty("accessibleName")).isEqualTo("Practice");
        assertThat(shell().practiceSwitcherText())
                .as("an empty switcher shows its placeholder, not a blank grey box")
                .contains("Choose a practice");
    }

    private void assertFitsTheScreen(String path) {
        assertThat((String) browser.script(OVERFLOW))
                .as("horizontal overflow at 390 px on " + path)
                .isEmpty();
        assertThat((Long) browser.script("return document.documentElement.scrollWidth;"))
                .as("document width on " + path)
                .isLessThanOrEqualTo((Long) browser.script("return window.innerWidth;"));
    }

    private void assertUserMenuOnScreen(String path) {
        assertOnScreen(shell().userMenuButton(), "the user menu on " + path);
        // Not tucked into the menu bar's overflow ("…") button: the menu's own button is the one shown.
        assertThat(shell().userMenuButtonIsShownItself())
                .as("the user menu button shown on " + path)
                .isTrue();
    }

    private void assertOnScreen(WebElement element, String what) {
        // On a phone the menu opens as a sheet that slides up: give it a moment to settle before measuring.
        long settleBy = System.nanoTime() + 5_000_000_000L;
        while (!onScreen(element) && System.nanoTime() < settleBy) {
            browser.script("return new Promise(done => setTimeout(done, 100));");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> rect = (Map<String, Object>) browser.script(
                "const r = arguments[0].getBoundingClientRect();"
                        + "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};",
                element);
        double left = ((Number) rect.get("left")).doubleValue();
        double right = ((Number) rect.get("right")).doubleValue();
        double top = ((Number) rect.get("top")).doubleValue();
        double bottom = ((Number) rect.get("bottom")).doubleValue();
        assertThat(List.of(left >= 0, right <= WIDTH, top >= 0, bottom <= HEIGHT, right > left))
                .as(what + " within the 390 × 844 screen, at " + rect)
                .containsOnly(true);
    }

    private boolean onScreen(WebElement element) {
        return Boolean.TRUE.equals(browser.script(
                "const r = arguments[0].getBoundingClientRect();"
                        + "return r.left >= 0 && r.top >= 0 && r.right <= arguments[1] && r.bottom <= arguments[2]"
                        + " && r.right > r.left;",
                element,
                WIDTH,
                HEIGHT));
    }
}
