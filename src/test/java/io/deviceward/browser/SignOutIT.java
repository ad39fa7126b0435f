package io.deviceward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Signing out ends both the app's session and Keycloak's single sign-on session: nothing of the app
 * comes back through the history or a bookmarked URL, and the next visit asks for the password.
 */
@IntegrationTest
class SignOutIT extends BrowserTestBase {

    @Test
    void afterSignOutNeitherBackNorADirectUrlShowsTheApp() {
        UUID lindenhof = practiceId(LINDENHOF);
        assertThat(browser.signIn("manager.lindenhof")).isEqualTo("practice-overview");
        browser.open("/practices/" + lindenhof + "/devices", "device-list");
        browser.waitForGridCell("devices-grid", "Autoclave Room 2");

        browser.signOut();
        assertThat(browser.path()).isEqualTo("/signed-out");
        assertThat(browser.isPresent(By.id("sign-in-again"))).isTrue();
        assertNoAppContent();

        browser.driver().navigate().back();
        endsSignedOut("going back in the history");

        browser.open("/practices/" + lindenhof + "/devices");
        endsSignedOut("opening a practice URL directly");
        assertThat(browser.onKeycloakLogin())
                .as("a practice URL asks for the password again")
                .isTrue();
    }

    @Test
    void afterSignOutTheStartPageAsksForThePasswordAgain() {
        assertThat(browser.signIn("staff.lindenhof")).isEqualTo("practice-overview");
        browser.signOut();

        browser.open("/");
        browser.waitForKeycloakLogin();
        assertNoAppContent();

        // The signed-out page's own link leads to the login form as well, not silently back in.
        browser.driver().navigate().back();
        browser.waitForView("signed-out");
        browser.clickWhenReady(By.id("sign-in-again"));
        browser.waitForKeycloakLogin();
        assertNoAppContent();
    }

    /** Waits for the end state, the Keycloak login form or the signed-out page, and checks no app content shows. */
    private void endsSignedOut(String after) {
        browser.waitUntil(
                "the login form or the signed-out page after " + after,
                d -> browser.onKeycloakLogin()
                        || (browser.path().startsWith("/signed-out") && browser.isPresent(By.id("signed-out"))));
        assertNoAppContent();
    }

    private void assertNoAppContent() {
        for (String view : Browser.VIEW_IDS) {
            if (!view.equals("signed-out")) {
                assertThat(browser.isPresent(By.id(view)))
                        .as("view " + view + " shown at " + browser.currentUrl())
                        .isFalse();
            }
        }
        assertThat(browser.isPresent(By.tagName("vaadin-app-layout")))
                .as("the app's layout at " + browser.currentUrl())
                .isFalse();
        assertThat(browser.pageSource()).doesNotContain(LINDENHOF).doesNotContain("Autoclave Room 2");
    }
}
