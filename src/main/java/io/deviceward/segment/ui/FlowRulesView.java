package io.deviceward.segment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
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
import io.deviceward.access.PracticeAccess;
import io.deviceward.practice.PracticeService;
import io.deviceward.segment.Endpoint;
import io.deviceward.segment.EndpointKind;
import io.deviceward.segment.FlowMatrix;
import io.deviceward.segment.FlowPolicy;
import io.deviceward.segment.FlowRule;
import io.deviceward.segment.SegmentMap;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.text.DateTimes;
import io.deviceward.shared.ui.GridColumns;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The flow rules in order; {@code ?from=&to=} (map or matrix keys) narrows them to the rules behind one arrow
 * or cell, {@code ?from=} alone to the rules from one box.
 */
@Route("practices/:practiceId/segments/flows")
@PermitAll
public class FlowRulesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final FlowPolicy policy;
    private final PracticeAccess access;
    private final PracticeService practices;
    private final Grid<FlowRule> grid = new Grid<>();
    private final Paragraph narrowed = new Paragraph();
    private final Button add = new Button(t("segment.flows.add"));
    private @Nullable UUID practiceId;
    private Map<Endpoint, String> names = Map.of();
    private final Span count = new Span();
    private final GridColumns.Chooser<FlowRule> chooser;
    private DateTimes times = DateTimes.of(ZoneOffset.UTC, Locale.UK);

    FlowRulesView(FlowPolicy policy, PracticeAccess access, PracticeService practices) {
        this.policy = policy;
        this.practices = practices;
        this.access = access;
        setId("flow-rules");
        grid.setId("flow-rules-grid");
        Grid.Column<FlowRule> rule = grid.addComponentColumn(r -> {
                    String position = String.valueOf(r.getPosition());
                    Anchor link = GridColumns.link(
                            "practices/" + practiceId + "/segments/flows/" + r.getId(),
                            t("segment.flows.rule", position));
                    link.getElement()
                            .setAttribute(
                                    "aria-label",
                                    t(
                                            "segment.flows.rule.aria",
                                            position,
                                            actionLabel(r),
                                            name(r.getSource()),
                                            name(r.getDestination())));
                    return link;
                })
                .setHeader(t("segment.flows.column.rule"))
                .setKey("rule");
        grid.addColumn(this::actionLabel)
                .setHeader(t("segment.flows.column.action"))
                .setKey("action");
        grid.addColumn(r -> name(r.getSource()))
                .setHeader(t("segment.flows.column.from"))
                .setKey("from");
        grid.addColumn(r -> name(r.getDestination()))
                .setHeader(t("segment.flows.column.to"))
                .setKey("to");
        Grid.Column<FlowRule> traffic = grid.addColumn(FlowRule::trafficLabel)
                .setHeader(t("segment.flows.column.traffic"))
                .setKey("traffic");
        Grid.Column<FlowRule> justification = grid.addColumn(
                        r -> r.getJustification() == null ? "" : r.getJustification())
                .setHeader(t("segment.flows.column.justification"))
                .setKey("justification");
        Grid.Column<FlowRule> review = grid.addColumn(r -> times.date(r.getReviewDue()))
                .setHeader(t("segment.flows.column.review-due"))
                .setKey("reviewDue");
        for (Grid.Column<FlowRule> column : grid.getColumns()) {
            // The justification is free text: it takes the width left and wraps; the rest are sized to content.
            if (column == justification) column.setFlexGrow(1).setWidth("16rem");
            else column.setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        GridColumns.enterOpensRowLink(grid);
        grid.addItemClickListener(c -> {
            if (c.getColumn() == rule || c.isCtrlKey() || c.isMetaKey() || c.getButton() != 0) return;
            navigate("/flows/" + c.getItem().getId());
        });
        chooser = GridColumns.chooser(grid, traffic, justification, review);
        count.setId("flow-rules-count");
        HorizontalLayout aboveGrid = new HorizontalLayout(count, chooser);
        aboveGrid.setAlignItems(FlexComponent.Alignment.BASELINE);
        aboveGrid.setWidthFull();
        aboveGrid.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        narrowed.setId("flow-rules-narrowed");
        add.setId("flow-rule-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(c -> navigate("/flows/new"));
        add(
                new H1(t("segment.flows.title")),
                new Paragraph(t("segment.flows.intro")),
                new HorizontalLayout(add),
                narrowed,
                aboveGrid,
                grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        names = policy.endpointNames(practiceId);
        times = DateTimes.in(practices.zone(practiceId));
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        String from = query.getOrDefault("from", List.of()).stream().findFirst().orElse(null);
        String to = query.getOrDefault("to", List.of()).stream().findFirst().orElse(null);
        List<FlowRule> rules = policy.listRules(practiceId);
        int all = rules.size();
        if (from != null) {
            FlowMatrix matrix = policy.matrix(practiceId);
            List<FlowRule> behind = matrix.axes().stream()
                    .filter(a -> to == null || a.key().equals(to))
                    .flatMap(a -> matrix.rules(from, a.key()).stream())
                    .toList();
            rules = behind;
            narrowed.setText((to == null
                            ? t("segment.flows.narrowed.from", axisName(matrix, from), behind.size())
                            : t(
                                    "segment.flows.narrowed.between",
                                    axisName(matrix, from),
                                    axisName(matrix, to),
                                    behind.size()))
                    + " ");
            narrowed.add(new Anchor("practices/" + practiceId + "/segments/flows", t("segment.flows.show-all")));
            narrowed.setVisible(true);
        } else {
            narrowed.setVisible(false);
        }
        grid.setItems(rules);
        boolean canEdit = access.can(practiceId, Permission.EDIT_PRACTICE_DATA);
        add.setVisible(canEdit);
        count.setText(
                from != null ? t("segment.flows.count.narrowed", rules.size(), all) : t("segment.flows.count", all));
        grid.setEmptyStateText(
                from != null
                        ? t("segment.flows.empty.narrowed")
                        : canEdit ? t("segment.flows.empty.edit") : t("segment.flows.empty.view"));
    }

    private String axisName(FlowMatrix matrix, String key) {
        return key.equals(SegmentMap.INTERNET_KEY)
                ? t("segment.flows.internet")
                : matrix.axes().stream()
                        .filter(a -> a.key().equals(key))
                        .map(FlowMatrix.Axis::name)
                        .findFirst()
                        .orElse(key);
    }

    private String name(Endpoint endpoint) {
        String name = names.getOrDefault(endpoint, t("segment.flows.removed"));
        return endpoint.kind() == EndpointKind.DEVICE ? t("segment.flows.device", name) : name;
    }

    private String actionLabel(FlowRule rule) {
        return t("enum.FlowAction." + rule.getAction().name());
    }

    private void navigate(String suffix) {
        getUI().ifPresent(ui -> ui.navigate("practices/" + practiceId + "/segments" + suffix));
    }

    @Override
    public String getPageTitle() {
        return t("segment.flows.page-title");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
