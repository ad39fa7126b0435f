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
import com.vaadin.flow.router.HasDynamicTitle;
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
import io.deviceward.maintenance.MaintenanceSchedules;
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
@PermitAll
public class ScheduleFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    // The frequencies the helper offers, as the rule writes them (FREQ=WEEKLY); each is shown through its own key.
    private static final String DAILY = "DAILY";
    private static final String WEEKLY = "WEEKLY";
    private static final String MONTHLY = "MONTHLY";
    private static final String YEARLY = "YEARLY";
    private final MaintenanceService maintenance;
    private final MaintenanceSchedules schedules;
    private final DeviceService devices;
    private final MemberDirectory members;

    private final ComboBox<MaintenanceTemplate> template = new ComboBox<>();
    private final Select<TargetKind> targetKind = new Select<>();
    private final ComboBox<Device> device = new ComboBox<>();
    private final TextField category = new TextField();
    private final TextField segment = new TextField();
    private final Select<String> frequency = new Select<>();
    private final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>();
    private final IntegerField monthDay = new IntegerField();
    private final TextField rrule = new TextField();
    private final DatePicker startsOn = new DatePicker();
    private final TimePicker dueTime = new TimePicker();
    private final CheckboxGroup<DayOfWeek> openDays = new CheckboxGroup<>();
    private final Select<ClosedDayRule> closedDays = new Select<>();
    private final Select<String> assignee = new Select<>();
    private final IntegerField leadDays = new IntegerField();
    private final Select<Basis> basis = new Select<>();
    private UUID practiceId;
    private ZoneId zone;

    ScheduleFormView(
            MaintenanceService maintenance,
            MaintenanceSchedules schedules,
            DeviceService devices,
            MemberDirectory members) {
        this.maintenance = maintenance;
        this.schedules = schedules;
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
        template.setLabel(t("maintenance.schedule.template"));
        template.setItems(maintenance.templates(practiceId));
        template.setItemLabelGenerator(chosen -> chosen.getName() + " (" + label(chosen.getKind()) + ")");
        template.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                rrule.setValue(e.getValue().getSuggestedRrule());
                targetKind.setValue(e.getValue().getSuggestedTarget());
                if (e.getValue().getSuggestedTarget() == TargetKind.CATEGORY) category.setValue("AUTOCLAVE");
            }
        });
        targetKind.setId("schedule-target-kind");
        targetKind.setLabel(t("maintenance.schedule.target"));
        targetKind.setItems(TargetKind.values());
        targetKind.setItemLabelGenerator(this::label);
        targetKind.addValueChangeListener(e -> showTargetFields());
        device.setId("schedule-device");
        device.setLabel(t("maintenance.schedule.device"));
        device.setItems(
                devices.list(practiceId, DeviceFilter.NONE, Pageable.unpaged()).getContent());
        device.setItemLabelGenerator(d -> d.getName() + " (" + d.getCategory() + ")");
        category.setId("schedule-category");
        category.setLabel(t("maintenance.schedule.category"));
        segment.setId("schedule-segment");
        segment.setLabel(t("maintenance.schedule.segment"));
        segment.setHelperText(t("maintenance.schedule.segment.helper"));

        frequency.setId("schedule-frequency");
        frequency.setLabel(t("maintenance.schedule.frequency"));
        frequency.setItems(DAILY, WEEKLY, MONTHLY, YEARLY);
        frequency.setItemLabelGenerator(f -> t("maintenance.schedule.frequency." + f.toLowerCase(Locale.ROOT)));
        frequency.addValueChangeListener(e -> writeRule());
        weekdays.setId("schedule-weekdays");
        weekdays.setLabel(t("maintenance.schedule.weekdays"));
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(this::dayName);
        weekdays.addValueChangeListener(e -> writeRule());
        monthDay.setId("schedule-month-day");
        monthDay.setLabel(t("maintenance.schedule.month-day"));
        monthDay.setHelperText(t("maintenance.schedule.month-day.helper"));
        monthDay.addValueChangeListener(e -> writeRule());
        rrule.setId("schedule-rrule");
        rrule.setLabel(t("maintenance.schedule.rrule"));
        rrule.setHelperText(t("maintenance.schedule.rrule.helper"));

        startsOn.setId("schedule-starts");
        startsOn.setLabel(t("maintenance.schedule.starts"));
        startsOn.setValue(maintenance.today(practiceId));
        dueTime.setId("schedule-due-time");
        dueTime.setLabel(t("maintenance.schedule.due-time"));
        dueTime.setValue(LocalTime.of(8, 0));
        dueTime.setHelperText(t("maintenance.schedule.due-time.helper", zone.getId()));
        openDays.setId("schedule-open-days");
        openDays.setLabel(t("maintenance.schedule.open-days"));
        openDays.setItems(DayOfWeek.values());
        openDays.setItemLabelGenerator(this::dayName);
        openDays.setValue(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        closedDays.setId("schedule-closed-days");
        closedDays.setLabel(t("maintenance.schedule.closed-days"));
        closedDays.setItems(ClosedDayRule.values());
        closedDays.setItemLabelGenerator(this::label);
        closedDays.setValue(ClosedDayRule.KEEP);
        assignee.setId("schedule-assignee");
        assignee.setLabel(t("maintenance.schedule.assignee"));
        assignee.setItems(assignees());
        assignee.setValue("ANYONE");
        assignee.setItemLabelGenerator(this::assigneeLabel);
        leadDays.setId("schedule-lead-days");
        leadDays.setLabel(t("maintenance.schedule.lead-days"));
        leadDays.setValue(0);
        leadDays.setMin(0);
        leadDays.setMax(90);
        basis.setId("schedule-basis");
        basis.setLabel(t("maintenance.schedule.basis"));
        basis.setItems(Basis.values());
        basis.setItemLabelGenerator(this::label);
        basis.setValue(Basis.SCHEDULE);

        Button save = new Button(t("maintenance.schedule.save"), click -> save());
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
        add(
                new H1(t("maintenance.schedule.title")),
                new Paragraph(t("maintenance.schedule.zone", zone.getId())),
                form,
                save);
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
        if (item.equals("ANYONE")) return t("maintenance.schedule.assignee.anyone");
        if (item.startsWith("ROLE:")) {
            // Roles are named with the access feature's enum.Role texts.
            return t("maintenance.schedule.assignee.role", t("enum.Role." + item.substring(5)));
        }
        UUID id = UUID.fromString(item.substring(7));
        return members.members(practiceId).stream()
                .filter(m -> m.userId().equals(id))
                .map(MemberDirectory.Member::name)
                .findFirst()
                .orElse(t("maintenance.schedule.assignee.member"));
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
        weekdays.setVisible(f.equals(WEEKLY));
        monthDay.setVisible(f.equals(MONTHLY));
        String rule = "FREQ=" + f;
        if (f.equals(WEEKLY) && !weekdays.getValue().isEmpty()) {
            rule += ";BYDAY="
                    + weekdays.getValue().stream()
                            .sorted()
                            .map(d -> d.name().substring(0, 2))
                            .collect(Collectors.joining(","));
        }
        if (f.equals(MONTHLY) && monthDay.getValue() != null) rule += ";BYMONTHDAY=" + monthDay.getValue();
        rrule.setValue(rule);
    }

    private void save() {
        try {
            schedules.createSchedule(practiceId, details());
            Notifications.success(t("maintenance.schedule.saved"));
            getUI().ifPresent(ui ->
                    ui.navigate(MaintenanceView.class, new RouteParameters("practiceId", practiceId.toString())));
        } catch (InvalidInputException e) {
            Notifications.error(e.field() + ": " + e.getMessage());
        }
    }

    private ScheduleDetails details() {
        if (template.getValue() == null)
            throw new InvalidInputException("templateId", t("maintenance.schedule.template.required"));
        TargetKind kind = targetKind.getValue();
        if (kind == null) throw new InvalidInputException("target.kind", t("maintenance.schedule.target.required"));
        String id = switch (kind) {
            case DEVICE ->
                device.getValue() == null ? null : device.getValue().getId().toString();
            case CATEGORY -> category.getValue().strip().toUpperCase(Locale.ROOT);
            case SEGMENT -> segment.getValue().strip();
            case PRACTICE -> null;
        };
        if (kind == TargetKind.DEVICE && id == null) {
            throw new InvalidInputException("target.id", t("maintenance.schedule.device.required"));
        }
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

    /** "Mon", "Tue" … in the reader's language. */
    private String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT_STANDALONE, getLocale());
    }

    /** A choice's label in the reader's language: {@code enum.<Type>.<NAME>}. */
    private String label(Enum<?> choice) {
        return t("enum." + choice.getDeclaringClass().getSimpleName() + "." + choice.name());
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    @Override
    public String getPageTitle() {
        return t("maintenance.schedule.page-title");
    }
}
