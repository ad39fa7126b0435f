package io.deviceward.findings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.deviceward.findings.Findings;
import io.deviceward.findings.PracticeFindings;
import io.deviceward.practice.Practice;
import io.deviceward.shared.finding.Finding;
import io.deviceward.shared.finding.Severity;
import io.deviceward.shared.i18n.Translations;
import io.deviceward.shared.ui.GridColumns;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Every open finding of a provider's practices, worst first, each a sentence that links to where it is fixed;
 * filtered by practice, severity and kind, with the filters in the URL (the provider overview links here with a
 * practice chosen). For those with a role on the whole provider, as its overview: anyone else gets "not found".
 */
@Route("providers/:providerId/findings")
@PermitAll
public class ProviderFindingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final Findings findings;
    private final Grid<Row> grid = new Grid<>();
    private final Select<Practice> practiceFilter = new Select<>();
    private final Select<Severity> severityFilter = new Select<>();
    private final Select<String> kindFilter = new Select<>();
    private final Span count = new Span();
    private final Paragraph locked = new Paragraph();
    private List<Row> all = List.of();
    private @Nullable UUID providerId;
    private boolean applyingUrl;

    /** One finding with the practice it belongs to. */
    record Row(Practice practice, Finding finding) {}

    ProviderFindingsView(Findings findings) {
        this.findings = findings;
        setId("provider-findings");
        setSizeFull();

        practiceFilter.setId("findings-practice");
        practiceFilter.setLabel(t("findings.provider.practice"));
        practiceFilter.setEmptySelectionAllowed(true);
        practiceFilter.setEmptySelectionCaption(t("findings.provider.practice.all"));
        practiceFilter.setItemLabelGenerator(p -> p == null ? t("findings.provider.practice.all") : p.getName());
        severityFilter.setId("findings-severity");
        severityFilter.setLabel(t("findings.provider.severity"));
        severityFilter.setItems(Severity.values());
        severityFilter.setEmptySelectionAllowed(true);
        severityFilter.setEmptySelectionCaption(t("findings.provider.severity.any"));
        severityFilter.setItemLabelGenerator(s -> s == null ? t("findings.provider.severity.any") : severityLabel(s));
        kindFilter.setId("findings-kind");
        kindFilter.setLabel(t("findings.provider.kind"));
        kindFilter.setEmptySelectionAllowed(true);
        kindFilter.setEmptySelectionCaption(t("findings.provider.kind.any"));
        kindFilter.setItemLabelGenerator(k -> k == null ? t("findings.provider.kind.any") : kindLabel(k));
        practiceFilter.addValueChangeListener(e -> filtersChanged());
        severityFilter.addValueChangeListener(e -> filtersChanged());
        kindFilter.addValueChangeListener(e -> filtersChanged());

        grid.setId("provider-findings-grid");
        grid.addComponentColumn(row -> severityBadge(row.finding().severity()))
                .setHeader(t("findings.provider.column.severity"))
                .setKey("severity")
                .setComparator(row -> row.finding().severity());
        Grid.Column<Row> finding = grid.addComponentColumn(
                        row -> GridColumns.link(row.finding().fixPath(), sentence(row.finding())))
                .setHeader(t("findings.provider.column.finding"))
                .setKey("finding");
        Grid.Column<Row> practice = grid.addComponentColumn(row -> new Anchor(
                        "practices/" + row.practice().getId(), row.practice().getName()))
                .setHeader(t("findings.provider.column.practice"))
                .setKey("practice")
                .setComparator(row -> row.practice().getName());
        Grid.Column<Row> kind = grid.addColumn(row -> kindLabel(row.finding().kind()))
                .setHeader(t("findings.provider.column.kind"))
                .setKey("kind")
                .setSortable(true);
        for (Grid.Column<Row> column : grid.getColumns()) {
            column.setAutoWidth(true).setFlexGrow(column == finding ? 1 : 0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        GridColumns.enterOpensRowLink(grid);
        GridColumns.Chooser<Row> chooser = GridColumns.chooser(grid, practice, kind);

        count.setId("provider-findings-count");
        locked.setId("provider-findings-locked");
        locked.setVisible(false);
        HorizontalLayout filters = new HorizontalLayout(practiceFilter, severityFilter, kindFilter);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout aboveGrid = new HorizontalLayout(count, chooser);
        aboveGrid.setAlignItems(FlexComponent.Alignment.BASELINE);
        aboveGrid.setWidthFull();
        aboveGrid.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(
                new H1(t("findings.provider.title")),
                new Paragraph(t("findings.provider.intro")),
                filters,
                locked,
                aboveGrid,
                grid);
        expand(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        providerId = RouteIds.required(event, "providerId");
        List<PracticeFindings> practices = findings.forProvider(providerId); // "not found" for anyone else
        List<Row> rows = new ArrayList<>();
        List<String> lockedNames = new ArrayList<>();
        for (PracticeFindings practice : practices) {
            if (practice.locked()) {
                lockedNames.add(practice.practice().getName());
                continue;
            }
            for (Finding finding : Objects.requireNonNull(practice.findings())) {
                rows.add(new Row(practice.practice(), finding));
            }
        }
        rows.sort((a, b) -> Finding.WORST_FIRST.compare(a.finding(), b.finding()));
        all = List.copyOf(rows);
        locked.setText(lockedNames.isEmpty() ? "" : t("findings.provider.locked", String.join(", ", lockedNames)));
        locked.setVisible(!lockedNames.isEmpty());

        List<Practice> practiceItems =
                practices.stream().map(PracticeFindings::practice).toList();
        List<String> kinds = all.stream()
                .map(row -> row.finding().kind())
                .distinct()
                .sorted((a, b) -> kindLabel(a).compareTo(kindLabel(b)))
                .toList();
        QueryParameters query = event.getLocation().getQueryParameters();
        applyingUrl = true;
        try {
            practiceFilter.setItems(practiceItems);
            kindFilter.setItems(kinds);
            UUID practiceId = query.getSingleParameter("practice")
                    .flatMap(RouteIds::parse)
                    .orElse(null);
            practiceFilter.setValue(practiceItems.stream()
                    .filter(p -> p.getId().equals(practiceId))
                    .findFirst()
                    .orElse(null));
            severityFilter.setValue(query.getSingleParameter("severity")
                    .flatMap(ProviderFindingsView::severity)
                    .orElse(null));
            kindFilter.setValue(
                    query.getSingleParameter("kind").filter(kinds::contains).orElse(null));
        } finally {
            applyingUrl = false;
        }
        show();
    }

    private void filtersChanged() {
        if (applyingUrl) return;
        show();
        Map<String, String> query = new HashMap<>();
        if (practiceFilter.getValue() != null)
            query.put("practice", practiceFilter.getValue().getId().toString());
        if (severityFilter.getValue() != null)
            query.put("severity", severityFilter.getValue().name().toLowerCase(Locale.ROOT));
        if (kindFilter.getValue() != null) query.put("kind", kindFilter.getValue());
        UI.getCurrent()
                .getPage()
                .getHistory()
                .replaceState(
                        null, new Location("providers/" + providerId + "/findings", QueryParameters.simple(query)));
    }

    private void show() {
        Practice practice = practiceFilter.getValue();
        Severity severity = severityFilter.getValue();
        String kind = kindFilter.getValue();
        List<Row> shown = all.stream()
                .filter(row -> practice == null || row.practice().getId().equals(practice.getId()))
                .filter(row -> severity == null || row.finding().severity() == severity)
                .filter(row -> kind == null || row.finding().kind().equals(kind))
                .toList();
        boolean narrowed = practice != null || severity != null || kind != null;
        grid.setItems(shown);
        count.setText(
                narrowed
                        ? t("findings.provider.count.narrowed", shown.size(), all.size())
                        : t("findings.provider.count", all.size()));
        grid.setEmptyStateText(all.isEmpty() ? t("findings.provider.empty") : t("findings.provider.empty.filtered"));
    }

    private static Optional<Severity> severity(String value) {
        try {
            return Optional.of(Severity.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a mangled link shows everything rather than an error
        }
    }

    private Component severityBadge(Severity severity) {
        Span badge = new Span(severityLabel(severity));
        badge.getElement()
                .getThemeList()
                .add("badge"
                        + switch (severity) {
                            case CRITICAL, HIGH -> " error";
                            case MEDIUM -> "";
                            case LOW -> " contrast";
                        });
        return badge;
    }

    @Override
    public String getPageTitle() {
        return t("findings.provider.page-title");
    }

    private String sentence(Finding finding) {
        return t(finding.text().key(), finding.text().params());
    }

    /** The kind in the reader's words, from its feature's bundle; a kind without a text reads as its key in words. */
    private String kindLabel(String kind) {
        String key = FindingKinds.key(kind);
        return Translations.has(key) ? t(key) : FindingKinds.label(kind);
    }

    private String severityLabel(Severity severity) {
        return t("severity." + severity.name());
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
