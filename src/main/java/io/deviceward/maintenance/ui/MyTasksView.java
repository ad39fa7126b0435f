package io.deviceward.maintenance.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.deviceward.access.PracticeAccess;
import io.deviceward.maintenance.MaintenanceService;
import io.deviceward.maintenance.TaskStatus;
import io.deviceward.maintenance.TaskView;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.ui.RouteIds;
import io.deviceward.shell.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** "My tasks today", for clinic staff on a phone: what is due or overdue for them, each with a large button. */
@Route(value = "practices/:practiceId/maintenance/my-tasks", layout = MainLayout.class)
@PageTitle("My tasks today · DeviceWard")
@PermitAll
public class MyTasksView extends VerticalLayout implements BeforeEnterObserver {
    private final MaintenanceService maintenance;
    private final PracticeAccess access;

    MyTasksView(MaintenanceService maintenance, PracticeAccess access) {
        this.maintenance = maintenance;
        this.access = access;
        setId("my-tasks");
        addClassName("my-tasks");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID practiceId = RouteIds.required(event, "practiceId");
        removeAll();
        List<TaskView> mine = maintenance.myTasksToday(practiceId);
        ZoneId zone = maintenance.practice(practiceId).zone();
        boolean canRecord = access.can(practiceId, Permission.RECORD_MAINTENANCE);
        add(new H1("My tasks today"));
        add(new Paragraph(mine.isEmpty() ? "Nothing is due for you today." : mine.size() + " to do, overdue first."));
        mine.stream()
                .sorted(Comparator.comparing((TaskView t) -> t.status() != TaskStatus.OVERDUE))
                .forEach(t -> add(new TaskCard(practiceId, t, zone, canRecord)));
    }
}
