package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;

/** The page for someone signed in without an active membership anywhere (/no-access). */
public final class NoAccessPage extends Page {
    public static final String VIEW = "no-access";

    /** Waits until this page is shown. */
    public NoAccessPage(Browser browser) {
        super(browser, VIEW);
    }

    /** Loads a path (by URL, as a bookmark would) and waits for this page. */
    public static NoAccessPage openedAt(Browser browser, String path) {
        browser.open(path);
        return new NoAccessPage(browser);
    }
}
