package io.deviceward.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.deviceward.findings.Findings;
import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeService;
import io.deviceward.shared.finding.Finding;
import io.deviceward.shared.navigation.OverviewCard;
import io.deviceward.shared.navigation.OverviewCard.EmptyState;
import io.deviceward.shared.navigation.OverviewCardContributor;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A practice at a glance: what needs attention first, then what each feature counts, and the first step where
 * a feature holds nothing yet. Every part comes from the features' contributions; this view names none.
 */
@Route("practices/:practiceId")
@PermitAll
class PracticeOverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final PracticeService practices;
    private final Findings findings;
    private final List<OverviewCardContributor> cardContributors;
    private String title = "";

    PracticeOverviewView(PracticeService practices, Findings findings, List<OverviewCardContributor> cardContributors) {
        this.practices = practices;
        this.findings = findings;
        this.cardContributors = cardContributors;
        setId("practice-overview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID practiceId = RouteIds.required(event, "practiceId");
        Practice practice = practices.get(practiceId);
        title = getTranslation("overview.title", practice.getName());
        List<OverviewCard> cards = cardContributors.stream()
                .map(contributor -> contributor.card(practiceId))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(OverviewCard::order))
                .toList();

        removeAll();
        add(new H1(practice.getName()), needsAttention(findings.forPractice(practiceId)));
        FlexLayout row = new FlexLayout();
        row.addClassName("dw-cards");
        cards.forEach(card -> row.add(card(card)));
        add(row);
        cards.stream()
                .filter(card -> card.count() == 0 && card.emptyState() != null)
                .forEach(card -> add(emptyState(card.emptyState())));
    }

    private Component needsAttention(List<Finding> open) {
        Div section = new Div(new H2(getTranslation("overview.attention")));
        section.setId("needs-attention");
        section.addClassName("dw-needs-attention");
        if (open.isEmpty()) {
            Paragraph calm = new Paragraph(getTranslation("overview.attention.none"));
            calm.setId("findings-empty");
            section.add(calm);
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.setId("findings");
        list.addClassName("dw-findings");
        for (Finding finding : open) {
            Span severity =
                    new Span(getTranslation("severity." + finding.severity().name()));
            severity.addClassNames(
                    "dw-severity", "dw-severity-" + finding.severity().name().toLowerCase());
            Anchor link = new Anchor(
                    finding.fixPath(),
                    getTranslation(finding.text().key(), finding.text().params()));
            link.getElement().setAttribute("router-link", true);
            ListItem item = new ListItem(severity, link);
            item.addClassName("dw-finding");
            item.getElement().setAttribute("data-kind", finding.kind());
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Component card(OverviewCard card) {
        Span number = new Span(String.valueOf(card.count()));
        number.setId(card.id());
        number.addClassName("dw-card-number");
        Div box = new Div(
                new Span(getTranslation(card.labelKey())),
                number,
                new RouterLink(
                        getTranslation(card.link().textKey()),
                        card.link().view(),
                        card.link().parameters()));
        box.addClassName("dw-card");
        return box;
    }

    private Component emptyState(EmptyState state) {
        Div empty = new Div(new H2(getTranslation(state.titleKey())), new Paragraph(getTranslation(state.textKey())));
        empty.setId(state.id());
        empty.addClassName("dw-empty-state");
        if (state.action() != null) {
            OverviewCard.ViewLink action = state.action();
            Button button = new Button(
                    getTranslation(action.textKey()),
                    click -> getUI().ifPresent(ui -> ui.navigate(action.view(), action.parameters())));
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.setId(state.actionId());
            empty.add(button);
        }
        return empty;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
