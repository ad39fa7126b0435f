package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.util.UUID;
import org.openqa.selenium.By;

/** The flow matrix (/practices/{id}/segments/matrix): a cell per pair of segments with an allowed flow. */
public final class FlowMatrixPage extends Page {
    public static final String VIEW = "flow-matrix";

    /** Waits until the flow matrix is shown. */
    public FlowMatrixPage(Browser browser) {
        super(browser, VIEW);
    }

    public static String path(UUID practiceId) {
        return practicePath(practiceId, "/segments/matrix");
    }

    public static FlowMatrixPage open(Browser browser, UUID practiceId) {
        browser.open(path(practiceId));
        return new FlowMatrixPage(browser);
    }

    private static String cell(UUID from, UUID to) {
        return "cell-s-" + from + "-s-" + to;
    }

    /** What the cell from one segment to another says ("tcp 443"), once it is there. */
    public String cellText(UUID from, UUID to) {
        return text(cell(from, to));
    }

    /** Whether there is a cell from one segment to another (an allowed flow); does not wait. */
    public boolean hasCell(UUID from, UUID to) {
        return !browser.driver().findElements(By.id(cell(from, to))).isEmpty();
    }

    /** Clicks the cell: the rules behind it open. */
    public FlowRulesPage openCell(UUID from, UUID to) {
        find(cell(from, to)).click();
        return new FlowRulesPage(browser);
    }
}
