package io.deviceward.maintenance;

import io.deviceward.access.CurrentUser;
import io.deviceward.access.PracticeAccess;
import io.deviceward.access.Role;
import io.deviceward.access.SignedInUser;
import io.deviceward.device.DeviceService;
import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeService;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.tenancy.PracticeScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A practice's maintenance work as it falls due: the templates it may use, its tasks with their status
 * (due today, overdue, upcoming, done, missed), what is for the signed-in person, and the calendar. Tasks
 * are brought up to now before they are read. Planning is {@link MaintenanceSchedules}, recording work
 * {@link TaskCompletions}, what needs attention {@link MaintenanceFindings}. Bound to, and checked against,
 * its practiceId; the views and the API both come through here.
 */
@Service
@PracticeScoped
public class MaintenanceService {
    private final TemplateRepository templates;
    private final ScheduleRepository schedules;
    private final TaskRepository tasks;
    private final TaskViews views;
    private final TaskMaterializer materializer;
    private final DeviceService devices;
    private final PracticeService practices;
    private final PracticeAccess access;
    private final CurrentUser currentUser;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    MaintenanceService(
            TemplateRepository templates,
            ScheduleRepository schedules,
            TaskRepository tasks,
            TaskViews views,
            TaskMaterializer materializer,
            DeviceService devices,
            PracticeService practices,
            PracticeAccess access,
            CurrentUser currentUser,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.templates = templates;
        this.schedules = schedules;
        this.tasks = tasks;
        this.views = views;
        this.materializer = materializer;
        this.devices = devices;
        this.practices = practices;
        this.access = access;
        this.currentUser = currentUser;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    // ---- templates

    /** The starter set and the practice's provider's own templates. */
    @CanViewPractice
    @Transactional(readOnly = true)
    public List<MaintenanceTemplate> templates(UUID practiceId) {
        return templates.availableTo(practices.get(practiceId).getProviderId());
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public MaintenanceTemplate template(UUID practiceId, UUID templateId) {
        return templates
                .findAvailable(practices.get(practiceId).getProviderId(), templateId)
                .orElseThrow(() -> new NotFoundException("Template"));
    }

    // ---- tasks

    /** Due today, overdue and upcoming, brought up to now first. */
    @CanViewPractice
    public DueWork dueWork(UUID practiceId) {
        materializer.refresh(practiceId);
        return readOnly.execute(
                s -> DueWork.of(views.of(tasks.findByStateOrderByStartsAtAscSubjectNameAsc(TaskState.OPEN))));
    }

    /** What the signed-in person should do today here: due and overdue tasks for them, their role or anyone. */
    @CanViewPractice
    public List<TaskView> myTasksToday(UUID practiceId) {
        materializer.refresh(practiceId);
        UUID me = currentUser.find().map(SignedInUser::appUserId).orElse(null);
        Set<Role> roles = access.rolesIn(practiceId);
        return readOnly.execute(
                s -> views.of(tasks.findByStateOrderByStartsAtAscSubjectNameAsc(TaskState.OPEN)).stream()
                        .filter(t -> t.status() == TaskStatus.DUE || t.status() == TaskStatus.OVERDUE)
                        .filter(t -> forMe(t.task().assignee(), me, roles))
                        .toList());
    }

    private static boolean forMe(Assignee assignee, @Nullable UUID me, Set<Role> roles) {
        return switch (assignee.kind()) {
            case ANYONE -> true;
            case PERSON -> Objects.equals(assignee.userId(), me);
            case ROLE -> roles.contains(assignee.role()) || roles.contains(Role.PRACTICE_MANAGER);
        };
    }

    /**
     * Tasks by status and day (both optional; days inclusive, in the practice's calendar). Without a day
     * range, open statuses list every open task and DONE / MISSED the last 90 days.
     */
    @CanViewPractice
    public List<TaskView> tasks(
            UUID practiceId, @Nullable TaskStatus status, @Nullable LocalDate from, @Nullable LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "The end day is before the start day");
        }
        materializer.refresh(practiceId);
        LocalDate today = today(practices.zone(practiceId));
        return readOnly.execute(s -> {
            List<MaintenanceTask> found;
            boolean open = status == TaskStatus.DUE || status == TaskStatus.OVERDUE || status == TaskStatus.UPCOMING;
            if (open && from == null && to == null) {
                found = tasks.findByStateOrderByStartsAtAscSubjectNameAsc(TaskState.OPEN);
            } else {
                found = tasks.findByOccurrenceOnBetweenOrderByOccurrenceOnAscSubjectNameAsc(
                        from == null ? today.minusDays(90) : from, to == null ? today.plusDays(90) : to);
            }
            return views.of(found).stream()
                    .filter(t -> status == null || t.status() == status)
                    .toList();
        });
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public TaskView task(UUID practiceId, UUID taskId) {
        return views.of(views.find(practiceId, taskId));
    }

    /** Every task of a device (or of all the practice, deviceId null) with its day in the range: for evidence. */
    @CanViewPractice
    @Transactional(readOnly = true)
    public List<TaskView> history(UUID practiceId, @Nullable UUID deviceId, LocalDate from, LocalDate to) {
        if (deviceId != null) devices.get(practiceId, deviceId);
        List<MaintenanceTask> found = deviceId == null
                ? tasks.findByOccurrenceOnBetweenOrderByOccurrenceOnAscSubjectNameAsc(from, to)
                : tasks.findByDeviceIdAndOccurrenceOnBetweenOrderByOccurrenceOnAscSubjectNameAsc(deviceId, from, to);
        return views.of(found);
    }

    // ---- calendar

    /**
     * The tasks with their day in the range and, beyond what is written yet, the occurrences the active
     * schedules will bring (status "Planned"). At most 62 days.
     */
    @CanViewPractice
    public List<CalendarEntry> calendar(UUID practiceId, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(62).isBefore(to)) {
            throw new InvalidInputException("to", "A calendar shows up to 62 days");
        }
        materializer.refresh(practiceId);
        return readOnly.execute(s -> {
            List<CalendarEntry> entries = new ArrayList<>();
            views.of(tasks.findByOccurrenceOnBetweenOrderByOccurrenceOnAscSubjectNameAsc(from, to))
                    .forEach(t -> entries.add(
                            new CalendarEntry(t.day(), t.title(), t.status().label(), t.id())));
            Map<UUID, MaintenanceTemplate> byId = templates.findAll().stream()
                    .collect(Collectors.toMap(MaintenanceTemplate::getId, Function.identity()));
            for (MaintenanceSchedule schedule : schedules.findByActiveTrueOrderByCreatedAt()) {
                if (schedule.getNextOccurrenceOn() == null || schedule.getBasis() != Basis.SCHEDULE) continue;
                LocalDate start = later(from, schedule.getNextOccurrenceOn());
                String title = byId.get(schedule.getTemplateId()).getName() + " · " + targetLabel(practiceId, schedule);
                for (LocalDate day : schedule.recurrence().between(start, to)) {
                    entries.add(new CalendarEntry(day, title, "Planned", null));
                }
            }
            entries.sort(Comparator.comparing(CalendarEntry::day).thenComparing(CalendarEntry::title));
            return entries;
        });
    }

    /** What a schedule applies to, as a person reads it. */
    @CanViewPractice
    @Transactional(readOnly = true)
    public String targetLabel(UUID practiceId, MaintenanceSchedule schedule) {
        return switch (schedule.getTargetKind()) {
            case PRACTICE -> "the practice";
            case CATEGORY -> "every device of category " + schedule.getTargetCode();
            case SEGMENT -> "every device of segment " + schedule.getTargetId();
            case DEVICE -> {
                try {
                    yield devices.get(practiceId, schedule.getTargetId()).getName();
                } catch (NotFoundException e) {
                    yield "a removed device";
                }
            }
        };
    }

    /** The practice's calendar day now. */
    @CanViewPractice
    @Transactional(readOnly = true)
    public LocalDate today(UUID practiceId) {
        return today(practices.zone(practiceId));
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public Practice practice(UUID practiceId) {
        return practices.get(practiceId);
    }

    private LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
