package io.deviceward.segment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.deviceward.access.PracticeAccess;
import io.deviceward.segment.Endpoint;
import io.deviceward.segment.EndpointKind;
import io.deviceward.segment.FlowMatrix;
import io.deviceward.segment.FlowRule;
import io.deviceward.segment.SegmentMap;
import io.deviceward.segment.SegmentService;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The flow rules in order; {@code ?from=&to=} (map or matrix keys) narrows them to the rules behind one arrow
 * or cell, {@code ?from=} alone to the rules from one box.
 */
@Route("practices/:practiceId/segments/flows")
@PageTitle("Flow rules · DeviceWard")
@PermitAll
public class FlowRulesView extends VerticalLayout implements BeforeEnterObserver {
    private final SegmentService segments;
    private final PracticeAccess access;
    private final Grid<FlowRule> grid = new Grid<>();
    private final Paragraph narrowed = new Paragraph();
    private final Button add = new Button("Add rule");
    private @Nullable UUID practiceId;
    private Map<Endpoint, String> names = Map.of();

    FlowRulesView(SegmentService segments, PracticeAccess access) {
        this.segments = segments;
        this.access = access;
        setId("flow-rules");
        grid.setId("flow-rules-grid");
        grid.addColumn(FlowRule::getPosition).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.getAction().label()).setHeader("Action").setAutoWidth(true);
        grid.addColumn(r -> name(r.getSource())).setHeader("From").setFlexGrow(2);
        grid.addColumn(r -> name(r.getDestination())).setHeader("To").setFlexGrow(2);
        grid.addColumn(FlowRule::trafficLabel).setHeader("Traffic").setFlexGrow(2);
        grid.addColumn(r -> r.getJustification() == null ? "" : r.getJustification())
                .setHeader("Justification")
                .setFlexGrow(3);
        grid.addColumn(r -> r.getReviewDue() == null ? "" : r.getReviewDue().toString())
                .setHeader("Review due")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(c -> navigate("/flows/" + c.getItem().getId()));
        narrowed.setId("flow-rules-narrowed");
        add.setId("flow-rule-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(c -> navigate("/flows/new"));
        add(
                new H1("Flow rules"),
                new Paragraph("Rules apply in order: the first that matches decides. What no rule allows is denied."),
                new HorizontalLayout(add),
                narrowed,
                grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        names = segments.endpointNames(practiceId);
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        String from = query.getOrDefault("from", List.of()).stream().findFirst().orElse(null);
        String to = query.getOrDefault("to", List.of()).stream().findFirst().orElse(null);
        List<FlowRule> rules = segments.listRules(practiceId);
        if (from != null) {
            FlowMatrix matrix = segments.matrix(practiceId);
            List<FlowRule> behind = matrix.axes().stream()
                    .filter(a -> to == null || a.key().equals(to))
                    .flatMap(a -> matrix.rules(from, a.key()).stream())
                    .toList();
            rules = behind;
            narrowed.setText(
                    "Allowed from " + axisName(matrix, from) + (to == null ? "" : " to " + axisName(matrix, to)) + ": "
                            + behind.size() + (behind.size() == 1 ? " rule" : " rules") + ". ");
            narrowed.add(new Anchor("practices/" + practiceId + "/segments/flows", "Show all rules"));
            narrowed.setVisible(true);
        } else {
            narrowed.setVisible(false);
        }
        grid.setItems(rules);
        add.setVisible(access.can(practiceId, Permission.EDIT_PRACTICE_DATA));
    }

    private static String axisName(FlowMatrix matrix, String key) {
        return key.equals(SegmentMap.INTERNET_KEY)
                ? "the Internet"
                : matrix.axes().stream()
                        .filter(a -> a.key().equals(key))
                        .map(FlowMatrix.Axis::name)
                        .findFirst()
                        .orElse(key);
    }

    private String name(Endpoint endpoint) {
        String name = names.getOrDefault(endpoint, "(removed)");
        return endpoint.kind() == EndpointKind.DEVICE ? "Device " + name : name;
    }

    private void navigate(String suffix) {
        getUI().ifPresent(ui -> ui.navigate("practices/" + practiceId + "/segments" + suffix));
    }
}
