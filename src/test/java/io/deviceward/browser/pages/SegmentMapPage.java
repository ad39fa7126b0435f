package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The segment map (/practices/{id}/segments/map): an SVG diagram with a box per segment and an arrow per allowed
 * flow, each a link (box "seg-s-{segment}", arrow "flow-s-{from}-s-{to}"), and whether the map was reviewed.
 */
public final class SegmentMapPage extends Page {
    public static final String VIEW = "segment-map";

    private static final By FLOW_ARROWS = By.cssSelector("#segment-map-diagram svg a.flow");
    private static final String REVIEW = "segment-map-review";

    /** Waits until the segment map is shown. */
    public SegmentMapPage(Browser browser) {
        super(browser, VIEW);
    }

    public static String path(UUID practiceId) {
        return practicePath(practiceId, "/segments/map");
    }

    public static SegmentMapPage open(Browser browser, UUID practiceId) {
        browser.open(path(practiceId));
        return new SegmentMapPage(browser);
    }

    private static String box(UUID segmentId) {
        return "seg-s-" + segmentId;
    }

    private static String arrow(UUID from, UUID to) {
        return "flow-s-" + from + "-s-" + to;
    }

    /** The text in a segment's box (its name, its number of devices), once the box is there. */
    public String boxText(UUID segmentId) {
        return find(box(segmentId)).getDomProperty("textContent");
    }

    /** How many flow arrows the diagram has now; does not wait. */
    public int flowArrows() {
        return browser.driver().findElements(FLOW_ARROWS).size();
    }

    /** What the page says about the map's last review. */
    public String review() {
        return text(REVIEW);
    }

    /** Clicks a segment's box: the segment opens. */
    public SegmentFormPage openSegment(UUID segmentId) {
        clickShape(By.cssSelector("#" + box(segmentId) + " rect"));
        return new SegmentFormPage(browser);
    }

    /** Clicks the arrow of a flow: the rules behind it open. */
    public FlowRulesPage openFlow(UUID from, UUID to) {
        clickShape(By.cssSelector("#" + arrow(from, to) + " path"));
        return new FlowRulesPage(browser);
    }

    /** SVG links are clicked as a person does, by a mouse event on the shape. */
    private void clickShape(By shape) {
        WebElement element = browser.waitFor(shape);
        js().executeScript(
                        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}));",
                        element);
    }
}
