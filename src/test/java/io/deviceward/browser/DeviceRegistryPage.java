package io.deviceward.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * Helpers for the device registry's pages on top of {@link Browser}: reading a grid's rendered rows,
 * ticking a multi-select row, choosing in one particular Vaadin select, uploading a file, and
 * downloading a link with the browser's session.
 */
final class DeviceRegistryPage {
    private final Browser browser;

    DeviceRegistryPage(Browser browser) {
        this.browser = browser;
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    /**
     * The rows a grid shows, each as the texts of its cells in column order (a multi-select grid's
     * checkbox column gives ""). Only rows the grid counts (index below its size) and has data for.
     */
    @SuppressWarnings("unchecked")
    List<List<String>> rows(String gridId) {
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
                }));""", gridId);
        return result == null ? null : (List<List<String>>) result;
    }

    /** Waits until the grid's rows satisfy the condition (and the client is idle); returns them. */
    List<List<String>> waitForRows(String gridId, String what, Predicate<List<List<String>>> condition) {
        browser.waitUntilIdle();
        return browser.waitUntil(what + " in grid " + gridId + " (rows now: " + describe(gridId) + ")", d -> {
            List<List<String>> rows = rows(gridId);
            return rows != null && condition.test(rows) ? rows : null;
        });
    }

    /** Waits until the grid shows exactly rows whose given column holds these texts (any order). */
    List<List<String>> waitForColumnValues(String gridId, int column, List<String> expected) {
        return waitForRows(
                gridId,
                "exactly " + expected + " in column " + column,
                rows -> rows.stream()
                        .map(r -> r.size() > column ? r.get(column) : null)
                        .sorted()
                        .toList()
                        .equals(expected.stream().sorted().toList()));
    }

    String describe(String gridId) {
        try {
            List<List<String>> rows = rows(gridId);
            return rows == null
                    ? "not loaded"
                    : rows.stream().map(r -> String.join(" | ", r)).collect(Collectors.joining("; ", "[", "]"));
        } catch (RuntimeException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    /** Ticks the selection checkbox of the row that has a cell with exactly this text. */
    void selectRow(String gridId, String cellText) {
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
                return null;""", gridId, cellText));
        checkbox.click();
        browser.waitUntil(
                "row '" + cellText + "' to be ticked",
                d -> Boolean.TRUE.equals(js().executeScript("return arguments[0].checked === true;", checkbox)));
        browser.waitUntilIdle();
    }

    /**
     * Opens the Vaadin select with this id and clicks its item with this label. Scoped to the one
     * select: a form with many selects has many hidden items with the same label.
     */
    void choose(String selectId, String label) {
        // Its value button, scrolled to the middle first: on a long form the select sits in a scrolled layout.
        By button = By.cssSelector("#" + selectId + " vaadin-select-value-button");
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.waitFor(button));
        browser.waitUntil("select " + selectId + " to open", d -> {
            if (Boolean.TRUE.equals(
                    js().executeScript("return document.getElementById(arguments[0]).opened === true;", selectId))) {
                return true;
            }
            try {
                browser.hideDevTools();
                d.findElement(button).click();
            } catch (WebDriverException e) {
                // covered or re-rendered for a moment: try again
            }
            return false;
        });
        browser.waitUntil("the item '" + label + "' of select " + selectId, d -> {
            WebElement item = (WebElement) js().executeScript("""
                    const select = document.getElementById(arguments[0]);
                    if (!select || !select.opened) return null;
                    // Only the open select's overlay shows its items; the other selects' items are hidden.
                    return [...document.querySelectorAll('vaadin-select-item')]
                        .find(i => i.textContent.trim() === arguments[1] && i.checkVisibility()) || null;""", selectId, label);
            if (item == null) return null;
            item.click();
            return true;
        });
        browser.waitUntil(
                "select " + selectId + " to show '" + label + "'", d -> label.equals(browser.selectedLabel(selectId)));
        browser.waitUntilIdle();
    }

    /**
     * Ticks a column in the grid's column chooser (the "Columns" menu next to it) and closes the menu again; waits
     * until the grid has a header cell with the column's name.
     */
    void showColumn(String gridId, String header) {
        By button = By.cssSelector("#" + gridId + "-columns vaadin-menu-bar-button");
        browser.waitUntil("the column chooser of " + gridId + " to open", d -> {
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
                "the column '" + header + "' in grid " + gridId,
                d -> Boolean.TRUE.equals(js().executeScript("""
                        const grid = document.getElementById(arguments[0]);
                        return !!grid && [...grid.querySelectorAll('vaadin-grid-cell-content')]
                            .some(c => c.textContent.trim() === arguments[1] && c.checkVisibility());""", gridId, header)));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waitUntilIdle();
    }

    private WebElement menuItem(String label) {
        return (WebElement) js().executeScript("""
                return [...document.querySelectorAll('vaadin-menu-bar-item')]
                    .find(i => i.textContent.trim() === arguments[0] && i.checkVisibility()) || null;""", label);
    }

    /**
     * Scrolls the element to the middle of its scrolling layout, then clicks it as {@link Browser#clickWhenReady}
     * does. On the long device form a button scrolled out of view is otherwise not clicked.
     */
    void click(String id) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.waitFor(By.id(id)));
        browser.clickWhenReady(By.id(id));
    }

    /** The value of a Vaadin text field or combo box (its input). */
    String value(String fieldId) {
        return browser.waitFor(By.cssSelector("#" + fieldId + " input")).getDomProperty("value");
    }

    boolean isEnabled(String id) {
        WebElement element = browser.waitFor(By.id(id));
        return element.getDomAttribute("disabled") == null && !Boolean.parseBoolean(element.getDomProperty("disabled"));
    }

    /** Hands a file to a vaadin-upload through its (hidden) file input, which starts the upload. */
    void upload(String uploadId, Path file) {
        WebElement input =
                browser.waitUntil("the file input of " + uploadId, d -> (WebElement) js().executeScript("""
                const upload = document.getElementById(arguments[0]);
                if (!upload) return null;
                return upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));""", uploadId));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** The href of a link, as the browser resolves it. */
    String href(String id) {
        return (String)
                js().executeScript("const a = document.getElementById(arguments[0]); return a ? a.href : null;", id);
    }

    /** Downloads a URL of the app with the browser's cookies (its session), as bytes. */
    byte[] download(String url) throws IOException, InterruptedException {
        String cookies = browser.driver().manage().getCookies().stream()
                .map((Cookie c) -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Cookie", cookies)
                .GET()
                .build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("Downloading " + url + " answered " + response.statusCode() + " "
                    + response.headers().map());
        }
        return response.body();
    }
}
