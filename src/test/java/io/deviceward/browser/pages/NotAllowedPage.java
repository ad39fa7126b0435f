package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;

/** What a page the role may not use answers (a form opened by URL by someone who may only read). */
public final class NotAllowedPage extends Page {
    public static final String VIEW = "not-allowed";

    /** Waits until this page is shown. */
    public NotAllowedPage(Browser browser) {
        super(browser, VIEW);
    }

    /** Loads a path (by URL, as a bookmark would) and waits for this page. */
    public static NotAllowedPage openedAt(Browser browser, String path) {
        browser.open(path);
        return new NotAllowedPage(browser);
    }
}
