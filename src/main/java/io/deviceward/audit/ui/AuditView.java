package io.deviceward.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.deviceward.audit.AuditAction;
import io.deviceward.audit.AuditCheckpoint;
import io.deviceward.audit.AuditEntry;
import io.deviceward.audit.AuditExport;
import io.deviceward.audit.AuditFilter;
import io.deviceward.audit.AuditLog;
import io.deviceward.audit.AuditVerification;
import io.deviceward.audit.AuditWording;
import io.deviceward.audit.FieldChange;
import io.deviceward.shared.tenancy.PracticeZones;
import io.deviceward.shared.text.DateTimes;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The practice's audit trail, newest first, in words, with the result of verifying its hash chain; filtered by action,
 * text and a range of the practice's days; each entry opens in full; the filtered trail exports as CSV. Read-only for
 * everyone.
 */
@Route("practices/:practiceId/audit")
@PermitAll
class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final AuditLog auditLog;
    private final AuditExport export;
    private final AuditWording wording;
    private final PracticeZones zones;
    private final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    private final Select<AuditAction> action = new Select<>();
    private final TextField text = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Anchor exportLink = new Anchor();
    private final Span matches = new Span();
    private final Div verification = new Div();
    private UUID practiceId;
    /** The entries the filters match: counted once per change, shown above the grid and given to it as its size. */
    private long matching;

    private DateTimes times = DateTimes.of(ZoneOffset.UTC, Locale.UK);

    AuditView(AuditLog auditLog, AuditExport export, AuditWording wording, PracticeZones zones) {
        this.auditLog = auditLog;
        this.export = export;
        this.wording = wording;
        this.zones = zones;
        setId("audit");
        setSizeFull();
        verification.setId("audit-verification");

        action.setLabel(t("audit.action"));
        text.setLabel(t("audit.search"));
        from.setLabel(t("audit.from"));
        to.setLabel(t("audit.to"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> a == null ? t("audit.action.all") : actionLabel(a));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(t("audit.action.all"));
        action.addValueChangeListener(e -> filterChanged());
        text.setPlaceholder(t("audit.search.placeholder"));
        text.setId("audit-search");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> filterChanged());
        from.setId("audit-from");
        to.setId("audit-to");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            filterChanged();
        });
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            filterChanged();
        });
        exportLink.setId("audit-export");
        exportLink.add(VaadinIcon.DOWNLOAD.create(), new Span(t("audit.export")));
        exportLink.getElement().setAttribute("download", true);
        matches.setId("audit-matches");

        grid.setId("audit-grid");
        grid.addColumn(e -> times.dateTime(instant(e)))
                .setHeader(t("audit.column.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::getActorName)
                .setHeader(t("audit.column.who"))
                .setAutoWidth(true);
        grid.addColumn(e -> actionLabel(e.getAction()))
                .setHeader(t("audit.column.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditView::what).setHeader(t("audit.column.what")).setFlexGrow(2);
        grid.addColumn(e -> wording.summary(e, times))
                .setHeader(t("audit.column.changes"))
                .setFlexGrow(3);
        grid.addComponentColumn(e -> {
                    Button open = new Button(t("audit.details"), click -> openEntry(e));
                    open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    open.setAriaLabel(t("audit.details.of", e.getSeq()));
                    return open;
                })
                .setHeader(t("audit.column.entry"))
                .setKey("entry")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(t("audit.empty"));
        grid.setItems(
                query -> auditLog
                        .list(
                                practiceId,
                                filter(),
                                PageRequest.of(
                                        query.getPage(), query.getPageSize(), Sort.by(Sort.Direction.DESC, "seq")))
                        .stream(),
                query -> (int) matching);

        FlexLayout filters = new FlexLayout(action, text, from, to, exportLink);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H1(t("audit.title")), verification, filters, matches, grid);
        expand(grid);
    }

    AuditFilter filter() {
        return new AuditFilter(
                action.getValue(), text.getValue(), startOf(from.getValue()), startOfDayAfter(to.getValue()));
    }

    private @Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(times.zone()).toInstant();
    }

    private @Nullable Instant startOfDayAfter(@Nullable LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(times.zone()).toInstant();
    }

    private void filterChanged() {
        showMatchesAndExport();
        grid.getDataProvider().refreshAll();
    }

    private void showMatchesAndExport() {
        AuditFilter current = filter();
        matching = auditLog.count(practiceId, current);
        matches.setText(t("audit.matches", matching));
        UUID practice = practiceId;
        Locale locale = UI.getCurrent() == null ? Locale.UK : UI.getCurrent().getLocale();
        exportLink.setHref((DownloadHandler) event -> {
            event.setFileName("audit-trail-" + LocalDate.now(times.zone()) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            export.writeCsv(practice, current, locale, event.getOutputStream());
        });
    }

    private static String what(AuditEntry e) {
        return e.getObjectType() + (e.getSummary() == null ? "" : ": " + e.getSummary());
    }

    private static Instant instant(AuditEntry e) {
        return e.getOccurredAt().toInstant(ZoneOffset.UTC);
    }

    private void openEntry(AuditEntry entry) {
        Dialog dialog = new Dialog();
        dialog.setId("audit-entry");
        dialog.setHeaderTitle(t("audit.entry.title", actionLabel(entry.getAction()), entry.getSeq()));
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(new Paragraph(times.dateTime(instant(entry)) + " · " + entry.getActorName()));
        body.add(new Paragraph(what(entry)));
        List<FieldChange> changes = wording.changes(entry, times);
        if (!changes.isEmpty()) {
            Grid<FieldChange> fields = new Grid<>(FieldChange.class, false);
            fields.setId("audit-entry-fields");
            fields.addColumn(FieldChange::field)
                    .setHeader(t("audit.entry.field"))
                    .setAutoWidth(true);
            fields.addColumn(FieldChange::before).setHeader(t("audit.entry.before"));
            fields.addColumn(FieldChange::after).setHeader(t("audit.entry.after"));
            fields.setItems(changes);
            fields.setAllRowsVisible(true);
            body.add(fields);
        }
        dialog.add(body);
        dialog.setWidth("min(48rem, 95vw)");
        dialog.getFooter().add(new Button(t("audit.entry.close"), click -> dialog.close()));
        dialog.open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        times = DateTimes.in(zones.zone(practiceId));
        AuditVerification result = auditLog.verify(practiceId);
        verification.removeAll();
        verification.getElement().getThemeList().clear();
        if (result.intact()) {
            verification.add(
                    VaadinIcon.CHECK_CIRCLE.create(), new Span(" " + t("audit.verified", result.entriesChecked())));
            verification.getElement().getThemeList().add("badge success");
        } else {
            verification.add(
                    VaadinIcon.WARNING.create(),
                    new Span(" " + t("audit.broken", result.brokenAtSeq(), result.problem())));
            verification.getElement().getThemeList().add("badge error");
        }
        if (result.checkpoint() != null) {
            AuditCheckpoint checkpoint = result.checkpoint();
            verification.add(new Span(" " + t("audit.checkpoint", checkpoint.seq(), times.dateTime(checkpoint.at()))));
        }
        showMatchesAndExport();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return t("audit.title") + " · DeviceWard";
    }

    private String actionLabel(AuditAction action) {
        return t("enum.AuditAction." + action.name());
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
