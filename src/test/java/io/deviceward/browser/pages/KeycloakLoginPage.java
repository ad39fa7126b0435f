package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Keycloak's sign-in pages (on localhost:8181, not a Vaadin view): the username and password form, and the form
 * that asks for the authenticator code. Signing in as a whole starts at the app, which sends the browser here.
 */
public final class KeycloakLoginPage {
    private static final By USERNAME = By.id("username");
    private static final By PASSWORD = By.id("password");
    private static final By CODE = By.id("otp");
    private static final By SUBMIT = By.id("kc-login");

    private final Browser browser;

    public KeycloakLoginPage(Browser browser) {
        this.browser = browser;
    }

    /**
     * Opens the app, which sends the browser to Keycloak's login page; fills it in and waits until the browser is
     * back on the app with a view rendered. Returns the id of that view.
     */
    public String signIn(String username) {
        return signIn(username, Browser.PASSWORD);
    }

    /** Signs in with this password (an invited user's own, say); see {@link #signIn(String)}. */
    public String signIn(String username, String password) {
        browser.open("/");
        enterPassword(username, password);
        browser.waitUntil(
                "back on the app after signing in as " + username,
                d -> browser.currentUrl().startsWith(Browser.APP + "/")
                        && !browser.currentUrl().startsWith(Browser.APP + "/login"));
        return Views.waitForAny(browser);
    }

    /** Whether the browser shows Keycloak's login form (the username field on a localhost:8181 page). */
    public boolean isShown() {
        return browser.currentUrl().startsWith(Browser.KEYCLOAK + "/") && browser.isPresent(USERNAME);
    }

    /** Waits for Keycloak's login form. */
    public KeycloakLoginPage waitUntilShown() {
        browser.waitUntil("Keycloak's login form", d -> isShown());
        return this;
    }

    /** Waits for the login form, enters username and password and submits them. */
    public void enterPassword(String username, String password) {
        waitUntilShown();
        WebElement user = browser.driver().findElement(USERNAME);
        user.clear();
        user.sendKeys(username);
        WebElement secret = browser.driver().findElement(PASSWORD);
        secret.clear();
        secret.sendKeys(password);
        browser.driver().findElement(SUBMIT).click();
    }

    /** Waits until Keycloak asks for the authenticator code. */
    public KeycloakLoginPage waitForCodePrompt() {
        browser.waitFor(CODE);
        return this;
    }

    /** Whether the page asks for the password too (not only the code); does not wait. */
    public boolean asksForPassword() {
        return browser.isPresent(PASSWORD);
    }

    /** Waits for the code prompt, enters the code and submits it. */
    public void enterCode(String code) {
        waitForCodePrompt();
        browser.driver().findElement(CODE).sendKeys(code);
        browser.driver().findElement(SUBMIT).click();
    }

    /** Waits until Keycloak says the code was wrong. */
    public void waitForCodeRefused() {
        browser.waitUntil(
                "Keycloak to refuse the code", d -> browser.pageSource().contains("Invalid authenticator code"));
    }
}
