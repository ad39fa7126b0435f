package io.deviceward.browser.pages;

import io.deviceward.browser.Browser;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The device registry's list (/practices/{id}/devices): search and filters that live in the URL, the grid of
 * devices with its column chooser, the selection's bulk bar, and the ways to a device, the form and the import.
 */
public final class DeviceListPage extends Page {
    public static final String VIEW = "device-list";

    /** Columns of the desktop grid: selection checkbox, name, category, make and model, IP, status, posture gaps. */
    static final int NAME = 1;

    static final int IP_ADDRESSES = 4;
    static final int STATUS = 5;
    static final int POSTURE = 6;
    /** The phone's compact list: name, category, worst finding (no checkboxes). */
    static final int COMPACT_WORST = 2;

    private static final String GRID = "devices-grid";
    private static final String SEARCH = "device-search";
    private static final String GAP_FILTER = "filter-gap";
    private static final String STATUS_FILTER = "filter-status";
    private static final String MATCH_COUNT = "device-match-count";
    private static final String ADD = "add-device";
    private static final String IMPORT = "import-devices";
    private static final String EXPORT = "export-devices";
    private static final String BULK_BAR = "bulk-actions";
    private static final String BULK_SELECTION = "bulk-selection";
    private static final String BULK_STATUS = "bulk-status";
    private static final String BULK_STATUS_APPLY = "bulk-status-apply";

    private final Grid grid;

    /** Waits until the device list is shown. */
    public DeviceListPage(Browser browser) {
        super(browser, VIEW);
        this.grid = grid(GRID);
    }

    public static String path(UUID practiceId) {
        return practicePath(practiceId, "/devices");
    }

    public static DeviceListPage open(Browser browser, UUID practiceId) {
        browser.open(path(practiceId));
        return new DeviceListPage(browser);
    }

    /** Opens the list with a query string ("q=…&gap=…"), as a shared link does. */
    public static DeviceListPage openWithQuery(Browser browser, UUID practiceId, String query) {
        browser.open(path(practiceId) + "?" + query);
        return new DeviceListPage(browser);
    }

    // ---- search and filters -------------------------------------------------------------------------

    public void search(String text) {
        type(SEARCH, text);
    }

    public String searchText() {
        return value(SEARCH);
    }

    /** Chooses a posture gap ("Firewall off", "Any posture" for none). */
    public void filterByGap(String label) {
        chooseInThisSelect(GAP_FILTER, label);
    }

    public String gapFilter() {
        return browser.selectedLabel(GAP_FILTER);
    }

    public String statusFilter() {
        return browser.selectedLabel(STATUS_FILTER);
    }

    /** "7 of 12 devices match", say. */
    public String matchCount() {
        return text(MATCH_COUNT);
    }

    // ---- the grid -----------------------------------------------------------------------------------

    /** Waits until the grid shows a device by this name. */
    public void waitForDevice(String name) {
        grid.waitForCell(name);
    }

    /** Waits until the grid has a column with this header ("Worst finding"). */
    public void waitForColumn(String header) {
        grid.waitForCell(header);
    }

    /** Waits until the grid shows exactly the devices with these names, in any order. */
    public void waitForDevicesNamed(String... names) {
        waitForDevicesNamed(Arrays.asList(names));
    }

    /** Waits until the grid shows exactly the devices with these names, in any order. */
    public void waitForDevicesNamed(List<String> names) {
        grid.waitForColumnValues(NAME, names);
    }

    /** Waits until the grid shows exactly these devices (by name), each with this status ("In service"). */
    public void waitForStatuses(Map<String, String> statusByName) {
        grid.waitForRows(
                "exactly these devices with these statuses: " + statusByName,
                rows -> rows.stream()
                                .filter(r -> r.size() > STATUS)
                                .collect(Collectors.toMap(r -> r.get(NAME), r -> r.get(STATUS), (a, b) -> a + "," + b))
                                .equals(statusByName)
                        && rows.size() == statusByName.size());
    }

    /** Waits until the device's row shows these posture gaps, as its badges read ("Firewall off"). */
    public void waitForPostureGaps(String name, String gaps) {
        waitForCellOfRow(name, POSTURE, gaps);
    }

    /** On a phone's width: waits until the device's row shows this worst finding ("Firewall off", "No gaps"). */
    public void waitForWorstFinding(String name, String finding) {
        waitForCellOfRow(name, COMPACT_WORST, finding);
    }

    private void waitForCellOfRow(String name, int column, String text) {
        grid.waitForRows(
                "'" + text + "' in column " + column + " of the row of " + name,
                rows -> rows.stream()
                        .anyMatch(r -> r.contains(name)
                                && r.size() > column
                                && r.get(column).equals(text)));
    }

    /** Clicks the device's name in the grid; the device's page opens. */
    public DevicePage openDevice(String name) {
        grid.clickCell(name);
        return new DevicePage(browser);
    }

    /** Follows the link that is the device's name in the grid; the device's page opens. */
    public DevicePage followNameLink(String name) {
        browser.clickWhenReady(grid.link(name));
        return new DevicePage(browser);
    }

    /** Where the device's name links to, as the browser resolves it. */
    public String nameLinkHref(String name) {
        return browser.waitFor(grid.link(name)).getDomProperty("href");
    }

    /** Focuses a cell of the first row that is not its link (the IP address) and presses Enter. */
    public void pressEnterOnFirstRow() {
        grid.pressEnterOnCell(0, IP_ADDRESSES);
    }

    /** Ticks a column in the column chooser ("Serial number"); waits until the grid shows it. */
    public void showColumn(String header) {
        grid.showColumn(header);
    }

    public boolean hasColumnChooser() {
        return grid.hasColumnChooser();
    }

    /** The element names of the grid's columns not hidden (a selection column is "vaadin-grid-selection-column"). */
    public List<?> visibleColumnElements() {
        return grid.visibleColumnElements();
    }

    // ---- selection and bulk changes -----------------------------------------------------------------

    /** Ticks the device's row. */
    public void select(String name) {
        grid.selectRow(name);
    }

    public boolean bulkBarShown() {
        return isShown(BULK_BAR);
    }

    public void waitForBulkBar() {
        waitForVisible(BULK_BAR);
    }

    /** "2 selected", say. */
    public String selectionSummary() {
        return text(BULK_SELECTION).trim();
    }

    /** In the bulk bar: chooses a status for the selected devices and applies it. */
    public void setStatusOfSelected(String status) {
        chooseInThisSelect(BULK_STATUS, status);
        click(BULK_STATUS_APPLY);
    }

    // ---- to the form, the import, the export --------------------------------------------------------

    public boolean canAddDevices() {
        return isShown(ADD);
    }

    public DeviceFormPage addDevice() {
        click(ADD);
        return new DeviceFormPage(browser);
    }

    public DeviceImportPage importDevices() {
        click(IMPORT);
        return new DeviceImportPage(browser);
    }

    /** The export link's URL (it follows the filters). */
    public String exportHref() {
        return href(EXPORT);
    }

    /** Downloads the export link with the browser's session, as the link would. */
    public byte[] downloadExport() throws IOException, InterruptedException {
        return download(exportHref());
    }
}
