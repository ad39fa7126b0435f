package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A vaadin-grid, by its id: the rows it renders (as the texts of their cells), a cell with some text, the
 * selection checkbox of a row, its column chooser. Used by the page objects, which know which grid and which
 * column holds what.
 */
final class Grid {
    private final Browser browser;
    private final String id;

    Grid(Browser browser, String id) {
        this.browser = browser;
        this.id = id;
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    /** A cell whose whole text is this (XPath on the light-DOM cell contents). */
    By cell(String text) {
        return By.xpath("//vaadin-grid[@id=" + Browser.xpathLiteral(id)
                + "]//vaadin-grid-cell-content[normalize-space()=" + Browser.xpathLiteral(text) + "]");
    }

    /** A link in the grid whose text is this. */
    By link(String text) {
        return By.xpath("//vaadin-grid[@id=" + Browser.xpathLiteral(id) + "]//a[normalize-space()="
                + Browser.xpathLiteral(text) + "]");
    }

    /** Waits for a cell whose whole text is this. */
    WebElement waitForCell(String text) {
        return browser.waitFor(cell(text));
    }

    /** Clicks the cell whose whole text is this, once it is there. */
    void clickCell(String text) {
        browser.clickWhenReady(cell(text));
    }

    /**
     * The rows the grid shows, each as the texts of its cells in column order (a multi-select grid's checkbox
     * column gives ""). Only rows the grid counts (index below its size) and has data for; null while loading.
     */
    @SuppressWarnings("unchecked")
    List<List<String>> rows() {
        Object result = js().executeScript("""
                const grid = document.getElementById(arguments[0]);
                if (!grid || !grid.shadowRoot) return null;
                if (grid.loading) return null;
                const rows = [...grid.shadowRoot.querySelectorAll('#items tr')]
                    .filter(r => !r.hidden && typeof r.index === 'number' && r.index < grid.size)
                    .sort((a, b) => a.index - b.index);
                return rows.map(r => [...r.querySelectorAll('td')].map(td => {
                    const slot = td.querySelector('slot');
                    const content = slot && slot.assignedElements()[0];
                    return content ? content.textContent.trim() : '';
                }));""", id);
        return result == null ? null : (List<List<String>>) result;
    }

    /** Waits until the rows satisfy the condition (and the client is idle); returns them. */
    List<List<String>> waitForRows(String what, Predicate<List<List<String>>> condition) {
        browser.waitUntilIdle();
        return browser.waitUntil(what + " in grid " + id + " (rows now: " + describe() + ")", d -> {
            List<List<String>> rows = rows();
            return rows != null && condition.test(rows) ? rows : null;
        });
    }

    /** Waits until the grid shows exactly rows whose given column holds these texts (any order). */
    List<List<String>> waitForColumnValues(int column, List<String> expected) {
        return waitForRows(
                "exactly " + expected + " in column " + column,
                rows -> rows.stream()
                        .map(r -> r.size() > column ? r.get(column) : null)
                        .sorted()
                        .toList()
                        .equals(expected.stream().sorted().toList()));
    }

    String describe() {
        try {
            List<List<String>> rows = rows();
            return rows == null
                    ? "not loaded"
                    : rows.stream().map(r -> String.join(" | ", r)).collect(Collectors.joining("; ", "[", "]"));
        } catch (RuntimeException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    /** Ticks the selection checkbox of the row that has a cell with exactly this text. */
    void selectRow(String cellText) {
        browser.hideDevTools();
        WebElement checkbox = browser.waitUntil("the selection checkbox of row '" + cellText + "'", d ->
                (WebElement) js().executeScript("""
                const grid = document.getElementById(arguments[0]);
                if (!grid || !grid.shadowRoot) return null;
                for (const r of grid.shadowRoot.querySelectorAll('#items tr')) {
                    if (r.hidden) continue;
                    const contents = [...r.querySelectorAll('td slot')].map(s => s.assignedElements()[0]).filter(Boolean);
                    if (contents.some(c => c.textContent.trim() === arguments[1])) {
                        for (const c of contents) {
                            const box = c.querySelector('vaadin-checkbox');
                            if (box) return box;
                        }
                    }
                }
                return null;""", id, cellText));
        checkbox.click();
        browser.waitUntil(
                "row '" + cellText + "' to be ticked",
                d -> Boolean.TRUE.equals(js().executeScript("return arguments[0].checked === true;", checkbox)));
        browser.waitUntilIdle();
    }

    /** Focuses a cell of a rendered row (by the row's index and the column's), then presses Enter on it. */
    void pressEnterOnCell(int rowIndex, int column) {
        js().executeScript("""
                const grid = document.getElementById(arguments[0]);
                const row = [...grid.shadowRoot.querySelectorAll('#items tr')].find(r => !r.hidden && r.index === arguments[1]);
                row.querySelectorAll('td')[arguments[2]].focus();""", id, rowIndex, column);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    }

    /** The element names (vaadin-grid-column, vaadin-grid-selection-column …) of the columns not hidden. */
    List<?> visibleColumnElements() {
        return (List<?>) js().executeScript("""
                const grid = document.getElementById(arguments[0]);
                return [...grid.querySelectorAll(':scope > *')]
                    .filter(c => c.localName.includes('column') && !c.hidden).map(c => c.localName);""", id);
    }

    /**
     * Ticks a column in the grid's column chooser (the "Columns" menu next to it, id {grid}-columns: a menu bar, or
     * a button that opens a context menu) and closes the menu again; waits until the grid has a header cell with the
     * column's name.
     */
    void showColumn(String header) {
        By button = By.cssSelector("#" + id + "-columns vaadin-menu-bar-button, vaadin-button#" + id + "-columns");
        browser.waitUntil("the column chooser of " + id + " to open", d -> {
            if (menuItem(header) != null) return true;
            try {
                browser.hideDevTools();
                d.findElement(button).click();
            } catch (WebDriverException e) {
                // covered or re-rendered for a moment: try again
            }
            return false;
        });
        browser.waitUntil("the item '" + header + "' of the column chooser", d -> {
            WebElement item = menuItem(header);
            if (item == null) return null;
            item.click();
            return true;
        });
        browser.waitUntil(
                "the column '" + header + "' in grid " + id,
                d -> Boolean.TRUE.equals(js().executeScript("""
                        const grid = document.getElementById(arguments[0]);
                        return !!grid && [...grid.querySelectorAll('vaadin-grid-cell-content')]
                            .some(c => c.textContent.trim() === arguments[1] && c.checkVisibility());""", id, header)));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waitUntilIdle();
    }

    /** Whether the column chooser next to the grid is shown. */
    boolean hasColumnChooser() {
        return browser.isShown(By.id(id + "-columns"));
    }

    private WebElement menuItem(String label) {
        return (WebElement) js().executeScript("""
                return [...document.querySelectorAll('vaadin-menu-bar-item, vaadin-context-menu-item')]
                    .find(i => i.textContent.trim() === arguments[0] && i.checkVisibility()) || null;""", label);
    }
}
