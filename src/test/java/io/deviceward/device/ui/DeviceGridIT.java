package io.deviceward.device.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.ContextMenuTester;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.QueryParameters;
import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.device.Answer;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceRow;
import io.deviceward.device.DeviceService;
import io.deviceward.practice.Practice;
import io.deviceward.support.BrowserlessSignIn;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The device grid reads at a glance: how many devices (and how many match), what to do when it is empty, names that
 * are links to the device's page, a column chooser, and a compact list on a phone's width.
 */
@IntegrationTest
class DeviceGridIT extends SpringBrowserlessTest {
    @Autowired
    Fixtures fixtures;

    @Autowired
    DeviceService devices;

    Practice practice;
    AppUser manager;
    Device monitor;
    Device printer;

    @BeforeEach
    void practiceWithTwoDevices() {
        practice = fixtures.practice(fixtures.provider());
        manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        monitor = create("Patient monitor Ward 3", Answer.YES);
        printer = create("Reception printer", Answer.NO);
        BrowserlessSignIn.as(manager.getId());
        UI.getCurrent().setLocale(Locale.UK);
    }

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    void theCountSaysHowManyDevicesAndHowManyMatch() {
        DeviceListView view = navigate(devicesPath(), DeviceListView.class);
        assertThat($(Span.class).id("device-match-count").getText()).isEqualTo("2 devices");
        assertThat(view.getPageTitle()).isEqualTo("Devices · DeviceWard");

        UI.getCurrent().navigate(devicesPath(), QueryParameters.fromString("q=printer"));
        assertThat($(Span.class).id("device-match-count").getText()).isEqualTo("1 of 2 devices matches");

        UI.getCurrent().navigate(devicesPath(), QueryParameters.fromString("gap=FIREWALL_OFF"));
        assertThat($(Span.class).id("device-match-count").getText()).isEqualTo("1 of 2 devices matches");
        assertThat(test(grid()).size()).isEqualTo(1);
    }

    @Test
    void aGermanReaderReadsTheRegistryInGerman() {
        UI.getCurrent().setLocale(Locale.GERMANY);
        DeviceListView view = navigate(devicesPath(), DeviceListView.class);

        assertThat(view.getPageTitle()).isEqualTo("Geräte · DeviceWard");
        assertThat($(Span.class).id("device-match-count").getText()).isEqualTo("2 Geräte");
        assertThat(grid().getColumnByKey("posture").getHeaderText()).isEqualTo("Sicherheitsmängel");
        var rows = test(grid());
        int printerRow = rows.getRow(0).id().equals(printer.getId()) ? 0 : 1;
        assertThat(cell(grid(), "posture", "texts", rows.getRow(printerRow))).isEqualTo(List.of("Firewall aus"));
        assertThat(cell(grid(), "posture", "themes", rows.getRow(printerRow))).isEqualTo(List.of("error"));

        UI.getCurrent().navigate(devicesPath(), QueryParameters.fromString("q=printer"));
        assertThat($(Span.class).id("device-match-count").getText()).isEqualTo("1 von 2 Geräten passt");
    }

    @Test
    void anEmptyRegistryTellsAnEditorToAddOrImport() {
        Practice empty = fixtures.practice(fixtures.provider());
        AppUser emptyManager = fixtures.memberOf(empty, Role.PRACTICE_MANAGER);
        BrowserlessSignIn.as(emptyManager.getId());

        navigate("practices/" + empty.getId() + "/devices", DeviceListView.class);

        Component state = grid().getEmptyStateComponent();
        assertThat(state.getElement().getTextRecursively()).isEqualTo("No devices yet — add one or import a CSV.");
        assertThat(anchors(state))
                .containsExactly(
                        "practices/" + empty.getId() + "/devices/new",
                        "practices/" + empty.getId() + "/devices/import");
        assertThat($(Span.class).id("device-match-count").getText()).isEqualTo("0 devices");
    }

