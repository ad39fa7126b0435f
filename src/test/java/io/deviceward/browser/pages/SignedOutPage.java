package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import org.openqa.selenium.By;

/** The page Keycloak sends the browser to after signing out (/signed-out), with a link to sign in again. */
public final class SignedOutPage extends Page {
    public static final String VIEW = "signed-out";
    public static final String PATH = "/signed-out";

    private static final String SIGN_IN_AGAIN = "sign-in-again";

    /** Waits until the signed-out page is shown. */
    public SignedOutPage(Browser browser) {
        super(browser, VIEW);
    }

    /** Whether the browser is on the signed-out page now; does not wait. */
    public static boolean isShown(Browser browser) {
        return browser.path().startsWith(PATH) && browser.isPresent(By.id(VIEW));
    }

    /** Whether the page has its link to sign in again; does not wait. */
    public boolean offersSignInAgain() {
        return isPresent(SIGN_IN_AGAIN);
    }

    /** Follows the link to sign in again (which leads to Keycloak's login form). */
    public KeycloakLoginPage signInAgain() {
        click(SIGN_IN_AGAIN);
        return new KeycloakLoginPage(browser);
    }
}
