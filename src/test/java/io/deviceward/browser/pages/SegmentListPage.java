package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.util.UUID;

/** A practice's network segments (/practices/{id}/segments). */
public final class SegmentListPage extends Page {
    public static final String VIEW = "segment-list";

    /** Waits until the segments are shown. */
    public SegmentListPage(Browser browser) {
        super(browser, VIEW);
    }

    public static String path(UUID practiceId) {
        return practicePath(practiceId, "/segments");
    }
}
