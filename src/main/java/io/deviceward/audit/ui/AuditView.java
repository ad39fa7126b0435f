package io.deviceward.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.deviceward.audit.AuditAction;
import io.deviceward.audit.AuditCheckpoint;
import io.deviceward.audit.AuditEntry;
import io.deviceward.audit.AuditFilter;
import io.deviceward.audit.AuditLog;
import io.deviceward.audit.AuditVerification;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The practice's audit trail, newest first, with the result of verifying its hash chain. Read-only for everyone. */
@Route("practices/:practiceId/audit")
@PageTitle("Audit trail · DeviceWard")
@PermitAll
class AuditView extends VerticalLayout implements BeforeEnterObserver {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");
    private final AuditLog auditLog;
    private final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    private final Select<AuditAction> action = new Select<>();
    private final TextField text = new TextField();
    private final Div verification = new Div();
    private UUID practiceId;

    AuditView(AuditLog auditLog) {
        this.auditLog = auditLog;
        setId("audit");
        setSizeFull();
        verification.setId("audit-verification");

        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption("All actions");
        action.setAriaLabel("Action");
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        text.setPlaceholder("Search who, what, object");
        text.setId("audit-search");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("audit-grid");
        grid.addColumn(e -> WHEN.format(e.getOccurredAt()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::getActorName).setHeader("Who").setAutoWidth(true);
        grid.addColumn(AuditEntry::getAction)
                .setHeader("Action")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.getObjectType() + (e.getSummary() == null ? "" : ": " + e.getSummary()))
                .setHeader("What")
                .setFlexGrow(2);
        grid.addColumn(AuditEntry::getChanges).setHeader("Changes").setFlexGrow(3);
        grid.addColumn(AuditEntry::getSeq).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(
                query -> auditLog
                        .list(
                                practiceId,
                                filter(),
                                PageRequest.of(
                                        query.getPage(), query.getPageSize(), Sort.by(Sort.Direction.DESC, "seq")))
                        .stream(),
                query -> (int) auditLog.count(practiceId, filter()));

        HorizontalLayout filters = new HorizontalLayout(action, text);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1("Audit trail"), verification, filters, grid);
        expand(grid);
    }

    private AuditFilter filter() {
        return new AuditFilter(action.getValue(), text.getValue());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        AuditVerification result = auditLog.verify(practiceId);
        verification.removeAll();
        verification.getElement().getThemeList().clear();
        if (result.intact()) {
            verification.add(
                    VaadinIcon.CHECK_CIRCLE.create(),
                    new Span(" Chain verified: all " + result.entriesChecked() + " entries are intact."));
            verification.getElement().getThemeList().add("badge success");
        } else {
            verification.add(
                    VaadinIcon.WARNING.create(),
                    new Span(" Chain broken at entry " + result.brokenAtSeq() + ": " + result.problem()
                            + ". The trail has been altered outside DeviceWard; report this to your IT provider."));
            verification.getElement().getThemeList().add("badge error");
        }
        if (result.checkpoint() != null) {
            AuditCheckpoint checkpoint = result.checkpoint();
            verification.add(new Span(" Last checkpoint outside the database: entry "
                    + checkpoint.seq() + " at " + WHEN.format(checkpoint.at().atZone(ZoneOffset.UTC))
                    + "."));
        }
        grid.getDataProvider().refreshAll();
    }
}
