package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The main layout around every signed-in view: the navbar's practice switcher and user menu (role, account link,
 * language, sign-out), and the notice the step-up gate shows over a practice's page during a grace period.
 */
public final class Shell extends Page {
    static final String PRACTICE_SWITCHER = "practice-switcher";
    static final String USER_MENU_BUTTON = "user-menu-button";
    static final String USER_ROLE = "user-role";
    static final String ACCOUNT_CONSOLE = "account-console";
    static final String LANGUAGE_MENU = "language-menu";
    static final String SIGN_OUT = "sign-out";
    static final String SET_UP_SECOND_FACTOR = "mfa-set-up-now";

    public Shell(Browser browser) {
        super(browser);
    }

    /** Whether the app's layout is in the page at all; does not wait. */
    public static boolean isPresent(Browser browser) {
        return browser.isPresent(By.tagName("vaadin-app-layout"));
    }

    // ---- the user menu ------------------------------------------------------------------------------

    /** Opens the user menu; waits until its items (role, account link, sign-out) are there. */
    public Shell openUserMenu() {
        click(USER_MENU_BUTTON);
        find(SIGN_OUT);
        return this;
    }

    /** The user menu's button, once shown. */
    public WebElement userMenuButton() {
        return waitForVisible(USER_MENU_BUTTON);
    }

    /**
     * Whether the user menu's own button is shown, not tucked into the menu bar's overflow ("…") button: no hidden
     * attribute, not visibility hidden.
     */
    public boolean userMenuButtonIsShownItself() {
        return Boolean.TRUE.equals(browser.script(
                "const b = document.getElementById(arguments[0]);"
                        + "return !b.hasAttribute('hidden') && getComputedStyle(b).visibility !== 'hidden';",
                USER_MENU_BUTTON));
    }

    /** In the open user menu: the line that tells the role here ("Role here: …"). */
    public String roleHere() {
        return text(USER_ROLE);
    }

    /** In the open user menu: the link to Keycloak's account console, once shown. */
    public WebElement accountLink() {
        return waitForVisible(ACCOUNT_CONSOLE);
    }

    /** In the open user menu: the sign-out item, once shown. */
    public WebElement signOutItem() {
        return waitForVisible(SIGN_OUT);
    }

    /** Signs out through the user menu; Keycloak sends the browser to the signed-out page. */
    public SignedOutPage signOut() {
        openUserMenu();
        return chooseSignOut();
    }

    /** In the open user menu: chooses sign-out and waits for the signed-out page. */
    public SignedOutPage chooseSignOut() {
        click(SIGN_OUT);
        return new SignedOutPage(browser);
    }

    /** Chooses a language ("de", "en") in the user menu; the page reloads in it. */
    public void chooseLanguage(String language) {
        openUserMenu();
        click(LANGUAGE_MENU);
        click("language-" + language);
    }

    // ---- the practice switcher ----------------------------------------------------------------------

    /** Chooses a practice in the navbar's switcher, as a person would. */
    public void switchToPractice(String name) {
        browser.hideDevTools();
        browser.chooseInSelect(PRACTICE_SWITCHER, name);
    }

    /** The practice the switcher shows. */
    public String currentPractice() {
        return browser.selectedLabel(PRACTICE_SWITCHER);
    }

    /** The switcher itself, once shown (its placeholder and accessible name are properties of it). */
    public WebElement practiceSwitcher() {
        return waitForVisible(PRACTICE_SWITCHER);
    }

    /** What the switcher's value button shows: the practice, or the placeholder when none is chosen. */
    public String practiceSwitcherText() {
        return browser.waitFor(By.cssSelector("#" + PRACTICE_SWITCHER + " vaadin-select-value-button"))
                .getText();
    }

    // ---- the second-factor notice -------------------------------------------------------------------

    /** Waits for the grace period's notice (Vaadin renders it in an overlay card). */
    public void waitForSecondFactorNotice() {
        find(SET_UP_SECOND_FACTOR);
    }

    /** The notice's "Set it up now": straight to Keycloak's OTP set-up. */
    public KeycloakOtpSetupPage setUpSecondFactorNow() {
        click(SET_UP_SECOND_FACTOR);
        return new KeycloakOtpSetupPage(browser);
    }
}
