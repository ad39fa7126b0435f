package io.deviceward.segment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import io.deviceward.access.PracticeAccess;
import io.deviceward.segment.Placement;
import io.deviceward.segment.Segment;
import io.deviceward.segment.SegmentMap;
import io.deviceward.segment.SegmentService;
import io.deviceward.segment.StarterTemplate;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.ui.GridColumns;
import io.deviceward.shared.ui.Notifications;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The practice's segments, the devices their addresses place, starter templates and the exports. */
@Route("practices/:practiceId/segments")
@PageTitle("Segments · DeviceWard")
@PermitAll
public class SegmentsView extends VerticalLayout implements BeforeEnterObserver {
    private final SegmentService segments;
    private final PracticeAccess access;
    private final Grid<Segment> grid = new Grid<>();
    private final Div placements = new Div();
    private final HorizontalLayout templates = new HorizontalLayout();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final HorizontalLayout links = new HorizontalLayout();
    private @Nullable UUID practiceId;
    private Map<UUID, Integer> deviceCounts = Map.of();
    private final Span count = new Span();
    private final GridColumns.Chooser<Segment> chooser;

    SegmentsView(SegmentService segments, PracticeAccess access) {
        this.segments = segments;
        this.access = access;
        setId("segment-list");
        grid.setId("segments-grid");
        Grid.Column<Segment> name = grid.addComponentColumn(
                        s -> GridColumns.link("practices/" + practiceId + "/segments/" + s.getId(), s.getName()))
                .setHeader("Segment")
                .setKey("name")
                .setComparator(Segment::getName)
                .setSortable(true);
        Grid.Column<Segment> purpose =
                grid.addColumn(s -> s.getPurpose().label()).setHeader("Purpose").setKey("purpose");
        Grid.Column<Segment> vlan = grid.addColumn(s -> s.getVlanId() == null ? "" : String.valueOf(s.getVlanId()))
                .setHeader("VLAN")
                .setKey("vlan");
        Grid.Column<Segment> networks = grid.addColumn(s -> String.join(", ", s.getCidrs()))
                .setHeader("Networks")
                .setKey("networks");
        Grid.Column<Segment> inside = grid.addColumn(s -> s.isIsolated() ? "Isolated" : "Open inside")
                .setHeader("Inside")
                .setKey("inside");
        grid.addColumn(s -> deviceCounts.getOrDefault(s.getId(), 0))
                .setHeader("Devices")
                .setKey("devices");
        for (Grid.Column<Segment> column : grid.getColumns()) {
            column.setAutoWidth(true).setFlexGrow(column == name ? 1 : 0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        GridColumns.enterOpensRowLink(grid);
        grid.addItemClickListener(click -> {
            if (click.getColumn() == name || click.isCtrlKey() || click.isMetaKey() || click.getButton() != 0) return;
            navigate("/" + click.getItem().getId());
        });
        chooser = GridColumns.chooser(grid, purpose, vlan, networks, inside);
        count.setId("segments-count");
        HorizontalLayout aboveGrid = new HorizontalLayout(count, chooser);
        aboveGrid.setAlignItems(FlexComponent.Alignment.BASELINE);
        aboveGrid.setWidthFull();
        aboveGrid.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        placements.setId("segment-placements");
        add(
                new H1("Segment map"),
                new Paragraph("The practice's network segments and the traffic allowed between them. "
                        + "Everything no rule allows is denied."),
                links,
                actions,
                templates,
                placements,
                aboveGrid,
                grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        refresh();
    }

    private void refresh() {
        UUID p = practiceId;
        List<Segment> all = segments.listSegments(p);
        deviceCounts = segments.map(p).nodes().stream()
                .filter(n -> n.segmentId() != null)
                .collect(Collectors.toMap(SegmentMap.Node::segmentId, SegmentMap.Node::deviceCount));
        grid.setItems(all);
        boolean canEdit = access.can(p, Permission.EDIT_PRACTICE_DATA);
        count.setText(GridColumns.count(all.size(), all.size(), false, "segment", "segments"));
        grid.setEmptyStateText(
                canEdit
                        ? "No segments yet — add one or start from a template above."
                        : "No segments yet. A practice manager adds them or starts from a template.");

        links.removeAll();
        links.add(
                link("segment-map-link", "Map", "/map"),
                link("flow-rules-link", "Flow rules", "/flows"),
                link("flow-matrix-link", "Flow matrix", "/matrix"),
                link("scan-check-link", "Scan check", "/scan"),
                download(
                        "nftables-download",
                        "nftables ruleset",
                        "deviceward-policy.nft",
                        "text/plain",
                        () -> segments.nftablesRuleset(p)),
                download(
                        "policy-csv-download",
                        "Policy (CSV)",
                        "flow-policy.csv",
                        "text/csv",
                        () -> segments.policyCsv(p)));

        actions.removeAll();
        if (canEdit) {
            Button add = new Button("Add segment", click -> navigate("/new"));
            add.setId("segment-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(add);
        }
        templates.removeAll();
        if (canEdit && all.isEmpty()) {
            templates.add(new Paragraph("Start from a template (segments and rules, all editable):"));
            for (StarterTemplate template : StarterTemplate.values()) {
                Button apply = new Button(template.label(), click -> apply(template));
                apply.setId("template-" + template.name().toLowerCase());
                templates.add(apply);
            }
        }
        placements.removeAll();
        for (Placement placement : segments.placements(p)) {
            Paragraph text = new Paragraph(placement.sentence() + ": place them?");
            Button place = new Button("Place them", click -> place(placement));
            place.setId("place-" + placement.segmentId());
            place.setVisible(canEdit);
            placements.add(new HorizontalLayout(text, place));
        }
    }

    private void apply(StarterTemplate template) {
        try {
            int created = segments.applyTemplate(practiceId, template);
            Notifications.success(template.label() + ": " + created + " segments and their rules added");
            refresh();
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void place(Placement placement) {
        int placed = segments.placeByAddress(practiceId, placement.segmentId());
        Notifications.success(
                placed + (placed == 1 ? " device placed in " : " devices placed in ") + placement.segmentName());
        refresh();
    }

    private Anchor link(String id, String text, String suffix) {
        Anchor anchor = new Anchor("practices/" + practiceId + "/segments" + suffix, text);
        anchor.setId(id);
        return anchor;
    }

    static Anchor download(String id, String text, String fileName, String type, Supplier<String> content) {
        Anchor anchor = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(fileName);
                    event.setContentType(type + "; charset=UTF-8");
                    event.getOutputStream().write(content.get().getBytes(StandardCharsets.UTF_8));
                },
                text);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private void navigate(String suffix) {
        getUI().ifPresent(ui -> ui.navigate("practices/" + practiceId + "/segments" + suffix));
    }
}