    @Test
    void filtersThatMatchNothingOfferToShowAllDevices() {
        navigate(devicesPath(), DeviceListView.class);
        UI.getCurrent().navigate(devicesPath(), QueryParameters.fromString("q=nosuchdevicezzz"));

        Component state = grid().getEmptyStateComponent();
        assertThat(state.getElement().getTextRecursively()).startsWith("No device matches these filters.");
        assertThat(anchors(state)).containsExactly(devicesPath());
        assertThat($(Span.class).id("device-match-count").getText()).isEqualTo("0 of 2 devices match");
    }

    @Test
    void eachNameIsALinkToTheDevicesPage() {
        navigate(devicesPath(), DeviceListView.class);
        var grid = test(grid());

        // The cell is a Lit template (<a href=${item.href}>${item.name}</a>, DeviceListIT follows it in Chromium).
        assertThat(grid.size()).isEqualTo(2);
        for (int row = 0; row < grid.size(); row++) {
            DeviceRow device = grid.getRow(row);
            assertThat(cell(grid(), "name", "href", device)).isEqualTo(devicesPath() + "/" + device.id());
            assertThat(cell(grid(), "name", "name", device)).isEqualTo(device.name());
        }
    }

    @Test
    void theBulkBarIsBuiltOnTheFirstTickAndHiddenWhenNoneIsTicked() {
        navigate(devicesPath(), DeviceListView.class);
        assertThat($(Component.class).withId("bulk-actions").exists())
                .as("no bulk bar before anything is ticked")
                .isFalse();

        grid().select(row(monitor));
        assertThat($(Span.class).id("bulk-selection").getText()).isEqualTo("1 selected");
        grid().select(row(printer));
        assertThat($(Span.class).id("bulk-selection").getText()).isEqualTo("2 selected");

        grid().deselectAll();
        assertThat($(Component.class).withId("bulk-actions").exists())
                .as("hidden once nothing is ticked")
                .isFalse();
    }

    @Test
    void theColumnChooserHidesAndShowsAColumnAndStartsWithoutSerialNumberAndLocation() {
        navigate(devicesPath(), DeviceListView.class);
        Grid<DeviceRow> grid = grid();
        DeviceColumnChooser columns = (DeviceColumnChooser)
                $(Button.class).id("devices-grid-columns").getParent().orElseThrow();
        var chooser = new ContextMenuTester<>(columns.menu());

        assertThat(shown(grid, "serialNumber"))
                .as("serial number hidden at first")
                .isFalse();
        assertThat(grid.getColumnByKey("serialNumber"))
                .as("not even in the grid until it is chosen")
                .isNull();
        assertThat(shown(grid, "location")).isFalse();
        assertThat(shown(grid, "ip")).isTrue();
        chooser.open();
        assertThat(chooser.isItemChecked("IP")).isTrue();
        assertThat(chooser.isItemChecked("Serial number")).isFalse();

        chooser.clickItem("IP");
        assertThat(grid.getColumnByKey("ip").isVisible()).isFalse();
        assertThat(chooser.isItemChecked("IP")).isFalse();

        chooser.clickItem("Serial number");
        assertThat(shown(grid, "serialNumber")).isTrue();
        assertThat(grid.getColumns().stream().map(Grid.Column::getKey).toList())
                .as("added in its place, after make and model")
                .containsSubsequence("manufacturer", "serialNumber", "ip");
        chooser.clickItem("Serial number");
        assertThat(shown(grid, "serialNumber")).isFalse();
        chooser.clickItem("Serial number");
        assertThat(shown(grid, "serialNumber")).isTrue();

        // The choice is kept for the session: the list opened again shows the same columns.
        navigate(devicesPath() + "/import", DeviceImportView.class);
        navigate(devicesPath(), DeviceListView.class);
        assertThat(shown(grid(), "ip")).isFalse();
        assertThat(shown(grid(), "serialNumber")).isTrue();
    }

