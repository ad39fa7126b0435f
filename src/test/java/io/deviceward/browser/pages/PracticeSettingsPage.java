package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.util.UUID;

/** A practice's settings (/practices/{id}/settings): its name and details, saved by those who may. */
public final class PracticeSettingsPage extends Page {
    public static final String VIEW = "practice-settings";

    private static final String NAME = "practice-name";
    private static final String SAVE = "save-practice";

    /** Waits until the practice's settings are shown. */
    public PracticeSettingsPage(Browser browser) {
        super(browser, VIEW);
    }

    public static String path(UUID practiceId) {
        return practicePath(practiceId, "/settings");
    }

    public static PracticeSettingsPage open(Browser browser, UUID practiceId) {
        browser.open(path(practiceId));
        return new PracticeSettingsPage(browser);
    }

    public boolean canSave() {
        return isShown(SAVE);
    }

    public boolean isNameReadOnly() {
        return browser.isReadOnly(NAME);
    }
}
