package io.deviceward.device.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.deviceward.device.DeviceCategories;
import io.deviceward.device.DeviceCategory;
import io.deviceward.device.DeviceCsvExport;
import io.deviceward.device.DeviceFilter;
import io.deviceward.device.DeviceRow;
import io.deviceward.device.DeviceService;
import io.deviceward.device.DeviceStatus;
import io.deviceward.device.PostureGap;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.security.PermissionCheck;
import io.deviceward.shared.ui.GridColumns;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The practice's device registry: a lazy grid (pages come from the database, never the whole
 * table), filters that live in the URL query so a filtered view can be bookmarked and shared,
 * bulk actions on the selection, export of the filtered view, and the import.
 */
@Route("practices/:practiceId/devices")
@PermitAll
class DeviceListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    /** Below this window width (px) the grid shows only {@link #COMPACT_COLUMNS}. */
    static final int COMPACT_BELOW = 600;

    static final Set<String> COMPACT_COLUMNS = Set.of("name", "category", "worst");
    private final DeviceService devices;
    private final DeviceCategories categories;
    private final DeviceCsvExport export;
    private final PermissionCheck access;
    private final Grid<DeviceRow> grid = new Grid<>(DeviceRow.class, false);
    private final TextField search = new TextField();
    private final ComboBox<String> categoryFilter = new ComboBox<>();
    private final Select<DeviceStatus> statusFilter = new Select<>();
    private final Select<PostureGap> gapFilter = new Select<>();
    private final Button add = new Button(VaadinIcon.PLUS.create());
    private final Button importButton = new Button(VaadinIcon.UPLOAD.create());
    private final Anchor exportLink = new Anchor();
    private final Span matchCount = new Span();
    /** The compact list's "worst finding" column: added the first time the list is compact, hidden otherwise. */
    private Grid.@Nullable Column<DeviceRow> worst;

    private final Grid.Column<DeviceRow> name;
    private final DeviceColumnChooser chooser;
    private boolean compact;
    private @Nullable Registration resizeRegistration;
    private final HorizontalLayout aboveGrid;
    /** Built on the first tick (see {@link DeviceBulkBar}); null until then. */
    private @Nullable DeviceBulkBar bulkBar;

    private List<String> categoryCodes = List.of();
    private Map<String, String> categoryLabels = Map.of();
    private UUID practiceId;
    private DeviceFilter filter = DeviceFilter.NONE;
    private boolean applyingUrl;

    DeviceListView(DeviceService devices, DeviceCategories categories, DeviceCsvExport export, PermissionCheck access) {
        this.devices = devices;
        this.categories = categories;
        this.export = export;
        this.access = access;
        setId("device-list");
        setSizeFull();

        search.setPlaceholder(t("device.list.search"));
        search.setId("device-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22rem");
        categoryFilter.setPlaceholder(t("device.list.filter.category.all"));
        categoryFilter.setId("filter-category");
        categoryFilter.setClearButtonVisible(true);
        statusFilter.setId("filter-status");
        statusFilter.setItems(DeviceStatus.values());
        statusFilter.setItemLabelGenerator(s -> s == null ? t("device.list.filter.status.all") : label(s));
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(t("device.list.filter.status.all"));
        gapFilter.setId("filter-gap");
        gapFilter.setItems(PostureGap.values());
        gapFilter.setItemLabelGenerator(g -> g == null ? t("device.list.filter.gap.any") : label(g));
        gapFilter.setEmptySelectionAllowed(true);
        gapFilter.setEmptySelectionCaption(t("device.list.filter.gap.any"));
        search.addValueChangeListener(e -> filtersChanged());
        categoryFilter.addValueChangeListener(e -> filtersChanged());
        statusFilter.addValueChangeListener(e -> filtersChanged());
        gapFilter.addValueChangeListener(e -> filtersChanged());

        add.setText(t("device.list.add"));
        add.setId("add-device");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(
                click -> getUI().ifPresent(ui -> ui.navigate(DeviceFormView.class, DeviceFormView.forNew(practiceId))));
        importButton.setText(t("device.list.import"));
        importButton.setId("import-devices");
        importButton.addClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(DeviceImportView.class, new RouteParameters("practiceId", practiceId.toString()))));
        exportLink.setId("export-devices");
        exportLink.add(new Button(t("device.list.export"), VaadinIcon.DOWNLOAD.create()));

        grid.setId("devices-grid");
        grid.setMinHeight("20rem");
        selectable(true);
        Grid.Column<DeviceRow> name = grid.addColumn(DeviceCells.nameLink(this::devicePath))
                .setHeader(t("device.list.column.name"))
                .setKey("name")
                .setSortProperty("name");
        grid.addColumn(d -> categoryLabels.getOrDefault(d.category(), d.category()))
                .setHeader(t("device.list.column.category"))
                .setKey("category")
                .setSortProperty("category");
        Grid.Column<DeviceRow> make = grid.addColumn(DeviceRow::make)
                .setHeader(t("device.list.column.make"))
                .setKey("manufacturer")
                .setSortProperty("manufacturer", "model");
        Grid.Column<DeviceRow> ip = grid.addColumn(DeviceRow::ipAddresses)
                .setHeader(t("device.list.column.ip"))
                .setKey("ip");
        Grid.Column<DeviceRow> status = grid.addColumn(d -> label(d.status()))
                .setHeader(t("device.list.column.status"))
                .setKey("status")
                .setSortProperty("status");
        Grid.Column<DeviceRow> posture = grid.addColumn(DeviceCells.postureBadges(this))
                .setHeader(t("device.list.column.posture"))
                .setKey("posture");
        // Sized to fit 1366 px beside the navigation: text wraps rather than being cut off, the name takes the most
        // width left, status is as wide as its words.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        this.name = name;
        for (Grid.Column<DeviceRow> column : grid.getColumns()) column.setFlexGrow(0);
        status.setAutoWidth(true);
        ip.setWidth("10rem");
        posture.setWidth("12rem");
        make.setWidth("9rem").setFlexGrow(1);
        widths(false);
        // The serial number is searchable and on the device's page, the location on it too: both to choose, and
        // added to the grid only when first chosen.
        chooser = new DeviceColumnChooser(
                grid,
                Set.of("serialNumber", "location"),
                List.of(
                        shown(make),
                        new DeviceColumnChooser.Hideable(
                                "serialNumber", t("device.list.column.serial"), this::serialColumn),
                        shown(ip),
                        new DeviceColumnChooser.Hideable(
                                "location", t("device.list.column.location"), this::locationColumn),
                        shown(status),
                        shown(posture)),
                this::orderColumns);
        GridColumns.enterOpensRowLink(grid);
        // No total count in the grid's data provider: the grid scrolls on as long as pages come, and counting
        // 100,000 rows on every page costs more than the page. The match count above it is counted once per filter.
        // The grid keeps every row it has fetched and not yet scrolled past: pages of 20 (a screenful) instead of
        // Vaadin's 50 keep an open list lighter.
        // The rows are small records of what the columns show (DeviceRow), not the devices with their posture: the
        // device's page and form load the device itself.
        grid.setPageSize(20);
        grid.setItems(query ->
                        devices
                                .listRows(practiceId, filter, VaadinSpringDataHelpers.toSpringPageRequest(query))
                                .stream())
                .setIdentifierProvider(DeviceRow::id);
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("name")).build());
        // The name cell is a link of its own; a plain click elsewhere in the row opens the device too.
        grid.addItemClickListener(click -> {
            if (click.getColumn() == name || click.isCtrlKey() || click.isMetaKey() || click.isShiftKey()) return;
            if (click.getButton() != 0) return;
            getUI().ifPresent(ui -> ui.navigate(devicePath(click.getItem())));
        });

        HorizontalLayout filters = new HorizontalLayout(search, categoryFilter, statusFilter, gapFilter);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout actions = new HorizontalLayout(add, importButton, exportLink);
        actions.getStyle().set("flex-wrap", "wrap");
        matchCount.setId("device-match-count");
        aboveGrid = new HorizontalLayout(matchCount, chooser);
        aboveGrid.setAlignItems(FlexComponent.Alignment.BASELINE);
        aboveGrid.setWidthFull();
        aboveGrid.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(new H1(t("device.list.heading")), actions, filters, aboveGrid, grid);
        expand(grid);
    }

    /**
     * Shows the bulk bar while devices are ticked and the reader may change them; builds it on the first tick, above
     * the match count.
     */
    private void showBulkBar(int selected) {
        boolean show = selected > 0 && access.can(practiceId, Permission.EDIT_PRACTICE_DATA);
        if (show && bulkBar == null) {
            bulkBar = new DeviceBulkBar(devices, new DeviceBulkBar.Selection() {
                @Override
                public UUID practiceId() {
                    return practiceId;
                }

                @Override
                public Set<UUID> deviceIds() {
                    return grid.getSelectedItems().stream().map(DeviceRow::id).collect(Collectors.toSet());
                }

                @Override
                public void changed() {
                    grid.deselectAll();
                    grid.getDataProvider().refreshAll();
                    updateCount();
                }
            });
            bulkBar.categories(categoryCodes, categoryLabels);
            addComponentAtIndex(indexOf(aboveGrid), bulkBar);
        }
        if (bulkBar == null) return;
        bulkBar.setVisible(show);
        bulkBar.selected(selected);
    }

    /** The row's page (the device's read page; its form is one click from there). */
    private String devicePath(DeviceRow device) {
        return "practices/" + practiceId + "/devices/" + device.id();
    }

    /** Follows the window's width: below {@link #COMPACT_BELOW} px the grid becomes a compact list. */
    @Override
    protected void onAttach(AttachEvent event) {
        Page page = event.getUI().getPage();
        resizeRegistration = page.addBrowserWindowResizeListener(resize -> layoutFor(resize.getWidth()));
        page.retrieveExtendedClientDetails(details -> layoutFor(details.getWindowInnerWidth()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resizeRegistration != null) resizeRegistration.remove();
        resizeRegistration = null;
    }

    /**
     * A phone's width gets a compact list (name, category, worst finding) and no column chooser; a wider window
     * gets the columns the user chose again. A width not known (0 or less) changes nothing.
     */
    void layoutFor(int width) {
        if (width <= 0) return;
        boolean narrow = width < COMPACT_BELOW;
        if (narrow == compact) return;
        compact = narrow;
        if (narrow) worstColumn();
        chooser.suspend(narrow);
        selectable(!narrow);
        widths(narrow);
        for (Grid.Column<DeviceRow> column : grid.getColumns()) {
            String key = column.getKey();
            if (narrow) column.setVisible(COMPACT_COLUMNS.contains(key));
            else if (column == worst) column.setVisible(false);
            else if (!chooser.isHideable(key)) column.setVisible(true);
        }
        chooser.apply();
    }

    /** The grid's columns in their order, whichever of them exist: late ones are added at the end. */
    private static final List<String> COLUMN_ORDER =
            List.of("name", "category", "manufacturer", "serialNumber", "ip", "location", "status", "posture", "worst");

    private void orderColumns() {
        grid.setColumnOrder(grid.getColumns().stream()
                .sorted(Comparator.comparingInt(column -> COLUMN_ORDER.indexOf(column.getKey())))
                .toList());
    }

    private static DeviceColumnChooser.Hideable shown(Grid.Column<DeviceRow> column) {
        return new DeviceColumnChooser.Hideable(column.getKey(), column.getHeaderText(), () -> column);
    }

    private Grid.Column<DeviceRow> serialColumn() {
        Grid.Column<DeviceRow> serial = grid.getColumnByKey("serialNumber");
        if (serial != null) return serial;
        serial = grid.addColumn(DeviceRow::serialNumber)
                .setHeader(t("device.list.column.serial"))
                .setKey("serialNumber")
                .setSortProperty("serialNumber");
        serial.setWidth("10rem").setFlexGrow(0);
        return serial;
    }

    private Grid.Column<DeviceRow> locationColumn() {
        Grid.Column<DeviceRow> location = grid.getColumnByKey("location");
        if (location != null) return location;
        location = grid.addColumn(DeviceRow::location)
                .setHeader(t("device.list.column.location"))
                .setKey("location")
                .setSortProperty("location");
        location.setWidth("8rem").setFlexGrow(1);
        return location;
    }

    /**
     * Adds the compact list's column on the first narrow layout: most lists are never seen on a phone, and a hidden
     * column still cost each open UI its element, header and renderer (issue #14).
     */
    private Grid.Column<DeviceRow> worstColumn() {
        if (worst == null) {
            worst = grid.addColumn(DeviceCells.worstBadge(this))
                    .setHeader(t("device.list.column.worst"))
                    .setKey("worst");
            worst.setWidth("6.5rem").setFlexGrow(0);
        }
        return worst;
    }

    boolean isCompact() {
        return compact;
    }

    /** The compact list's columns share a phone's width; the wide grid gives the name the most. */
    private void widths(boolean narrow) {
        name.setWidth(narrow ? "7rem" : "12rem").setFlexGrow(narrow ? 1 : 2);
        grid.getColumnByKey("category").setWidth(narrow ? "8rem" : "9rem").setFlexGrow(narrow ? 0 : 1);
    }

    /**
     * Rows can be ticked for bulk changes on a wide screen; a phone's list has no checkboxes (no room, and bulk
     * changes are desk work). The listener belongs to the selection model, so it comes anew with it.
     */
    private void selectable(boolean multi) {
        grid.setSelectionMode(multi ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        if (multi)
            grid.addSelectionListener(e -> showBulkBar(e.getAllSelectedItems().size()));
        showBulkBar(0);
    }

    /** Counts once per filter: the practice's kept count, and the matches when a filter narrows the list. */
    private void updateCount() {
        long total = devices.count(practiceId);
        boolean narrowed = !filter.isEmpty();
        long shown = narrowed ? devices.count(practiceId, filter) : total;
        matchCount.setText(narrowed ? t("device.list.count.matching", shown, total) : t("device.list.count", total));
        grid.setEmptyStateComponent(emptyState(total, shown));
    }

    /** What to do when the list is empty; none while it shows devices (an empty span was one more node per UI). */
    private @Nullable Component emptyState(long total, long shown) {
        if (total > 0 && shown > 0) return null;
        Span empty = new Span();
        empty.setId("devices-empty");
        String base = "practices/" + practiceId + "/devices";
        if (total == 0 && access.can(practiceId, Permission.EDIT_PRACTICE_DATA)) {
            empty.add(
                    new Text(t("device.list.empty.start")),
                    new Anchor(base + "/new", t("device.list.empty.add")),
                    new Text(t("device.list.empty.or")),
                    new Anchor(base + "/import", t("device.list.empty.import")),
                    new Text(t("device.list.empty.end")));
        } else if (total == 0) {
            empty.add(new Text(t("device.list.empty.read-only")));
        } else if (shown == 0) {
            empty.add(new Text(t("device.list.empty.no-match")), new Anchor(base, t("device.list.empty.show-all")));
        }
        return empty;
    }

    /** Filter fields → URL query (replaces the history entry: typing should not fill the back button). */
    private void filtersChanged() {
        if (applyingUrl) return;
        filter = new DeviceFilter(
                DeviceFilterQuery.blankToNull(search.getValue()),
                categoryFilter.getValue(),
                statusFilter.getValue(),
                filter.segmentId(),
                gapFilter.getValue());
        UI.getCurrent()
                .getPage()
                .getHistory()
                .replaceState(
                        null, new Location("practices/" + practiceId + "/devices", DeviceFilterQuery.toQuery(filter)));
        grid.getDataProvider().refreshAll();
        updateCount();
        updateExportLink();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        Map<String, String> labels = categories.labels(practiceId);
        List<String> codes = categories.forPractice(practiceId).stream()
                .map(DeviceCategory::getCode)
                .toList();
        categoryLabels = labels;
        categoryCodes = codes;
        categoryFilter.setItems(codes);
        categoryFilter.setItemLabelGenerator(code -> labels.getOrDefault(code, code));
        if (bulkBar != null) bulkBar.categories(codes, labels);
        filter = DeviceFilterQuery.fromQuery(event.getLocation().getQueryParameters());
        applyingUrl = true;
        try {
            search.setValue(filter.text() == null ? "" : filter.text());
            categoryFilter.setValue(
                    filter.category() != null && codes.contains(filter.category()) ? filter.category() : null);
            statusFilter.setValue(filter.status());
            gapFilter.setValue(filter.gap());
        } finally {
            applyingUrl = false;
        }
        boolean canEdit = access.can(practiceId, Permission.EDIT_PRACTICE_DATA);
        add.setVisible(canEdit);
        importButton.setVisible(canEdit);
        updateExportLink();
        updateCount();
        grid.getDataProvider().refreshAll();
    }

    private void updateExportLink() {
        DeviceFilter current = filter;
        UUID practice = practiceId;
        exportLink.setHref((DownloadHandler) event -> {
            // Streams page by page: a large registry is never held in memory.
            event.setFileName("devices-" + LocalDate.now() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            export.export(practice, current, event.getOutputStream());
        });
        exportLink.getElement().setAttribute("download", true);
    }

    private String label(Enum<?> choice) {
        return DeviceLabels.of(this, choice);
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    @Override
    public String getPageTitle() {
        return t("device.list.title");
    }
}
