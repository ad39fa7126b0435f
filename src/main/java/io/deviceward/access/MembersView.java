package io.deviceward.access;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.deviceward.shared.ui.RouteIds;
import io.deviceward.shell.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Who has access to the practice, with role, reach and expiry. */
@Route(value = "practices/:practiceId/members", layout = MainLayout.class)
@PageTitle("Members · DeviceWard")
@PermitAll
public class MembersView extends VerticalLayout implements BeforeEnterObserver {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withZone(ZoneId.of("UTC"));
    private final MemberDirectory directory;
    private final Grid<MemberDirectory.Member> grid = new Grid<>();

    MembersView(MemberDirectory directory) {
        this.directory = directory;
        setId("members");
        grid.setId("members-grid");
        grid.addColumn(MemberDirectory.Member::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(MemberDirectory.Member::email).setHeader("Email").setFlexGrow(2);
        grid.addColumn(m -> m.role().label()).setHeader("Role");
        grid.addColumn(m -> m.providerWide() ? "All practices of the provider" : "This practice").setHeader("Applies to");
        grid.addComponentColumn(m -> {
            Span status = new Span(!m.active() ? "Expired " + DATE.format(m.expiresAt())
                    : m.expiresAt() == null ? "Active" : "Active until " + DATE.format(m.expiresAt()));
            status.getElement().getThemeList().add(m.active() ? "badge success" : "badge contrast");
            return status;
        }).setHeader("Status");
        grid.setAllRowsVisible(true);
        add(new H1("Members"), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.setItems(directory.members(RouteIds.required(event, "practiceId")));
    }
}