    @Test
    void aPhonesWidthShowsACompactListAndAWideWindowTheChosenColumnsAgain() {
        DeviceListView view = navigate(devicesPath(), DeviceListView.class);
        Grid<DeviceRow> grid = grid();

        // The browser's resize events reach layoutFor (DeviceListIT checks that in Chromium at 390 px).
        view.layoutFor(390);
        assertThat(visibleKeys(grid)).containsExactly("name", "category", "worst");
        assertThat(descendant(view, "devices-grid-columns").isVisible())
                .as("no column chooser on a phone")
                .isFalse();
        var rows = test(grid);
        int printerRow = rows.getRow(0).id().equals(printer.getId()) ? 0 : 1;
        assertThat(cell(grid, "worst", "gap", rows.getRow(printerRow))).isEqualTo("Firewall off");
        assertThat(cell(grid, "worst", "tone", rows.getRow(printerRow))).isEqualTo("error");
        assertThat(cell(grid, "worst", "gap", rows.getRow(1 - printerRow))).isEqualTo("No gaps");
        assertThat(cell(grid, "worst", "tone", rows.getRow(1 - printerRow))).isEqualTo("success");

        assertThat(grid.getSelectionMode()).as("no checkboxes on a phone").isEqualTo(Grid.SelectionMode.NONE);

        view.layoutFor(1366);
        assertThat(visibleKeys(grid)).containsExactly("name", "category", "manufacturer", "ip", "status", "posture");
        assertThat(grid.getSelectionMode()).isEqualTo(Grid.SelectionMode.MULTI);
        assertThat($(Button.class).id("devices-grid-columns").isVisible()).isTrue();
    }

    /** The component with this id under the root, visible or not (the query finds only visible ones). */
    private static Component descendant(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) return root;
        return root.getChildren()
                .map(child -> {
                    try {
                        return descendant(child, id);
                    } catch (AssertionError e) {
                        return null;
                    }
                })
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " under " + root));
    }

    /** A value the cell's Lit template shows, as the grid sends it to the browser for this device. */
    @SuppressWarnings("unchecked")
    private static Object cell(Grid<DeviceRow> grid, String columnKey, String property, DeviceRow device) {
        LitRenderer<DeviceRow> renderer =
                (LitRenderer<DeviceRow>) grid.getColumnByKey(columnKey).getRenderer();
        return renderer.getValueProviders().get(property).apply(device);
    }

    /** Whether the grid has the column of this key and shows it. */
    private static boolean shown(Grid<DeviceRow> grid, String key) {
        Grid.Column<DeviceRow> column = grid.getColumnByKey(key);
        return column != null && column.isVisible();
    }

    private static List<String> visibleKeys(Grid<DeviceRow> grid) {
        return grid.getColumns().stream()
                .filter(Grid.Column::isVisible)
                .map(Grid.Column::getKey)
                .toList();
    }

    private static List<String> anchors(Component root) {
        return root.getChildren()
                .filter(Anchor.class::isInstance)
                .map(a -> ((Anchor) a).getHref())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private Grid<DeviceRow> grid() {
        return $(Grid.class).id("devices-grid");
    }

    /** The grid's row of this device (the grid holds rows, not devices). */
    private DeviceRow row(Device device) {
        var rows = test(grid());
        for (int i = 0; i < rows.size(); i++) if (rows.getRow(i).id().equals(device.getId())) return rows.getRow(i);
        throw new AssertionError("no row of " + device.getName());
    }

    private String devicesPath() {
        return "practices/" + practice.getId() + "/devices";
    }

    private Device create(String name, Answer firewall) {
        DeviceDetails details = Fixtures.device(name, "SN-" + UUID.randomUUID());
        details.getPosture().asMap().values().forEach(check -> check.setState(Answer.YES));
        details.getPosture().getFirewall().setState(firewall);
        return SignIn.as(manager.getId(), () -> devices.create(practice.getId(), details));
    }
}
