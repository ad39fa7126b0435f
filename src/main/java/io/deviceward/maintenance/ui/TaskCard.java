package io.deviceward.maintenance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import io.deviceward.maintenance.TaskKind;
import io.deviceward.maintenance.TaskView;
import java.time.ZoneId;
import java.util.Locale;
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
                : t("enum.TaskKind." + task.task().getKind().name()) + " · ";
        Span when = new Span(kind
                + t("maintenance.card.when", Formats.day(task.day()), Formats.time(task.dueAt(), zone))
                + (task.awaitingSecondStep() ? " · " + t("maintenance.card.second-step") : ""));
        when.addClassName("task-when");
        Span status = new Span(t("enum.TaskStatus." + task.status().name()));
        status.addClassName("task-status");
        add(title, status, when);
        RouterLink open = new RouterLink(
                canRecord && isOpen(task) ? t("maintenance.card.record") : t("maintenance.card.open"),
                TaskCompletionView.class,
                TaskCompletionView.of(practiceId, task.id()));
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

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
