package io.deviceward.device.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceRow;
import io.deviceward.device.DeviceService;
import io.deviceward.device.DeviceStatus;
import io.deviceward.device.PostureGap;
import io.deviceward.practice.Practice;
import io.deviceward.support.BrowserlessSignIn;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The device list and form without a browser: what the URL sets, and what each role may touch. */
@IntegrationTest
class DeviceViewsIT extends SpringBrowserlessTest {
    @Autowired
    Fixtures fixtures;

    @Autowired
    DeviceService devices;

    Practice practice;
    AppUser manager;
    AppUser auditor;
    Device monitor;

    @BeforeEach
    void practiceWithOneDevice() {
        practice = fixtures.practice(fixtures.provider());
        manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        auditor = fixtures.memberOf(practice, Role.AUDITOR);
        monitor = SignIn.as(
                manager.getId(),
                () -> devices.create(practice.getId(), Fixtures.device("Patient monitor", "SN-" + UUID.randomUUID())));
    }

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    void theListReadsItsFiltersFromTheUrl() {
        BrowserlessSignIn.as(manager.getId());
        navigate("practices/" + practice.getId() + "/devices", DeviceListView.class);
        UI.getCurrent()
                .navigate(
                        "practices/" + practice.getId() + "/devices",
                        QueryParameters.fromString("q=monitor&status=IN_SERVICE&gap=FIREWALL_OFF"));

        assertThat($(TextField.class).id("device-search").getValue()).isEqualTo("monitor");
        assertThat($(Select.class).id("filter-status").getValue()).isEqualTo(DeviceStatus.IN_SERVICE);
        assertThat($(Select.class).id("filter-gap").getValue()).isEqualTo(PostureGap.FIREWALL_OFF);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBulkBarShowsForAnEditorsSelection() {
        BrowserlessSignIn.as(manager.getId());
        navigate("practices/" + practice.getId() + "/devices", DeviceListView.class);
        Grid<DeviceRow> grid = $(Grid.class).id("devices-grid");
        assertThat(bulkBarShown()).as("nothing selected").isFalse();
        grid.select(row(grid, monitor));
        assertThat(bulkBarShown()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAuditorNeverGetsTheBulkBarOrTheAddButton() {
        BrowserlessSignIn.as(auditor.getId());
        navigate("practices/" + practice.getId() + "/devices", DeviceListView.class);
        Grid<DeviceRow> auditorsGrid = $(Grid.class).id("devices-grid");
        auditorsGrid.select(row(auditorsGrid, monitor));
        assertThat(bulkBarShown()).isFalse();
        assertThat(shown(Button.class, "add-device")).isFalse();
    }

    @Test
    void anAuditorReadsTheDevicePageWithoutAnEditButtonAndIsRefusedTheForm() {
        BrowserlessSignIn.as(auditor.getId());
        navigate("practices/" + practice.getId() + "/devices/" + monitor.getId(), DeviceView.class);
        assertThat($(H1.class).id("device-page-name").getText()).isEqualTo("Patient monitor");
        assertThat(shown(Button.class, "edit-device")).isFalse();
        assertThat($(Anchor.class).withId("edit-posture").all()).isEmpty();

        // The form by URL: refused, never shown read-only.
        UI.getCurrent().navigate("practices/" + practice.getId() + "/devices/" + monitor.getId() + "/edit");
        assertThat(getCurrentView()).isNotInstanceOf(DeviceFormView.class);
        assertThat($(TextField.class).withId("device-name").all()).isEmpty();
    }

    @Test
    void anEditorOpensTheFormAtTheSectionItsLinkNames() {
        BrowserlessSignIn.as(manager.getId());
        navigate("practices/" + practice.getId() + "/devices/" + monitor.getId(), DeviceView.class);
        assertThat($(Anchor.class).id("edit-posture").getHref())
                .isEqualTo("practices/" + practice.getId() + "/devices/" + monitor.getId() + "/edit?section=posture");

        UI.getCurrent()
                .navigate(
                        "practices/" + practice.getId() + "/devices/" + monitor.getId() + "/edit",
                        QueryParameters.fromString("section=posture"));
        assertThat(getCurrentView()).isInstanceOf(DeviceFormView.class);
        assertThat($(TextField.class).id("device-name").getValue()).isEqualTo("Patient monitor");
        assertThat($(TextField.class).id("device-name").isReadOnly()).isFalse();
    }

    private boolean bulkBarShown() {
        return shown(HorizontalLayout.class, "bulk-actions");
    }

    /** Whether the component with the id is in the view and visible (the query finds hidden ones too). */
    /** The grid's row of this device (the grid holds rows, not devices). */
    private DeviceRow row(Grid<DeviceRow> grid, Device device) {
        var rows = test(grid);
        for (int i = 0; i < rows.size(); i++) if (rows.getRow(i).id().equals(device.getId())) return rows.getRow(i);
        throw new AssertionError("no row of " + device.getName());
    }

    private <T extends Component> boolean shown(Class<T> type, String id) {
        return $(type).withId(id).all().stream().anyMatch(Component::isVisible);
    }
}
