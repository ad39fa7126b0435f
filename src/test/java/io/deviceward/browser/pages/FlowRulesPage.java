package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.util.UUID;

/** The flow rules (/practices/{id}/segments/flows), narrowed to one pair of segments when opened from the map. */
public final class FlowRulesPage extends Page {
    public static final String VIEW = "flow-rules";

    private static final String NARROWED = "flow-rules-narrowed";
    private static final String RULES = "flow-rules-grid";

    /** Waits until the flow rules are shown. */
    public FlowRulesPage(Browser browser) {
        super(browser, VIEW);
    }

    public static String path(UUID practiceId) {
        return practicePath(practiceId, "/segments/flows");
    }

    /** What the rules are narrowed to ("Allowed from … to …: 1 rule"). */
    public String narrowedTo() {
        return text(NARROWED);
    }

    /** Waits until the grid lists a rule with this cell (its purpose, say). */
    public void waitForRule(String cellText) {
        grid(RULES).waitForCell(cellText);
    }
}
