package io.deviceward.shell;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.deviceward.access.MemberDirectory;
import io.deviceward.access.PracticeAccess;
import io.deviceward.device.DeviceService;
import io.deviceward.practice.Practice;
import io.deviceward.practice.Provider;
import io.deviceward.practice.ProviderDirectory;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.UUID;

/** An IT provider's practices with their counts, for those who hold a role on the whole provider. */
@Route(value = "providers/:providerId", layout = MainLayout.class)
@PageTitle("All practices · DeviceWard")
@PermitAll
public class ProviderOverviewView extends VerticalLayout implements BeforeEnterObserver {
    private final ProviderDirectory directory;
    private final DeviceService devices;
    private final MemberDirectory members;

    /** Counts are null for a practice whose MFA policy wants a second factor this sign-in has not given. */
    private final PracticeAccess access;

    record PracticeRow(Practice practice, Long devices, Long members) {}

    ProviderOverviewView(
            ProviderDirectory directory, DeviceService devices, MemberDirectory members, PracticeAccess access) {
        this.access = access;
        this.directory = directory;
        this.devices = devices;
        this.members = members;
        setId("provider-overview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID providerId = RouteIds.required(event, "providerId");
        Provider provider = directory.get(providerId);
        List<PracticeRow> rows = directory.practicesOf(providerId).stream()
                .map(p -> access.secondFactorVerdict(p.getId()).letsIn()
                        ? new PracticeRow(p, devices.count(p.getId()), members.activeMemberCount(p.getId()))
                        : new PracticeRow(p, null, null))
                .toList();

        Grid<PracticeRow> grid = new Grid<>();
        grid.setId("practices-grid");
        grid.addComponentColumn(row -> new RouterLink(
                        row.practice().getName(),
                        PracticeOverviewView.class,
                        new RouteParameters("practiceId", row.practice().getId().toString())))
                .setHeader("Practice")
                .setFlexGrow(2);
        grid.addColumn(row -> row.devices() == null
                        ? "Second factor needed"
                        : row.devices().toString())
                .setHeader("Devices");
        grid.addColumn(row -> row.members() == null ? "" : row.members().toString())
                .setHeader("People with access");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);

        removeAll();
        add(
                new H1(provider.getName()),
                new RouterLink(
                        "Sign-in security: default MFA policy, account disabling",
                        io.deviceward.mfa.ui.ProviderMfaView.class,
                        new RouteParameters("providerId", providerId.toString())),
                new RouterLink(
                        "Device categories",
                        io.deviceward.device.ui.DeviceCategoriesView.class,
                        new RouteParameters("providerId", providerId.toString())));
        if (rows.isEmpty()) {
            add(new Paragraph("This provider looks after no practices yet."));
        } else {
            add(new Paragraph(rows.size() + " practices"), grid);
        }
    }
}
