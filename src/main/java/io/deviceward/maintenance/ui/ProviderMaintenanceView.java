package io.deviceward.maintenance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.deviceward.maintenance.ProviderDueWork;
import io.deviceward.maintenance.ProviderMaintenance;
import io.deviceward.maintenance.ProviderTask;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Due work across all of a provider's practices: due today, overdue, upcoming this week. */
@Route("providers/:providerId/maintenance")
@PageTitle("Maintenance across practices · DeviceWard")
@PermitAll
public class ProviderMaintenanceView extends VerticalLayout implements BeforeEnterObserver {
    private final ProviderMaintenance maintenance;

    ProviderMaintenanceView(ProviderMaintenance maintenance) {
        this.maintenance = maintenance;
        setId("provider-maintenance");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID providerId = RouteIds.required(event, "providerId");
        removeAll();
        ProviderDueWork due = maintenance.dueWork(providerId);
        add(new H1("Maintenance across practices"));
        add(section("Due today", "provider-due-today", due.dueToday()));
        add(section("Overdue", "provider-overdue", due.overdue()));
        add(section("Upcoming this week", "provider-upcoming", due.upcoming()));
    }

    private static Div section(String heading, String id, List<ProviderTask> tasks) {
        Div section = new Div(new H2(heading + " (" + tasks.size() + ")"));
        section.setId(id);
        section.addClassName("task-section");
        if (tasks.isEmpty()) section.add(new Paragraph("Nothing here."));
        for (ProviderTask t : tasks) {
            Div card = new Div();
            card.addClassName("task-card");
            card.addClassName("status-" + t.status().name().toLowerCase(Locale.ROOT));
            Span title = new Span(t.templateName() + " · " + t.subject());
            title.addClassName("task-title");
            Span where = new Span(t.practiceName() + " · " + Formats.day(t.day()));
            where.addClassName("task-when");
            Span status = new Span(t.status().label());
            status.addClassName("task-status");
            RouterLink open = new RouterLink(
                    "Open",
                    TaskCompletionView.class,
                    new RouteParameters(Map.of(
                            "practiceId",
                            t.practiceId().toString(),
                            "taskId",
                            t.taskId().toString())));
            open.addClassName("big-button");
            card.add(title, status, where, open);
            section.add(card);
        }
        return section;
    }
}
