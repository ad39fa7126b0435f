package io.deviceward.shell;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.deviceward.access.PracticeAccess;
import io.deviceward.findings.Findings;
import io.deviceward.findings.PracticeFindings;
import io.deviceward.practice.Provider;
import io.deviceward.practice.ProviderDirectory;
import io.deviceward.shared.finding.Severity;
import io.deviceward.shared.navigation.NavigationEntry;
import io.deviceward.shared.navigation.NavigationScope;
import io.deviceward.shared.navigation.OverviewCard;
import io.deviceward.shared.navigation.OverviewCardContributor;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An IT provider's practices, worst first by what needs attention, with each feature's counts; for those who
 * hold a role on the whole provider. The provider's own pages are linked from the features' contributions.
 */
@Route("providers/:providerId")
@PermitAll
class ProviderOverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final ProviderDirectory directory;
    private final Findings findings;
    private final List<OverviewCardContributor> cardContributors;
    private final ShellNavigation navigation;
    private final PracticeAccess access;

    /** A practice's row; its cards are empty while the practice wants a step-up this sign-in has not given. */
    record PracticeRow(PracticeFindings findings, List<OverviewCard> cards) {}

    ProviderOverviewView(
            ProviderDirectory directory,
            Findings findings,
            List<OverviewCardContributor> cardContributors,
            ShellNavigation navigation,
            PracticeAccess access) {
        this.directory = directory;
        this.findings = findings;
        this.cardContributors = cardContributors;
        this.navigation = navigation;
        this.access = access;
        setId("provider-overview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID providerId = RouteIds.required(event, "providerId");
        Provider provider = directory.get(providerId);
        List<PracticeRow> rows = findings.forProvider(providerId).stream()
                .map(practice -> new PracticeRow(practice, practice.locked() ? List.of() : cards(practice)))
                .toList();

        removeAll();
        add(new H1(provider.getName()), providerLinks(providerId));
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("provider.no-practices")));
            return;
        }
        add(new Paragraph(getTranslation("provider.ranked", rows.size())), grid(providerId, rows));
    }

    private List<OverviewCard> cards(PracticeFindings practice) {
        UUID practiceId = practice.practice().getId();
        return cardContributors.stream()
                .map(contributor -> contributor.card(practiceId))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(OverviewCard::order))
                .toList();
    }

    /** The provider's own pages other than this one, as the navigation offers them. */
    private Div providerLinks(UUID providerId) {
        Div links = new Div();
        links.addClassName("dw-provider-links");
        var roles = access.providerRoles(providerId);
        RouteParameters here = new RouteParameters("providerId", providerId.toString());
        for (NavigationEntry entry : navigation.entries(NavigationScope.PROVIDER)) {
            if (entry.view() != ProviderOverviewView.class
                    && roles.stream().anyMatch(role -> role.allows(entry.shownWith()))) {
                links.add(new RouterLink(getTranslation(entry.labelKey()), entry.view(), here));
            }
        }
        return links;
    }

    private Grid<PracticeRow> grid(UUID providerId, List<PracticeRow> rows) {
        Grid<PracticeRow> grid = new Grid<>();
        grid.setId("practices-grid");
        grid.addComponentColumn(row -> new RouterLink(
                        row.findings().practice().getName(),
                        PracticeOverviewView.class,
                        new RouteParameters(
                                "practiceId", row.findings().practice().getId().toString())))
                .setHeader(getTranslation("provider.column.practice"))
                .setFlexGrow(2);
        // The counts link to the provider's findings page, narrowed to the practice.
        grid.addComponentColumn(row -> row.findings().locked()
                                || row.findings().counts().values().stream().allMatch(n -> n == 0)
                        ? new Span(attention(row.findings()))
                        : new Anchor(
                                "providers/" + providerId + "/findings?practice="
                                        + row.findings().practice().getId(),
                                attention(row.findings())))
                .setHeader(getTranslation("provider.column.attention"))
                .setFlexGrow(2);
        List<OverviewCard> labels = rows.stream()
                .map(PracticeRow::cards)
                .filter(cards -> !cards.isEmpty())
                .findFirst()
                .orElse(List.of());
        for (OverviewCard label : labels) {
            grid.addColumn(row -> row.cards().stream()
                            .filter(card -> card.id().equals(label.id()))
                            .findFirst()
                            .map(card -> String.valueOf(card.count()))
                            .orElse(""))
                    .setHeader(getTranslation(label.labelKey()));
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String attention(PracticeFindings practice) {
        if (practice.locked()) {
            return getTranslation("provider.locked");
        }
        String counts = Arrays.stream(Severity.values())
                .filter(severity -> practice.count(severity) > 0)
                .map(severity -> getTranslation(
                        "provider.count",
                        practice.count(severity),
                        getTranslation("severity." + severity.name()).toLowerCase(getLocale())))
                .collect(Collectors.joining(", "));
        return counts.isEmpty() ? getTranslation("provider.nothing-open") : counts;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("provider.page-title");
    }
}
