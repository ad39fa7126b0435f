package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;

/**
 * What a page answers while the database is unreachable: DeviceWard's own page (root id registry-unavailable,
 * served as the response itself, without the main layout), not Vaadin's internal error.
 */
public final class RegistryUnavailablePage {
    public static final String VIEW = "registry-unavailable";

    private final Browser browser;

    private RegistryUnavailablePage(Browser browser) {
        this.browser = browser;
    }

    /** Loads a URL of the app as a full page load; the page is the server's answer, so nothing is waited for. */
    public static RegistryUnavailablePage load(Browser browser, String url) {
        browser.driver().get(url);
        return new RegistryUnavailablePage(browser);
    }

    /** The page as the browser got it. */
    public String source() {
        return browser.pageSource();
    }
}
