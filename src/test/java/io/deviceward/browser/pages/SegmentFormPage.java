package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;

/** A segment (/practices/{id}/segments/{segment}): its details and the devices in it. */
public final class SegmentFormPage extends Page {
    public static final String VIEW = "segment-form";

    private static final String DEVICES = "segment-devices";

    /** Waits until a segment is shown. */
    public SegmentFormPage(Browser browser) {
        super(browser, VIEW);
    }

    /** Waits until the segment's devices include this one. */
    public void waitForDevice(String name) {
        grid(DEVICES).waitForCell(name);
    }
}
