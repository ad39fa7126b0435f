package io.deviceward.browser.pages;

/**
 * The cards the maintenance pages list tasks as (class task-card, the task's title in a span, a link to record
 * it). Shared by the practice's maintenance, someone's own tasks and the provider's maintenance.
 */
final class TaskCards {
    private TaskCards() {}

    /** XPath of a card whose title contains this, anywhere in the page. */
    static String card(String title) {
        return "//div[contains(@class,'task-card')][.//span[contains(.," + Page.xpathLiteral(title) + ")]]";
    }

    /** XPath of a card whose title contains this, in the section with this id. */
    static String cardIn(String sectionId, String title) {
        return "//div[@id=" + Page.xpathLiteral(sectionId) + "]" + card(title);
    }
}
