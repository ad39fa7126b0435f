package io.deviceward.access.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.deviceward.access.MemberDirectory;
import io.deviceward.practice.Practice;
import io.deviceward.practice.ProviderDirectory;
import io.deviceward.shared.text.DateTimes;
import io.deviceward.shared.ui.GridColumns;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Everyone with access anywhere in a provider, for its IT staff: where, in which role, their second factors, until
 * when, last sign-in. Changes are made on each practice's members page, which each practice's name links to. Times
 * are in the practice's zone; for provider-wide access, in the zone all the provider's practices share, or UTC.
 */
@Route("providers/:providerId/members")
@PageTitle("People · DeviceWard")
@PermitAll
class ProviderMembersView extends VerticalLayout implements BeforeEnterObserver {
    private final MemberDirectory directory;
    private final ProviderDirectory providers;
    private final Grid<MemberDirectory.ProviderMember> grid = new Grid<>();
    private final Span count = new Span();
    private Map<UUID, DateTimes> practiceTimes = Map.of();
    private DateTimes providerTimes = DateTimes.of(ZoneOffset.UTC, Locale.UK);

    ProviderMembersView(MemberDirectory directory, ProviderDirectory providers) {
        this.directory = directory;
        this.providers = providers;
        setId("provider-members");
        setSizeFull();
        grid.setId("provider-members-grid");
        Grid.Column<MemberDirectory.ProviderMember> where =
                grid.addComponentColumn(this::where).setHeader("Where").setKey("where");
        Grid.Column<MemberDirectory.ProviderMember> name =
                grid.addColumn(m -> m.member().name()).setHeader("Name").setKey("name");
        Grid.Column<MemberDirectory.ProviderMember> email =
                grid.addColumn(m -> m.member().email()).setHeader("Email").setKey("email");
        grid.addColumn(m -> m.member().role().label()).setHeader("Role").setKey("role");
        // Second factors next to the role: what the provider admin comes here for stays in view at 1366 px.
        grid.addColumn(MemberDirectory.ProviderMember::mfaLabel)
                .setHeader("Second factors")
                .setKey("mfa");
        Grid.Column<MemberDirectory.ProviderMember> until = grid.addColumn(
                        m -> m.member().expiresAt() == null
                                ? "—"
                                : times(m).date(AccessEnds.lastDay(m.member().expiresAt())))
                .setHeader("Until")
                .setKey("until");
        Grid.Column<MemberDirectory.ProviderMember> lastSignIn = grid.addColumn(
                        m -> !m.member().active()
                                ? "Expired"
                                : m.member().lastLoginAt() == null
                                        ? "Never signed in"
                                        : times(m).dateTime(m.member().lastLoginAt()))
                .setHeader("Last sign-in")
                .setKey("lastSignIn");
        for (Grid.Column<MemberDirectory.ProviderMember> column : grid.getColumns()) {
            column.setAutoWidth(true).setFlexGrow(column == name || column == where ? 1 : 0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No one has access yet — invite people on a practice's Members page.");
        GridColumns.Chooser<MemberDirectory.ProviderMember> chooser =
                GridColumns.chooser(grid, email, until, lastSignIn);
        count.setId("provider-members-count");
        HorizontalLayout aboveGrid = new HorizontalLayout(count, chooser);
        aboveGrid.setAlignItems(FlexComponent.Alignment.BASELINE);
        aboveGrid.setWidthFull();
        aboveGrid.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(
                new H1("People with access"),
                new Paragraph(
                        "Across all practices of the provider. Invite, change and revoke on each practice's Members page."),
                aboveGrid,
                grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID providerId = RouteIds.required(event, "providerId");
        List<MemberDirectory.ProviderMember> members = directory.providerMembers(providerId);
        List<Practice> practices = providers.practicesOf(providerId);
        practiceTimes = practices.stream().collect(Collectors.toMap(Practice::getId, p -> DateTimes.in(p.zone())));
        Set<ZoneId> zones = practices.stream().map(Practice::zone).collect(Collectors.toSet());
        // Provider-wide access belongs to no one practice: its times in the zone they all share, else in UTC.
        providerTimes = DateTimes.in(zones.size() == 1 ? zones.iterator().next() : ZoneOffset.UTC);
        grid.setItems(members);
        long people = members.stream().map(m -> m.member().userId()).distinct().count();
        count.setText(GridColumns.count(people, people, false, "person", "people"));
    }

    private DateTimes times(MemberDirectory.ProviderMember member) {
        UUID practiceId = member.member().practiceId();
        return practiceId == null ? providerTimes : practiceTimes.getOrDefault(practiceId, providerTimes);
    }

    /** The practice's name links to its members page, where this access is changed. */
    private Component where(MemberDirectory.ProviderMember member) {
        UUID practiceId = member.member().practiceId();
        if (member.member().providerWide() || practiceId == null) return new Span(member.appliesTo());
        return GridColumns.link("practices/" + practiceId + "/members", member.appliesTo());
    }
}
