package io.deviceward.maintenance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.deviceward.maintenance.CalendarEntry;
import io.deviceward.maintenance.MaintenanceService;
import io.deviceward.maintenance.TaskStatus;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A week or month calendar of the practice's maintenance, drawn on the server (CSS grid, no calendar
 * component): written tasks with their status, and what the schedules will bring ("Planned").
 * Query parameters: {@code view=week|month}, {@code date=yyyy-mm-dd}.
 */
@Route("practices/:practiceId/maintenance/calendar")
@PermitAll
public class MaintenanceCalendarView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MaintenanceService maintenance;

    MaintenanceCalendarView(MaintenanceService maintenance) {
        this.maintenance = maintenance;
        setId("maintenance-calendar");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID practiceId = RouteIds.required(event, "practiceId");
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        boolean month = !"week".equals(first(query, "view"));
        LocalDate date;
        try {
            String given = first(query, "date");
            date = given == null ? maintenance.today(practiceId) : LocalDate.parse(given);
        } catch (DateTimeParseException e) {
            date = maintenance.today(practiceId);
        }
        removeAll();
        LocalDate from;
        LocalDate to;
        if (month) {
            from = date.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            to = date.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        } else {
            from = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            to = from.plusDays(6);
        }
        Map<LocalDate, List<CalendarEntry>> byDay =
                maintenance.calendar(practiceId, from, to).stream().collect(Collectors.groupingBy(CalendarEntry::day));
        add(new H1(t("maintenance.calendar.title")));
        add(toolbar(practiceId, month, date));
        Span title = new Span(
                month
                        ? DateTimeFormatter.ofPattern("LLLL yyyy", getLocale()).format(date)
                        : t("maintenance.calendar.week-of", Formats.day(from)));
        title.setId("calendar-title");
        title.addClassName("calendar-title");
        add(title);
        Div grid = new Div();
        grid.setId("calendar-grid");
        grid.addClassName("cal-grid");
        for (DayOfWeek d : DayOfWeek.values()) {
            Span head = new Span(d.getDisplayName(TextStyle.SHORT_STANDALONE, getLocale()));
            head.addClassName("cal-head");
            grid.add(head);
        }
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Div cell = new Div();
            cell.addClassName("cal-day");
            if (month && day.getMonth() != date.getMonth()) cell.addClassName("cal-other-month");
            if (day.equals(maintenance.today(practiceId))) cell.addClassName("cal-today");
            cell.getElement().setAttribute("data-day", day.toString());
            Span number = new Span(String.valueOf(day.getDayOfMonth()));
            number.addClassName("cal-number");
            cell.add(number);
            for (CalendarEntry entry : byDay.getOrDefault(day, List.of())) {
                Component line = entry.taskId() == null
                        ? new Span(entry.title())
                        : new RouterLink(
                                entry.title(),
                                TaskCompletionView.class,
                                TaskCompletionView.of(practiceId, entry.taskId()));
                line.getElement().getClassList().add("cal-entry");
                line.getElement()
                        .getClassList()
                        .add("cal-" + entry.status().toLowerCase(Locale.ROOT).replace(' ', '-'));
                line.getElement().setAttribute("title", statusLabel(entry));
                cell.add(line);
            }
            grid.add(cell);
        }
        add(grid);
    }

    private HorizontalLayout toolbar(UUID practiceId, boolean month, LocalDate date) {
        LocalDate previous = month ? date.minusMonths(1) : date.minusWeeks(1);
        LocalDate next = month ? date.plusMonths(1) : date.plusWeeks(1);
        HorizontalLayout bar = new HorizontalLayout(
                button(t("maintenance.calendar.previous"), "calendar-previous", practiceId, month, previous),
                button(
                        t("maintenance.calendar.today"),
                        "calendar-today",
                        practiceId,
                        month,
                        maintenance.today(practiceId)),
                button(t("maintenance.calendar.next"), "calendar-next", practiceId, month, next),
                button(
                        month ? t("maintenance.calendar.week") : t("maintenance.calendar.month"),
                        "calendar-switch",
                        practiceId,
                        !month,
                        date));
        bar.addClassName("maintenance-actions");
        return bar;
    }

    private Button button(String text, String id, UUID practiceId, boolean month, LocalDate date) {
        Button button = new Button(
                text,
                click -> getUI().ifPresent(ui -> ui.navigate(
                        MaintenanceCalendarView.class,
                        new RouteParameters("practiceId", practiceId.toString()),
                        QueryParameters.simple(Map.of("view", month ? "month" : "week", "date", date.toString())))));
        button.setId(id);
        return button;
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /**
     * The entry's status in the reader's language. The calendar writes a task's status as its English label and a
     * schedule's coming occurrence as "Planned" (the CSS class is made from that text, so it stays as it is there).
     */
    private String statusLabel(CalendarEntry entry) {
        for (TaskStatus status : TaskStatus.values()) {
            if (status.label().equals(entry.status())) return t("enum.TaskStatus." + status.name());
        }
        return entry.taskId() == null ? t("maintenance.calendar.planned") : entry.status();
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    @Override
    public String getPageTitle() {
        return t("maintenance.calendar.page-title");
    }
}
