package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * What the page objects share: the browser, waiting for a view (its root id shown and the Vaadin client idle),
 * finding and using elements by id, and the practice- and provider-scoped URLs. A page object knows its view's
 * ids and selectors; a test says what a person does with the page and what they see.
 *
 * <p>Constructing a page object of a view waits until that view is shown: {@code new DevicePage(browser)} means
 * "now on the device's page". Its static {@code open} methods load the view's URL first.
 */
public abstract class Page {
    protected final Browser browser;

    /** Waits until the view with this root id is shown and the Vaadin client is idle. */
    protected Page(Browser browser, String viewId) {
        this.browser = browser;
        browser.waitForView(viewId);
    }

    /** For a part of every page (the shell), which has no root id of its own to wait for. */
    protected Page(Browser browser) {
        this.browser = browser;
    }

    // ---- URLs ---------------------------------------------------------------------------------------

    /** A practice's path: "/practices/{id}" followed by {@code rest} ("" or "/devices", say). */
    public static String practicePath(UUID practiceId, String rest) {
        return "/practices/" + practiceId + rest;
    }

    /** A provider's path: "/providers/{id}" followed by {@code rest}. */
    public static String providerPath(UUID providerId, String rest) {
        return "/providers/" + providerId + rest;
    }

    // ---- finding and using elements -----------------------------------------------------------------

    protected JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    /** Waits for the element with this id. */
    protected WebElement find(String id) {
        return browser.waitFor(By.id(id));
    }

    /** The text of the element with this id, once it is there. */
    protected String text(String id) {
        return find(id).getText();
    }

    /** Present and shown (Vaadin hides a component with setVisible(false) through the hidden attribute). */
    protected boolean isShown(String id) {
        return browser.isShown(By.id(id));
    }

    /** In the page at all, shown or not. Does not wait. */
    protected boolean isPresent(String id) {
        return browser.isPresent(By.id(id));
    }

    /** Waits until the element with this id is shown; returns it. */
    protected WebElement waitForVisible(String id) {
        return browser.waitForVisible(By.id(id));
    }

    /** Clicks, retrying while the element is not there yet, covered or being re-rendered. */
    protected void click(String id) {
        browser.clickWhenReady(By.id(id));
    }

    /**
     * Scrolls the element to the middle of its scrolling layout, then clicks it as {@link #click} does. On a long
     * form a button scrolled out of view is otherwise not clicked.
     */
    protected void scrollAndClick(String id) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", find(id));
        browser.clickWhenReady(By.id(id));
    }

    /**
     * A click from script, after scrolling the element to the middle (sticky bars cover the edges); then waits
     * until the client is idle.
     */
    protected void clickByScript(String id) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", find(id));
        browser.waitUntilIdle();
    }

    /** Types into a Vaadin text field and commits the value. */
    protected void type(String fieldId, String text) {
        browser.type(fieldId, text);
    }

    /** The value of a Vaadin text field or combo box (its input). */
    protected String value(String fieldId) {
        return browser.waitFor(By.cssSelector("#" + fieldId + " input")).getDomProperty("value");
    }

    /** Whether a button (or field) is enabled: neither the disabled attribute nor the property set. */
    protected boolean isEnabled(String id) {
        WebElement element = find(id);
        return element.getDomAttribute("disabled") == null && !Boolean.parseBoolean(element.getDomProperty("disabled"));
    }

    /**
     * Opens the Vaadin select with this id and clicks its item with this label. Scoped to the one select: a form
     * with many selects has many hidden items with the same label. (See {@link Browser#chooseInSelect} for the
     * plain version, first item with the label anywhere.)
     */
    protected void chooseInThisSelect(String selectId, String label) {
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

    /** Hands a file to a vaadin-upload through its (hidden) file input, which starts the upload. */
    protected void upload(String uploadId, Path file) {
        WebElement input =
                browser.waitUntil("the file input of " + uploadId, d -> (WebElement) js().executeScript("""
                const upload = document.getElementById(arguments[0]);
                if (!upload) return null;
                return upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));""", uploadId));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** The href of a link, as the browser resolves it; null when there is no such element. */
    protected String href(String id) {
        return (String)
                js().executeScript("const a = document.getElementById(arguments[0]); return a ? a.href : null;", id);
    }

    /** Downloads a URL of the app with the browser's cookies (its session), as bytes; anything but 200 fails. */
    protected byte[] download(String url) throws IOException, InterruptedException {
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

    /** A vaadin-grid of this page, by its id. */
    protected Grid grid(String id) {
        return new Grid(browser, id);
    }

    /** An XPath string literal for any text, quotes included. */
    protected static String xpathLiteral(String text) {
        return Browser.xpathLiteral(text);
    }
}
