package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import org.openqa.selenium.By;

/** Keycloak's page an invitation email's link leads to: the invitee sets their password. */
public final class KeycloakPasswordSetupPage {
    private static final By NEW_PASSWORD = By.id("password-new");
    private static final By CONFIRM = By.id("password-confirm");
    private static final By SUBMIT = By.cssSelector("[type=submit]");

    private final Browser browser;

    private KeycloakPasswordSetupPage(Browser browser) {
        this.browser = browser;
    }

    /**
     * Follows the email's link and waits for the set-password form; Keycloak may first ask to confirm the actions
     * ("Click here to proceed"), which is confirmed.
     */
    public static KeycloakPasswordSetupPage follow(Browser browser, String link) {
        browser.driver().get(link);
        browser.waitUntil("Keycloak's set-password form", d -> {
            if (browser.isPresent(NEW_PASSWORD)) return true;
            d.findElements(By.partialLinkText("proceed")).stream().findFirst().ifPresent(a -> a.click());
            return false;
        });
        return new KeycloakPasswordSetupPage(browser);
    }

    /** Enters the password twice, submits, and waits until Keycloak has done the actions. */
    public void setPassword(String password) {
        browser.driver().findElement(NEW_PASSWORD).sendKeys(password);
        browser.driver().findElement(CONFIRM).sendKeys(password);
        browser.driver().findElement(SUBMIT).click();
        browser.waitUntil("the actions to be done", d -> !browser.isPresent(NEW_PASSWORD));
    }
}
