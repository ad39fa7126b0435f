package io.deviceward.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium with its own profile (so its own cookies), driving the app on port 8089 and
 * Keycloak on port 8181. Built as STACK-NOTES describes: the Debian chromium and chromedriver, named
 * explicitly, so Selenium Manager never runs. Every wait is explicit (WebDriverWait), never a sleep.
 *
 * <p>What it knows is the same on every page: loading a path, waiting (for an element, for a view's root
 * id, for the Vaadin client to be idle), clicking, and using Vaadin's fields by their ids. Which ids a view
 * has, and signing in, belong to the page objects in {@link io.deviceward.browser.pages}.
 */
public final class Browser implements AutoCloseable {
    public static final String APP = "http://localhost:8089";
    public static final String KEYCLOAK = "http://localhost:8181";
    public static final String PASSWORD = "Demo-Pass-2026";
    /** The language the browser asks for: dates on the pages are written for it. */
    public static final Locale LOCALE = Locale.UK;

    /** Vaadin dev mode is slow on the first page of a run; later pages take well under a second. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Vaadin's development-mode tooling: Copilot and the dev tools. */
    private static final String DEV_TOOLS = "copilot-main, vaadin-dev-tools";

    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(100));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /** A fresh browser: new profile directory, no cookies, nothing cached. */
    public static Browser start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("dw-chrome-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1400,1000",
                "--lang=" + LOCALE.toLanguageTag(),
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", LOCALE.toLanguageTag()));
        // The console (CSP violations among it) for tests that read it through browserConsole().
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(TIMEOUT.multipliedBy(2));
        driver.manage().timeouts().scriptTimeout(TIMEOUT);
        return new Browser(profile, driver);
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Makes the page a phone's: a viewport of this size, mobile (the page's viewport meta tag counts), scale 1.
     * Through ChromeDriver's own CDP endpoint, so no DevTools module is needed; it holds for later pages too.
     */
    public void emulatePhone(int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Saves a screenshot of the viewport as a PNG at this path (folders created). */
    public Path saveScreenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a script in the page and returns what it returns (WebDriver's mapping: Long, Boolean, String, List, Map). */
    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The console messages since the last call (Chromium hands each out once). */
    public List<String> browserConsole() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .toList();
    }

    // ---- navigation ---------------------------------------------------------------------------------

    /** Loads an app path ("/practices/…") as a full page load. */
    public void open(String path) {
        driver.get(APP + path);
    }

    /** Loads an app path and waits for the view with that root id. */
    public WebElement open(String path, String viewId) {
        open(path);
        return waitForView(viewId);
    }

    /**
     * The path of the current URL when it is on the app, without the query (after sign-in Spring
     * Security's request cache adds "?continue"); else the whole URL.
     */
    public String path() {
        String url = currentUrl();
        if (!url.startsWith(APP)) {
            return url;
        }
        String path = url.substring(APP.length());
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    public String currentUrl() {
        try {
            return driver.getCurrentUrl();
        } catch (WebDriverException e) {
            return "";
        }
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    // ---- waits --------------------------------------------------------------------------------------

    /** Waits until the view with this root id is shown and the app is no longer busy talking to the server. */
    public WebElement waitForView(String viewId) {
        WebElement view = waitFor(By.id(viewId));
        waitUntilIdle();
        return view;
    }

    public WebElement waitFor(By by) {
        return waitUntil("an element " + by, d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.getFirst();
        });
    }

    public WebElement waitForVisible(By by) {
        return waitUntil(
                "a visible element " + by,
                d -> d.findElements(by).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
    }

    /** Clicks, retrying while the element is not there yet, covered or being re-rendered. */
    public void clickWhenReady(By by) {
        waitUntil("a click on " + by, d -> {
            try {
                hideDevTools();
                WebElement element = d.findElement(by);
                if (!element.isDisplayed() || !element.isEnabled()) {
                    return false;
                }
                element.click();
                return true;
            } catch (NoSuchElementException | StaleElementReferenceException e) {
                return false;
            } catch (WebDriverException e) {
                // "element click intercepted" while an overlay animates: try again
                if (e.getMessage() != null && e.getMessage().contains("intercepted")) {
                    return false;
                }
                throw e;
            }
        });
    }

    /**
     * Hides Vaadin's development-mode tooling (Copilot and its "App is running in development mode"
     * notification, which sits over the user menu in the top right corner). It exists only in dev
     * mode, never in production, and would otherwise swallow clicks meant for the app.
     */
    public void hideDevTools() {
        ((JavascriptExecutor) driver).executeScript("""
                document.querySelectorAll(arguments[0])
                    .forEach(e => e.style.setProperty('display', 'none', 'important'));""", DEV_TOOLS);
    }

    /** Whether Vaadin's development-mode tooling is in the page at all (shown or hidden). */
    public boolean devToolsPresent() {
        return isPresent(By.cssSelector(DEV_TOOLS));
    }

    /** Waits until the Vaadin client has no request to the server in flight. */
    public void waitUntilIdle() {
        waitUntil(
                "the Vaadin client to be idle", d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                if (!clients) return true;
                return Object.values(clients).every(c => !c.isActive || !c.isActive());""")));
    }

    public <T> T waitUntil(String what, Function<WebDriver, T> condition) {
        return wait.withMessage("waiting for " + what + " (URL " + currentUrl() + ")")
                .until(condition);
    }

    public boolean isPresent(By by) {
        try {
            return !driver.findElements(by).isEmpty();
        } catch (WebDriverException e) {
            return false;
        }
    }

    /** Present and shown: Vaadin hides a component with setVisible(false) through the hidden attribute. */
    public boolean isShown(By by) {
        try {
            return driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
        } catch (StaleElementReferenceException e) {
            return isShown(by);
        }
    }

    // ---- Vaadin fields ------------------------------------------------------------------------------

    /** Types into a Vaadin text field (its slotted input) and commits the value with a change event. */
    public void type(String fieldId, String text) {
        WebElement input = waitFor(By.cssSelector("#" + fieldId + " input"));
        input.clear();
        input.sendKeys(text);
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input);
    }

    /** Chooses a combo box item by its exact label: typing it focuses the item, Enter selects it. */
    public void chooseInComboBox(String fieldId, String label) {
        WebElement input = waitFor(By.cssSelector("#" + fieldId + " input"));
        hideDevTools();
        input.click();
        input.clear();
        input.sendKeys(label);
        waitUntil(
                "the combo box item '" + label + "'",
                d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript(
                                "const box = document.getElementById(arguments[0]);"
                                        + "return !!box && Array.isArray(box.filteredItems) && box.filteredItems.length > 0;",
                                fieldId)));
        input.sendKeys(Keys.ENTER);
        waitUntil("the combo box to show '" + label + "'", d -> label.equals(input.getDomProperty("value")));
    }

    /** Opens a Vaadin select and clicks the item with this label. */
    public void chooseInSelect(String selectId, String label) {
        By item =
                By.xpath("//vaadin-select-list-box/vaadin-select-item[normalize-space()=" + xpathLiteral(label) + "]");
        clickWhenReady(By.id(selectId));
        clickWhenReady(item);
    }

    /** The label a Vaadin select shows for its value. */
    public String selectedLabel(String selectId) {
        WebElement value = waitFor(By.cssSelector("#" + selectId + " vaadin-select-value-button"));
        return value.getText().trim();
    }

    /** Whether a Vaadin field is read-only (the readonly property of the field element). */
    public boolean isReadOnly(String fieldId) {
        WebElement field = waitFor(By.id(fieldId));
        return Boolean.parseBoolean(field.getDomProperty("readonly"));
    }

    // ---- evidence and cleanup -----------------------------------------------------------------------

    /** Saves a screenshot and the page source under target/browser-failures/, named after the test. */
    public void saveEvidence(String name) {
        Path folder = Path.of("target", "browser-failures");
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "_");
        try {
            Files.createDirectories(folder);
            try {
                byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
                Files.write(folder.resolve(safe + ".png"), png);
            } catch (WebDriverException e) {
                // the page may be mid-navigation; the source and URL still help
            }
            String source = "<!-- URL: " + currentUrl() + " -->\n" + driver.getPageSource();
            Files.writeString(folder.resolve(safe + ".html"), source, StandardCharsets.UTF_8);
        } catch (IOException | WebDriverException e) {
            System.err.println("Could not save browser evidence for " + name + ": " + e);
        }
    }

    /**
     * The browser vanishes as a killed tab or a shut laptop does: its processes die at once, without closing a page,
     * so the server hears nothing more from it (no unload beacon, no heartbeat).
     */
    public void vanish() {
        String marker = "--user-data-dir=" + profile.toAbsolutePath();
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
        try {
            driver.quit();
        } catch (WebDriverException e) {
            // the browser it drove is gone, which is the point
        } finally {
            deleteRecursively(profile);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteRecursively(profile);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp profile is harmless
        }
    }

    /** An XPath string literal for any text, quotes included. */
    public static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat("
                + Arrays.stream(text.split("'", -1))
                        .map(part -> "'" + part + "'")
                        .collect(Collectors.joining(", \"'\", "))
                + ")";
    }
}
