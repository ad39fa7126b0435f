package io.deviceward.maintenance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.deviceward.access.MemberDirectory;
import io.deviceward.access.Role;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceFilter;
import io.deviceward.device.DeviceService;
import io.deviceward.maintenance.Assignee;
import io.deviceward.maintenance.Basis;
import io.deviceward.maintenance.ClosedDayRule;
import io.deviceward.maintenance.MaintenanceService;
import io.deviceward.maintenance.MaintenanceTemplate;
import io.deviceward.maintenance.ScheduleDetails;
import io.deviceward.maintenance.Target;
import io.deviceward.maintenance.TargetKind;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.ui.Notifications;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;

/**
 * Plans a schedule: a template, what it applies to, and when. The frequency helpers write the
 * iCalendar rule; the rule field can also be edited directly (for "the second Tuesday": BYDAY=2TU).
 */
@Route("practices/:practiceId/maintenance/schedules/new")
@PageTitle("Plan maintenance · DeviceWard")
@PermitAll
public class ScheduleFormView extends VerticalLayout implements BeforeEnterObserver {
    private final MaintenanceService maintenance;
    private final DeviceService devices;
    private final MemberDirectory members;

    private final ComboBox<MaintenanceTemplate> template = new ComboBox<>("Template");
    private final Select<TargetKind> targetKind = new Select<>();
    private final ComboBox<Device> device = new ComboBox<>("Device");
    private final TextField category = new TextField("Category code");
    private final TextField segment = new TextField("Segment id");
    private final Select<String> frequency = new Select<>();
    private final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>("On");
    private final IntegerField monthDay = new IntegerField("Day of the month");
    private final TextField rrule = new TextField("Recurrence rule (iCalendar RRULE)");
    private final DatePicker startsOn = new DatePicker("First day");
    private final TimePicker dueTime = new TimePicker("Due at");
    private final CheckboxGroup<DayOfWeek> openDays = new CheckboxGroup<>("The practice is open on");
    private final Select<ClosedDayRule> closedDays = new Select<>();
    private final Select<String> assignee = new Select<>();
    private final IntegerField leadDays = new IntegerField("Show it this many days ahead");
    private final Select<Basis> basis = new Select<>();
    private UUID practiceId;
    private ZoneId zone;

    ScheduleFormView(MaintenanceService maintenance, DeviceService devices, MemberDirectory members) {
        this.maintenance = maintenance;
        this.devices = devices;
        this.members = members;
        setId("schedule-form");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        zone = maintenance.practice(practiceId).zone();
        removeAll();
        build();
    }

