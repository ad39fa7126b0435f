package io.deviceward.maintenance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.deviceward.access.PracticeAccess;
import io.deviceward.maintenance.DueWork;
import io.deviceward.maintenance.MaintenanceSchedule;
import io.deviceward.maintenance.MaintenanceSchedules;
import io.deviceward.maintenance.MaintenanceService;
import io.deviceward.maintenance.MaintenanceTemplate;
import io.deviceward.maintenance.TaskView;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A practice's due work (due today, overdue, upcoming) and its schedules. */
@Route("practices/:practiceId/maintenance")
@PermitAll
public class MaintenanceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final MaintenanceService maintenance;
    private final MaintenanceSchedules schedules;
    private final PracticeAccess access;

    MaintenanceView(MaintenanceService maintenance, MaintenanceSchedules schedules, PracticeAccess access) {
        this.maintenance = maintenance;
        this.schedules = schedules;
        this.access = access;
        setId("maintenance");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID practiceId = RouteIds.required(event, "practiceId");
        removeAll();
        DueWork due = maintenance.dueWork(practiceId);
        ZoneId zone = maintenance.practice(practiceId).zone();
        boolean canRecord = access.can(practiceId, Permission.RECORD_MAINTENANCE);
        RouteParameters here = new RouteParameters("practiceId", practiceId.toString());
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("maintenance-actions");
        if (access.can(practiceId, Permission.EDIT_PRACTICE_DATA)) {
            actions.add(link(t("maintenance.list.plan"), ScheduleFormView.class, here, "plan-schedule"));
        }
        if (canRecord) actions.add(link(t("maintenance.list.my-tasks"), MyTasksView.class, here, "my-tasks-link"));
        actions.add(link(t("maintenance.list.calendar"), MaintenanceCalendarView.class, here, "calendar-link"));
        actions.add(link(t("maintenance.list.evidence"), EvidenceView.class, here, "evidence-link"));
        add(new H1(t("maintenance.list.title")), new Paragraph(t("maintenance.list.zone", zone.getId())), actions);
        add(section(
                t("maintenance.list.due-today", due.dueToday().size()),
                "due-today",
                due.dueToday(),
                practiceId,
                zone,
                canRecord));
        add(section(
                t("maintenance.list.overdue", due.overdue().size()),
                "overdue",
                due.overdue(),
                practiceId,
                zone,
                canRecord));
        add(section(
                t("maintenance.list.upcoming", due.upcoming().size()),
                "upcoming",
                due.upcoming(),
                practiceId,
                zone,
                canRecord));
        add(schedules(practiceId));
    }

    private static RouterLink link(String text, Class<? extends Component> view, RouteParameters p, String id) {
        RouterLink link = new RouterLink(text, view, p);
        link.setId(id);
        link.addClassName("big-button");
        return link;
    }

    /** A heading with its count ("Due today (2)"), then a card for each task. */
    private Div section(
            String heading, String id, List<TaskView> tasks, UUID practiceId, ZoneId zone, boolean canRecord) {
        Div section = new Div(new H2(heading));
        section.setId(id);
        section.addClassName("task-section");
        if (tasks.isEmpty()) section.add(new Paragraph(t("maintenance.list.empty")));
        tasks.forEach(t -> section.add(new TaskCard(practiceId, t, zone, canRecord)));
        return section;
    }

    private Div schedules(UUID practiceId) {
        Map<UUID, MaintenanceTemplate> templates = maintenance.templates(practiceId).stream()
                .collect(Collectors.toMap(MaintenanceTemplate::getId, Function.identity()));
        List<MaintenanceSchedule> all = schedules.schedules(practiceId);
        Div list = new Div(new H2(t("maintenance.list.schedules", all.size())));
        list.setId("schedules");
        for (MaintenanceSchedule s : all) {
            MaintenanceTemplate template = templates.get(s.getTemplateId());
            Div row = new Div();
            row.addClassName("schedule-row");
            row.add(new Span(
                    (template == null ? "?" : template.getName()) + " · " + maintenance.targetLabel(practiceId, s)));
            String next = s.getNextOccurrenceOn() == null
                    ? t("maintenance.list.schedule.no-next")
                    : t("maintenance.list.schedule.next", Formats.day(s.getNextOccurrenceOn()));
            row.add(new Span(t("maintenance.list.schedule.when", s.getRrule(), String.valueOf(s.getDueTime()), next)));
            list.add(row);
        }
        return list;
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    @Override
    public String getPageTitle() {
        return t("maintenance.list.page-title");
    }
}
