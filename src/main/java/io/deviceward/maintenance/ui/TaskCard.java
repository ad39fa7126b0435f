package io.deviceward.maintenance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.deviceward.maintenance.TaskKind;
import io.deviceward.maintenance.TaskView;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** One task in a list: what, for which device, when, its status, and a large button to record it. */
class TaskCard extends Div {
    TaskCard(UUID practiceId, TaskView task, ZoneId zone, boolean canRecord) {
        addClassName("task-card");
        addClassName("status-" + task.status().name().toLowerCase(Locale.ROOT));
        getElement().setAttribute("data-task-id", task.id().toString());
        Span title = new Span(task.title());
        title.addClassName("task-title");
        String kind = task.task().getKind() == TaskKind.SCHEDULED
                ? ""
                : task.task().getKind().label() + " · ";
        Span when = new Span(kind + Formats.day(task.day()) + ", due " + Formats.time(task.dueAt(), zone)
                + (task.awaitingSecondStep() ? " · placed, read after incubation" : ""));
        when.addClassName("task-when");
        Span status = new Span(task.status().label());
        status.addClassName("task-status");
        add(title, status, when);
        RouterLink open = new RouterLink(
                canRecord && isOpen(task) ? "Record" : "Open",
                TaskCompletionView.class,
                new RouteParameters(Map.of(
                        "practiceId", practiceId.toString(), "taskId", task.id().toString())));
        open.addClassName("big-button");
        open.setId("open-task-" + task.id());
        add(open);
    }

    private static boolean isOpen(TaskView task) {
        return switch (task.status()) {
            case DUE, OVERDUE, UPCOMING -> true;
            case DONE, MISSED -> false;
        };
    }
}
