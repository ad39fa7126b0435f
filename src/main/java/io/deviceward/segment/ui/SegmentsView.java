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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.deviceward.access.PracticeAccess;
import io.deviceward.segment.FlowPolicy;
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
@PermitAll
public class SegmentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final SegmentService segments;
    private final FlowPolicy policy;
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

    SegmentsView(SegmentService segments, FlowPolicy policy, PracticeAccess access) {
        this.segments = segments;
        this.policy = policy;
        this.access = access;
        setId("segment-list");
        grid.setId("segments-grid");
        Grid.Column<Segment> name = grid.addComponentColumn(
                        s -> GridColumns.link("practices/" + practiceId + "/segments/" + s.getId(), s.getName()))
                .setHeader(t("segment.list.column.name"))
                .setKey("name")
                .setComparator(Segment::getName)
                .setSortable(true);
        Grid.Column<Segment> purpose = grid.addColumn(s -> purposeLabel(s))
                .setHeader(t("segment.list.column.purpose"))
                .setKey("purpose");
        Grid.Column<Segment> vlan = grid.addColumn(s -> s.getVlanId() == null ? "" : String.valueOf(s.getVlanId()))
                .setHeader(t("segment.list.column.vlan"))
                .setKey("vlan");
        Grid.Column<Segment> networks = grid.addColumn(s -> String.join(", ", s.getCidrs()))
                .setHeader(t("segment.list.column.networks"))
                .setKey("networks");
        Grid.Column<Segment> inside = grid.addColumn(
                        s -> s.isIsolated() ? t("segment.list.inside.isolated") : t("segment.list.inside.open"))
                .setHeader(t("segment.list.column.inside"))
                .setKey("inside");
        grid.addColumn(s -> deviceCounts.getOrDefault(s.getId(), 0))
                .setHeader(t("segment.list.column.devices"))
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
                new H1(t("segment.list.title")),
                new Paragraph(t("segment.list.intro")),
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
        count.setText(t("segment.list.count", all.size()));
        grid.setEmptyStateText(canEdit ? t("segment.list.empty.edit") : t("segment.list.empty.view"));

        links.removeAll();
        links.add(
                link("segment-map-link", t("segment.list.link.map"), "/map"),
                link("flow-rules-link", t("segment.list.link.flows"), "/flows"),
                link("flow-matrix-link", t("segment.list.link.matrix"), "/matrix"),
                link("scan-check-link", t("segment.list.link.scan"), "/scan"),
                download(
                        "nftables-download",
                        t("segment.list.download.nftables"),
                        "deviceward-policy.nft",
                        "text/plain",
                        () -> policy.nftablesRuleset(p)),
                download(
                        "policy-csv-download",
                        t("segment.list.download.csv"),
                        "flow-policy.csv",
                        "text/csv",
                        () -> policy.policyCsv(p)));

        actions.removeAll();
        if (canEdit) {
            Button add = new Button(t("segment.list.add"), click -> navigate("/new"));
            add.setId("segment-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(add);
        }
        templates.removeAll();
        if (canEdit && all.isEmpty()) {
            templates.add(new Paragraph(t("segment.list.templates")));
            for (StarterTemplate template : StarterTemplate.values()) {
                Button apply = new Button(templateLabel(template), click -> apply(template));
                apply.setId("template-" + template.name().toLowerCase());
                templates.add(apply);
            }
        }
        placements.removeAll();
        for (Placement placement : segments.placements(p)) {
            Paragraph text = new Paragraph(t("segment.list.placement", placement.sentence()));
            Button place = new Button(t("segment.list.place"), click -> place(placement));
            place.setId("place-" + placement.segmentId());
            place.setVisible(canEdit);
            placements.add(new HorizontalLayout(text, place));
        }
    }

    private void apply(StarterTemplate template) {
        try {
            int created = segments.applyTemplate(practiceId, template);
            Notifications.success(t("segment.list.template.applied", templateLabel(template), created));
            refresh();
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void place(Placement placement) {
        int placed = segments.placeByAddress(practiceId, placement.segmentId());
        Notifications.success(t("segment.list.placed", placed, placement.segmentName()));
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

    @Override
    public String getPageTitle() {
        return t("segment.list.page-title");
    }

    private String purposeLabel(Segment segment) {
        return t("enum.SegmentPurpose." + segment.getPurpose().name());
    }

    private String templateLabel(StarterTemplate template) {
        return t("enum.StarterTemplate." + template.name());
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
