package io.deviceward.maintenance;

import io.deviceward.access.MemberDirectory;
import io.deviceward.access.Role;
import io.deviceward.device.DeviceService;
import io.deviceward.practice.PracticeService;
import io.deviceward.shared.ConcurrentChangeException;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.security.CanEditPractice;
import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.tenancy.PracticeScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A practice's maintenance schedules: recurring work planned from one of its templates, for a device, a
 * category, a segment or the whole practice. Planning, rescheduling and ending one writes or drops the
 * occurrences not yet begun; history stays. Managers plan; everyone who sees the practice reads.
 */
@Service
@PracticeScoped
public class MaintenanceSchedules {
    private final TemplateRepository templates;
    private final ScheduleRepository schedules;
    private final TaskRepository tasks;
    private final TaskMaterializer materializer;
    private final DeviceService devices;
    private final PracticeService practices;
    private final MemberDirectory members;
    private final Clock clock;

    MaintenanceSchedules(
            TemplateRepository templates,
            ScheduleRepository schedules,
            TaskRepository tasks,
            TaskMaterializer materializer,
            DeviceService devices,
            PracticeService practices,
            MemberDirectory members,
            Clock clock) {
        this.templates = templates;
        this.schedules = schedules;
        this.tasks = tasks;
        this.materializer = materializer;
        this.devices = devices;
        this.practices = practices;
        this.members = members;
        this.clock = clock;
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public List<MaintenanceSchedule> schedules(UUID practiceId) {
        return schedules.findByActiveTrueOrderByCreatedAt();
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public MaintenanceSchedule schedule(UUID practiceId, UUID scheduleId) {
        return findSchedule(practiceId, scheduleId);
    }

    /** Plans recurring work; its first occurrence (and those within the lead time) are written at once. */
    @CanEditPractice
    @Transactional
    public MaintenanceSchedule createSchedule(UUID practiceId, ScheduleDetails details) {
        check(practiceId, details);
        Instant now = clock.instant();
        MaintenanceSchedule draft = new MaintenanceSchedule(details.templateId(), now);
        draft.apply(details, now);
        draft.restartFrom(later(details.startsOn(), today(details.timeZone())), now);
        // An assigned id makes save a merge: the managed copy it returns is the one to change further.
        MaintenanceSchedule schedule = schedules.saveAndFlush(draft);
        materializer.advance(practiceId, schedule, now);
        return schedule;
    }

    /**
     * Reschedules: occurrences that have begun, been done or been missed stay as they are; those not yet
     * begun are dropped and written again from the new rule.
     */
    @CanEditPractice
    @Transactional
    public MaintenanceSchedule updateSchedule(
            UUID practiceId, UUID scheduleId, long expectedVersion, ScheduleDetails details) {
        MaintenanceSchedule schedule = findSchedule(practiceId, scheduleId);
        if (schedule.getVersion() != expectedVersion) throw new ConcurrentChangeException("The schedule");
        if (!schedule.getTemplateId().equals(details.templateId())) {
            throw new InvalidInputException("templateId", "A schedule keeps its template: plan a new schedule instead");
        }
        check(practiceId, details);
        Instant now = clock.instant();
        dropUnstarted(schedule, now);
        LocalDate lastKept = lastOccurrence(scheduleId);
        schedule.apply(details, now);
        LocalDate from = later(details.startsOn(), today(details.timeZone()));
        if (lastKept != null) from = later(from, lastKept.plusDays(1));
        schedule.restartFrom(from, now);
        schedules.saveAndFlush(schedule);
        materializer.advance(practiceId, schedule, now);
        return schedule;
    }

    /** Ends a schedule; its history stays, its occurrences not yet begun go. */
    @CanEditPractice
    @Transactional
    public void endSchedule(UUID practiceId, UUID scheduleId) {
        MaintenanceSchedule schedule = findSchedule(practiceId, scheduleId);
        dropUnstarted(schedule, clock.instant());
        schedule.deactivate();
    }

    private void dropUnstarted(MaintenanceSchedule schedule, Instant now) {
        tasks.deleteAll(
                tasks.findByScheduleIdAndStateAndStepDoneAndStartsAtAfter(schedule.getId(), TaskState.OPEN, 0, now));
        tasks.flush();
    }

    private @Nullable LocalDate lastOccurrence(UUID scheduleId) {
        return tasks.findFirstByScheduleIdOrderByOccurrenceOnDesc(scheduleId)
                .map(MaintenanceTask::getOccurrenceOn)
                .orElse(null);
    }

    private void check(UUID practiceId, ScheduleDetails d) {
        if (d.templateId() == null
                || templates
                        .findAvailable(practices.get(practiceId).getProviderId(), d.templateId())
                        .isEmpty()) {
            throw new InvalidInputException("templateId", "Choose one of the practice's templates");
        }
        if (d.target() == null || d.target().kind() == null) {
            throw new InvalidInputException("target.kind", "Choose DEVICE, CATEGORY, SEGMENT or PRACTICE");
        }
        String id = d.target().id();
        switch (d.target().kind()) {
            case PRACTICE -> {
                if (id != null) throw new InvalidInputException("target.id", "A practice target has no id");
            }
            case CATEGORY -> {
                if (id == null || id.isBlank()) throw new InvalidInputException("target.id", "Name the category code");
            }
            case DEVICE, SEGMENT -> {
                UUID uuid = uuid(id);
                if (d.target().kind() == TargetKind.DEVICE) {
                    try {
                        devices.get(practiceId, uuid);
                    } catch (NotFoundException e) {
                        throw new InvalidInputException("target.id", "No such device in this practice");
                    }
                }
            }
        }
        if (d.timeZone() == null) throw new InvalidInputException("timeZone", "Choose a time zone");
        if (d.startsOn() == null) throw new InvalidInputException("startsOn", "Choose the first day");
        if (d.dueTime() == null) throw new InvalidInputException("dueTime", "Choose the time of day");
        if (d.openDays() == null || d.openDays().isEmpty()) {
            throw new InvalidInputException("openDays", "Choose at least one day the practice is open");
        }
        if (d.onClosedDay() == null) throw new InvalidInputException("onClosedDay", "Say what happens on closed days");
        try {
            Recurrence.of(d.rrule(), d.startsOn(), d.openDays(), d.onClosedDay());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("rrule", e.getMessage());
        }
        if (d.leadTime() == null || d.leadTime().isNegative() || d.leadTime().compareTo(Duration.ofDays(90)) > 0) {
            throw new InvalidInputException("leadTime", "The lead time is between 0 and 90 days (such as P2D)");
        }
        if (d.basis() == null) throw new InvalidInputException("basis", "Choose SCHEDULE or LAST_COMPLETION");
        Assignee assignee = d.assignee();
        if (assignee == null || assignee.kind() == null) {
            throw new InvalidInputException("assignee.kind", "Choose PERSON, ROLE or ANYONE");
        }
        switch (assignee.kind()) {
            case PERSON -> {
                if (assignee.userId() == null
                        || members.members(practiceId).stream()
                                .noneMatch(m -> m.userId().equals(assignee.userId()))) {
                    throw new InvalidInputException("assignee.id", "Choose a member of this practice");
                }
            }
            case ROLE -> {
                if (assignee.role() == null || assignee.role() == Role.AUDITOR) {
                    throw new InvalidInputException("assignee.role", "Choose a role that records maintenance");
                }
            }
            case ANYONE -> {}
        }
    }

    private static UUID uuid(@Nullable String id) {
        try {
            return UUID.fromString(Objects.requireNonNull(id));
        } catch (RuntimeException e) {
            throw new InvalidInputException("target.id", "\"" + id + "\" is not an id");
        }
    }

    private MaintenanceSchedule findSchedule(UUID practiceId, UUID scheduleId) {
        return schedules
                .findById(scheduleId)
                .filter(s -> practiceId.equals(s.getPracticeId()))
                .orElseThrow(() -> new NotFoundException("Schedule"));
    }

    private LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
