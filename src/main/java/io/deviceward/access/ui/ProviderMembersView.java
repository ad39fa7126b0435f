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
import com.vaadin.flow.router.HasDynamicTitle;
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
@PermitAll
class ProviderMembersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
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
        Grid.Column<MemberDirectory.ProviderMember> where = grid.addComponentColumn(this::where)
                .setHeader(t("access.people.column.where"))
                .setKey("where");
        Grid.Column<MemberDirectory.ProviderMember> name = grid.addColumn(
                        m -> m.member().name())
                .setHeader(t("access.people.column.name"))
                .setKey("name");
        Grid.Column<MemberDirectory.ProviderMember> email = grid.addColumn(
                        m -> m.member().email())
                .setHeader(t("access.people.column.email"))
                .setKey("email");
        grid.addColumn(m -> t("enum.Role." + m.member().role().name()))
                .setHeader(t("access.people.column.role"))
                .setKey("role");
        // Second factors next to the role: what the provider admin comes here for stays in view at 1366 px.
        grid.addColumn(m -> SecondFactorTexts.of(this, m.secondFactors()))
                .setHeader(t("access.people.column.mfa"))
                .setKey("mfa");
        Grid.Column<MemberDirectory.ProviderMember> until = grid.addColumn(
                        m -> m.member().expiresAt() == null
                                ? "—"
                                : times(m).date(AccessEnds.lastDay(m.member().expiresAt())))
                .setHeader(t("access.people.column.until"))
                .setKey("until");
        Grid.Column<MemberDirectory.ProviderMember> lastSignIn = grid.addColumn(
                        m -> !m.member().active()
                                ? t("access.people.expired")
                                : m.member().lastLoginAt() == null
                                        ? t("access.people.never")
                                        : times(m).dateTime(m.member().lastLoginAt()))
                .setHeader(t("access.people.column.last-sign-in"))
                .setKey("lastSignIn");
        for (Grid.Column<MemberDirectory.ProviderMember> column : grid.getColumns()) {
            column.setAutoWidth(true).setFlexGrow(column == name || column == where ? 1 : 0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(t("access.people.empty"));
        GridColumns.Chooser<MemberDirectory.ProviderMember> chooser =
                GridColumns.chooser(grid, email, until, lastSignIn);
        count.setId("provider-members-count");
        HorizontalLayout aboveGrid = new HorizontalLayout(count, chooser);
        aboveGrid.setAlignItems(FlexComponent.Alignment.BASELINE);
        aboveGrid.setWidthFull();
        aboveGrid.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(new H1(t("access.people.title")), new Paragraph(t("access.people.intro")), aboveGrid, grid);
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
        count.setText(t("access.people.count", people));
    }

    private DateTimes times(MemberDirectory.ProviderMember member) {
        UUID practiceId = member.member().practiceId();
        return practiceId == null ? providerTimes : practiceTimes.getOrDefault(practiceId, providerTimes);
    }

    /** The practice's name links to its members page, where this access is changed. */
    private Component where(MemberDirectory.ProviderMember member) {
        UUID practiceId = member.member().practiceId();
        if (member.member().providerWide()) return new Span(t("access.people.all-practices"));
        if (practiceId == null) return new Span(member.appliesTo());
        return GridColumns.link("practices/" + practiceId + "/members", member.appliesTo());
    }

    @Override
    public String getPageTitle() {
        return t("access.people.page-title");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