    private void build() {
        template.setId("schedule-template");
        template.setItems(maintenance.templates(practiceId));
        template.setItemLabelGenerator(t -> t.getName() + " (" + t.getKind().label() + ")");
        template.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                rrule.setValue(e.getValue().getSuggestedRrule());
                targetKind.setValue(e.getValue().getSuggestedTarget());
                if (e.getValue().getSuggestedTarget() == TargetKind.CATEGORY) category.setValue("AUTOCLAVE");
            }
        });
        targetKind.setId("schedule-target-kind");
        targetKind.setLabel("Applies to");
        targetKind.setItems(TargetKind.values());
        targetKind.setItemLabelGenerator(TargetKind::label);
        targetKind.addValueChangeListener(e -> showTargetFields());
        device.setId("schedule-device");
        device.setItems(
                devices.list(practiceId, DeviceFilter.NONE, Pageable.unpaged()).getContent());
        device.setItemLabelGenerator(d -> d.getName() + " (" + d.getCategory() + ")");
        category.setId("schedule-category");
        segment.setId("schedule-segment");
        segment.setHelperText("The segment id the devices carry");

        frequency.setId("schedule-frequency");
        frequency.setLabel("Repeats");
        frequency.setItems("Daily", "Weekly", "Monthly", "Yearly");
        frequency.addValueChangeListener(e -> writeRule());
        weekdays.setId("schedule-weekdays");
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        weekdays.addValueChangeListener(e -> writeRule());
        monthDay.setId("schedule-month-day");
        monthDay.setHelperText("1–31, or -1 for the last day");
        monthDay.addValueChangeListener(e -> writeRule());
        rrule.setId("schedule-rrule");
        rrule.setHelperText("For example FREQ=WEEKLY;BYDAY=MO or FREQ=MONTHLY;BYDAY=2TU");

        startsOn.setId("schedule-starts");
        startsOn.setValue(maintenance.today(practiceId));
        dueTime.setId("schedule-due-time");
        dueTime.setValue(LocalTime.of(8, 0));
        dueTime.setHelperText("In " + zone.getId());
        openDays.setId("schedule-open-days");
        openDays.setItems(DayOfWeek.values());
        openDays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        openDays.setValue(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        closedDays.setId("schedule-closed-days");
        closedDays.setLabel("On a closed day");
        closedDays.setItems(ClosedDayRule.values());
        closedDays.setItemLabelGenerator(ClosedDayRule::label);
        closedDays.setValue(ClosedDayRule.KEEP);
        assignee.setId("schedule-assignee");
        assignee.setLabel("For");
        assignee.setItems(assignees());
        assignee.setValue("ANYONE");
        assignee.setItemLabelGenerator(this::assigneeLabel);
        leadDays.setId("schedule-lead-days");
        leadDays.setValue(0);
        leadDays.setMin(0);
        leadDays.setMax(90);
        basis.setId("schedule-basis");
        basis.setLabel("Next one counts from");
        basis.setItems(Basis.values());
        basis.setItemLabelGenerator(b -> b == Basis.SCHEDULE ? "The schedule" : "The last completion");
        basis.setValue(Basis.SCHEDULE);

        Button save = new Button("Save schedule", click -> save());
        save.setId("save-schedule");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("big-button");
        FormLayout form = new FormLayout(
                template,
                targetKind,
                device,
                category,
                segment,
                frequency,
                weekdays,
                monthDay,
                rrule,
                startsOn,
                dueTime,
                openDays,
                closedDays,
                assignee,
                leadDays,
                basis);
        add(new H1("Plan maintenance"), new Paragraph("Times are in " + zone.getId() + "."), form, save);
        showTargetFields();
    }

    private List<String> assignees() {
        List<String> items = new ArrayList<>();
        items.add("ANYONE");
        items.add("ROLE:" + Role.CLINIC_STAFF.name());
        items.add("ROLE:" + Role.PRACTICE_MANAGER.name());
        members.members(practiceId).stream()
                .filter(m -> m.role() != Role.AUDITOR)
                .map(m -> "PERSON:" + m.userId())
                .distinct()
                .forEach(items::add);
        return items;
    }

    private String assigneeLabel(String item) {
        if (item.equals("ANYONE")) return "Anyone who records maintenance";
        if (item.startsWith("ROLE:"))
            return "Role: " + Role.valueOf(item.substring(5)).label();
        UUID id = UUID.fromString(item.substring(7));
        return members.members(practiceId).stream()
                .filter(m -> m.userId().equals(id))
                .map(MemberDirectory.Member::name)
                .findFirst()
                .orElse("A member");
    }

    private void showTargetFields() {
        TargetKind kind = targetKind.getValue();
        device.setVisible(kind == TargetKind.DEVICE);
        category.setVisible(kind == TargetKind.CATEGORY);
        segment.setVisible(kind == TargetKind.SEGMENT);
    }

    private void writeRule() {
        String f = frequency.getValue();
        if (f == null) return;
        weekdays.setVisible(f.equals("Weekly"));
        monthDay.setVisible(f.equals("Monthly"));
        String rule = "FREQ=" + f.toUpperCase(Locale.ROOT);
        if (f.equals("Weekly") && !weekdays.getValue().isEmpty()) {
            rule += ";BYDAY="
                    + weekdays.getValue().stream()
                            .sorted()
                            .map(d -> d.name().substring(0, 2))
                            .collect(Collectors.joining(","));
        }
        if (f.equals("Monthly") && monthDay.getValue() != null) rule += ";BYMONTHDAY=" + monthDay.getValue();
        rrule.setValue(rule);
    }

    private void save() {
        try {
            maintenance.createSchedule(practiceId, details());
            Notifications.success("Schedule saved");
            getUI().ifPresent(ui ->
                    ui.navigate(MaintenanceView.class, new RouteParameters("practiceId", practiceId.toString())));
        } catch (InvalidInputException e) {
            Notifications.error(e.field() + ": " + e.getMessage());
        }
    }

    private ScheduleDetails details() {
        if (template.getValue() == null) throw new InvalidInputException("templateId", "Choose a template");
        TargetKind kind = targetKind.getValue();
        if (kind == null) throw new InvalidInputException("target.kind", "Say what the schedule applies to");
        String id = switch (kind) {
            case DEVICE ->
                device.getValue() == null ? null : device.getValue().getId().toString();
            case CATEGORY -> category.getValue().strip().toUpperCase(Locale.ROOT);
            case SEGMENT -> segment.getValue().strip();
            case PRACTICE -> null;
        };
        if (kind == TargetKind.DEVICE && id == null) throw new InvalidInputException("target.id", "Choose the device");
        String who = assignee.getValue() == null ? "ANYONE" : assignee.getValue();
        Assignee chosen = who.equals("ANYONE")
                ? Assignee.ANYONE
                : who.startsWith("ROLE:")
                        ? Assignee.role(Role.valueOf(who.substring(5)))
                        : Assignee.person(UUID.fromString(who.substring(7)));
        Set<DayOfWeek> open = openDays.getValue();
        LocalDate first = startsOn.getValue() == null ? maintenance.today(practiceId) : startsOn.getValue();
        return new ScheduleDetails(
                template.getValue().getId(),
                new Target(kind, id),
                rrule.getValue(),
                zone,
                first,
                dueTime.getValue() == null ? LocalTime.of(8, 0) : dueTime.getValue(),
                open,
                closedDays.getValue() == null ? ClosedDayRule.KEEP : closedDays.getValue(),
                chosen,
                Duration.ofDays(leadDays.getValue() == null ? 0 : leadDays.getValue()),
                basis.getValue() == null ? Basis.SCHEDULE : basis.getValue());
    }
}
