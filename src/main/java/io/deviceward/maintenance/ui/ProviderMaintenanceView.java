package io.deviceward.maintenance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.deviceward.maintenance.ProviderDueWork;
import io.deviceward.maintenance.ProviderMaintenance;
import io.deviceward.maintenance.ProviderTask;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Due work across all of a provider's practices: due today, overdue, upcoming this week. */
@Route("providers/:providerId/maintenance")
@PermitAll
public class ProviderMaintenanceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
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
        add(new H1(t("maintenance.provider.title")));
        add(section(t("maintenance.provider.due-today", due.dueToday().size()), "provider-due-today", due.dueToday()));
        add(section(t("maintenance.provider.overdue", due.overdue().size()), "provider-overdue", due.overdue()));
        add(section(t("maintenance.provider.upcoming", due.upcoming().size()), "provider-upcoming", due.upcoming()));
    }

    /** A heading with its count ("Overdue (3)"), then a card for each task, with its practice. */
    private Div section(String heading, String id, List<ProviderTask> tasks) {
        Div section = new Div(new H2(heading));
        section.setId(id);
        section.addClassName("task-section");
        if (tasks.isEmpty()) section.add(new Paragraph(t("maintenance.provider.empty")));
        for (ProviderTask task : tasks) {
            Div card = new Div();
            card.addClassName("task-card");
            card.addClassName("status-" + task.status().name().toLowerCase(Locale.ROOT));
            Span title = new Span(task.templateName() + " · " + task.subject());
            title.addClassName("task-title");
            Span where = new Span(task.practiceName() + " · " + Formats.day(task.day()));
            where.addClassName("task-when");
            Span status = new Span(t("enum.TaskStatus." + task.status().name()));
            status.addClassName("task-status");
            RouterLink open = new RouterLink(
                    t("maintenance.provider.open"),
                    TaskCompletionView.class,
                    TaskCompletionView.of(task.practiceId(), task.taskId()));
            open.addClassName("big-button");
            card.add(title, status, where, open);
            section.add(card);
        }
        return section;
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    @Override
    public String getPageTitle() {
        return t("maintenance.provider.page-title");
    }
}
