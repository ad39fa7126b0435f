package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;

/** What another practice's, or no practice's, page answers: nothing of it is named. */
public final class NotFoundPage extends Page {
    public static final String VIEW = "not-found";

    /** Waits until this page is shown. */
    public NotFoundPage(Browser browser) {
        super(browser, VIEW);
    }

    /** Loads a path (by URL, as a bookmark would) and waits for this page. */
    public static NotFoundPage openedAt(Browser browser, String path) {
        browser.open(path);
        return new NotFoundPage(browser);
    }
}
