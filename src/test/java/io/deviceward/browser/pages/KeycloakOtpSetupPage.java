package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import org.openqa.selenium.By;

/** Keycloak's page that has someone set up an authenticator app (OTP) before they may go on. */
public final class KeycloakOtpSetupPage {
    private static final By SHOW_KEY = By.id("mode-manual");
    private static final By KEY = By.id("kc-totp-secret-key");
    private static final By CODE = By.id("totp");
    private static final By DEVICE_NAME = By.id("userLabel");
    private static final By SAVE = By.id("saveTOTPBtn");

    private final Browser browser;

    /** Waits until the set-up page is shown (its "Unable to scan?" link). */
    public KeycloakOtpSetupPage(Browser browser) {
        this.browser = browser;
        browser.waitFor(SHOW_KEY);
    }

    /** "Unable to scan?": shows the key as text, and returns it. */
    public String showKey() {
        browser.clickWhenReady(SHOW_KEY);
        return browser.waitFor(KEY).getText();
    }

    /** Enters a first code and a name for the device, and saves. */
    public void finish(String code, String deviceName) {
        browser.driver().findElement(CODE).sendKeys(code);
        browser.driver().findElement(DEVICE_NAME).sendKeys(deviceName);
        browser.driver().findElement(SAVE).click();
    }
}
