package io.deviceward.access.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.deviceward.access.MemberDirectory;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Everyone with access anywhere in a provider, for its IT staff: where, in which role, until when,
 * last sign-in, and their second factors. Changes are made on each practice's members page.
 */
@Route("providers/:providerId/members")
@PageTitle("People · DeviceWard")
@PermitAll
class ProviderMembersView extends VerticalLayout implements BeforeEnterObserver {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault());

    private final MemberDirectory directory;
    private final Grid<MemberDirectory.ProviderMember> grid = new Grid<>();

    ProviderMembersView(MemberDirectory directory) {
        this.directory = directory;
        setId("provider-members");
        setSizeFull();
        grid.setId("provider-members-grid");
        grid.addColumn(MemberDirectory.ProviderMember::appliesTo)
                .setHeader("Where")
                .setFlexGrow(2);
        grid.addColumn(m -> m.member().name()).setHeader("Name").setFlexGrow(2);
        grid.addColumn(m -> m.member().email()).setHeader("Email").setFlexGrow(2);
        grid.addColumn(m -> m.member().role().label()).setHeader("Role");
        grid.addColumn(m -> m.member().expiresAt() == null
                        ? "—"
                        : DATE.format(m.member().expiresAt().minusSeconds(1)))
                .setHeader("Until");
        grid.addColumn(m -> !m.member().active()
                        ? "Expired"
                        : m.member().lastLoginAt() == null
                                ? "Never signed in"
                                : DATE_TIME.format(m.member().lastLoginAt()))
                .setHeader("Last sign-in");
        grid.addColumn(MemberDirectory.ProviderMember::mfaLabel).setHeader("Second factors");
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        add(
                new H1("People with access"),
                new Paragraph(
                        "Across all practices of the provider. Invite, change and revoke on each practice's Members page."),
                grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID providerId = RouteIds.required(event, "providerId");
        List<MemberDirectory.ProviderMember> members = directory.providerMembers(providerId);
        grid.setItems(members);
    }
}
