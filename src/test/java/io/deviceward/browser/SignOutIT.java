package io.deviceward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.browser.pages.DeviceListPage;
import io.deviceward.browser.pages.KeycloakLoginPage;
import io.deviceward.browser.pages.PracticeOverviewPage;
import io.deviceward.browser.pages.Shell;
import io.deviceward.browser.pages.SignedOutPage;
import io.deviceward.browser.pages.Views;
import io.deviceward.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Signing out ends both the app's session and Keycloak's single sign-on session: nothing of the app
 * comes back through the history or a bookmarked URL, and the next visit asks for the password.
 */
@IntegrationTest
class SignOutIT extends BrowserTestBase {

    @Test
    void afterSignOutNeitherBackNorADirectUrlShowsTheApp() {
        UUID lindenhof = practiceId(LINDENHOF);
        assertThat(signIn("manager.lindenhof")).isEqualTo(PracticeOverviewPage.VIEW);
        DeviceListPage.open(browser, lindenhof).waitForDevice("Autoclave Room 2");

        SignedOutPage signedOut = shell().signOut();
        assertThat(browser.path()).isEqualTo(SignedOutPage.PATH);
        assertThat(signedOut.offersSignInAgain()).isTrue();
        assertNoAppContent();

        browser.driver().navigate().back();
        endsSignedOut("going back in the history");

        browser.open(DeviceListPage.path(lindenhof));
        endsSignedOut("opening a practice URL directly");
        assertThat(keycloak().isShown())
                .as("a practice URL asks for the password again")
                .isTrue();
    }

    @Test
    void afterSignOutTheStartPageAsksForThePasswordAgain() {
        assertThat(signIn("staff.lindenhof")).isEqualTo(PracticeOverviewPage.VIEW);
        shell().signOut();

        browser.open("/");
        keycloak().waitUntilShown();
        assertNoAppContent();

        // The signed-out page's own link leads to the login form as well, not silently back in.
        browser.driver().navigate().back();
        new SignedOutPage(browser).signInAgain().waitUntilShown();
        assertNoAppContent();
    }

    private KeycloakLoginPage keycloak() {
        return new KeycloakLoginPage(browser);
    }

    /** Waits for the end state, the Keycloak login form or the signed-out page, and checks no app content shows. */
    private void endsSignedOut(String after) {
        browser.waitUntil(
                "the login form or the signed-out page after " + after,
                d -> keycloak().isShown() || SignedOutPage.isShown(browser));
        assertNoAppContent();
    }

    private void assertNoAppContent() {
        assertThat(Views.present(browser))
                .as("views shown at " + browser.currentUrl())
                .isSubsetOf(SignedOutPage.VIEW);
        assertThat(Shell.isPresent(browser))
                .as("the app's layout at " + browser.currentUrl())
                .isFalse();
        assertThat(browser.pageSource()).doesNotContain(LINDENHOF).doesNotContain("Autoclave Room 2");
    }
}
