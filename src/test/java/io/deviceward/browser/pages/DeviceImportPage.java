package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** The CSV import (/practices/{id}/devices/import): upload, the preview with its summary, and the two commits. */
public final class DeviceImportPage extends Page {
    public static final String VIEW = "device-import";

    /** Columns of the preview grid: row, outcome, name, serial number, MAC address, details. */
    private static final int OUTCOME = 1;

    private static final int NAME = 2;
    private static final int DETAILS = 5;

    private static final String UPLOAD = "import-upload";
    private static final String SUMMARY = "import-summary";
    private static final String PREVIEW = "import-preview-grid";
    private static final String IMPORT_ALL = "import-commit";
    private static final String IMPORT_VALID = "import-commit-valid";

    /** A row of the preview: the device's name, what the import would do with it ("New", "Error" …), why. */
    public record PreviewRow(String name, String outcome, String details) {}

    /** Waits until the import page is shown. */
    public DeviceImportPage(Browser browser) {
        super(browser, VIEW);
    }

    public static String path(UUID practiceId) {
        return practicePath(practiceId, "/devices/import");
    }

    /** Uploads a CSV file, which starts the preview. */
    public void upload(Path csv) {
        upload(UPLOAD, csv);
    }

    /** Waits until the preview's summary is shown with its counts ("… new, …"). */
    public void waitForPreview() {
        waitForVisible(SUMMARY);
        browser.waitUntil("the preview summary", d -> text(SUMMARY).contains("new"));
    }

    /** "2 new, 0 updates, 0 unchanged, 1 error", say. */
    public String summary() {
        return text(SUMMARY);
    }

    /** Waits until the preview grid shows this many rows; returns them in order. */
    public List<PreviewRow> waitForPreviewRows(int count) {
        return grid(PREVIEW).waitForRows(count + " rows", r -> r.size() == count).stream()
                .map(r -> new PreviewRow(r.get(NAME), r.get(OUTCOME), r.get(DETAILS)))
                .toList();
    }

    /** Whether "import everything" may be clicked (it may not while a row has an error). */
    public boolean canImportEverything() {
        return isEnabled(IMPORT_ALL);
    }

    /** Whether "import the valid rows" is offered (it is while some row has an error). */
    public boolean offersImportOfValidRows() {
        return isShown(IMPORT_VALID);
    }

    /** The label of "import the valid rows", with their count ("… (2)"). */
    public String importValidRowsLabel() {
        return text(IMPORT_VALID);
    }

    /** Imports the valid rows only; back on the device list. */
    public DeviceListPage importValidRows() {
        click(IMPORT_VALID);
        return new DeviceListPage(browser);
    }

    /** Imports every row; back on the device list. */
    public DeviceListPage importEverything() {
        click(IMPORT_ALL);
        return new DeviceListPage(browser);
    }
}
