package io.deviceward.maintenance;

import io.deviceward.device.Device;
import io.deviceward.device.DeviceFilter;
import io.deviceward.device.DeviceService;
import io.deviceward.device.DeviceStatus;
import io.deviceward.practice.PracticeService;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.security.SystemTask;
import io.deviceward.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a schedule's occurrences as tasks as they come near: each schedule always has its next
 * occurrence written (so it shows as upcoming), and those within the lead time; occurrences whose next
 * one has come are marked missed. Runs on reading a due list and from the background job.
 * See docs/decisions/2026-12-01-maintenance.md.
 */
@Component
class TaskMaterializer {
    private static final Logger log = LoggerFactory.getLogger(TaskMaterializer.class);
    /** At most this many occurrences per schedule and pass (a clock far ahead must not write years at once). */
    static final int CAP = 400;

    private final ScheduleRepository schedules;
    private final TaskRepository tasks;
    private final TemplateRepository templates;
    private final DeviceService devices;
    private final PracticeService practices;
    private final TransactionTemplate separate;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    TaskMaterializer(
            ScheduleRepository schedules,
            TaskRepository tasks,
            TemplateRepository templates,
            DeviceService devices,
            PracticeService practices,
            PlatformTransactionManager transactions,
            JdbcTemplate jdbc,
            Clock clock) {
        this.jdbc = jdbc;
        this.schedules = schedules;
        this.tasks = tasks;
        this.templates = templates;
        this.devices = devices;
        this.practices = practices;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Brings the practice's tasks up to now, in a transaction of its own and as DeviceWard itself (the
     * audit trail says "system" wrote the occurrences, not whoever happened to look). Never fails the
     * caller: a read shows what is there and the next pass tries again.
     */
    int refresh(UUID practiceId) {
        if (!due(practiceId, clock.instant())) return 0; // the usual case: one indexed look-up, no transaction
        try {
            Integer written = SystemTask.call(() -> TenantContext.callAs(
                    practiceId, () -> separate.execute(status -> refreshBound(practiceId, clock.instant()))));
            return written == null ? 0 : written;
        } catch (RuntimeException e) {
            log.warn("Could not bring the maintenance tasks of practice {} up to date; will try again", practiceId, e);
            return 0;
        }
    }

    /** Whether a schedule of the practice is due to be written or an open task to be marked missed. */
    private boolean due(UUID practiceId, Instant now) {
        LocalDateTime utc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        Boolean due = jdbc.queryForObject(
                "select exists (select 1 from maintenance_schedule where practice_id = ? and refresh_at <= ?)"
                        + " or exists (select 1 from maintenance_task where practice_id = ? and state = 'OPEN'"
                        + " and missed_at <= ?)",
                Boolean.class,
                practiceId,
                utc,
                practiceId,
                utc);
        return Boolean.TRUE.equals(due);
    }

    private int refreshBound(UUID practiceId, Instant now) {
        tasks.findByStateAndMissedAtLessThanEqual(TaskState.OPEN, now).forEach(MaintenanceTask::markMissed);
        int written = 0;
        for (MaintenanceSchedule schedule : schedules.lockDueForRefresh(now)) {
            written += advance(practiceId, schedule, now);
        }
        return written;
    }

    /** Writes what is due of one schedule, in the caller's transaction, and sets when to look again. */
    int advance(UUID practiceId, MaintenanceSchedule schedule, Instant now) {
        if (!schedule.isActive()) return 0;
        MaintenanceTemplate template =
                templates.findById(schedule.getTemplateId()).orElseThrow(() -> new NotFoundException("Template"));
        ZoneId zone = schedule.zone();
        Recurrence recurrence = schedule.recurrence();
        LocalDate next = schedule.getNextOccurrenceOn();
        LocalDate last = schedule.getMaterializedOn();
        int written = 0;
        int occurrences = 0;
        while (next != null && occurrences < CAP) {
            Instant nextStarts = Recurrence.startOfDay(next, zone);
            boolean haveFuture =
                    last != null && Recurrence.startOfDay(last, zone).isAfter(now);
            if (haveFuture && nextStarts.minus(schedule.leadTime()).isAfter(now)) break;
            LocalDate following = schedule.getBasis() == Basis.SCHEDULE
                    ? recurrence.firstAfter(next).orElse(null)
                    : null;
            written += write(practiceId, schedule, template, next, following);
            occurrences++;
            last = next;
            next = following;
        }
        Instant refreshAt = null;
        if (next != null) {
            refreshAt = Recurrence.startOfDay(next, zone).minus(schedule.leadTime());
            if (last != null) {
                Instant lastStarts = Recurrence.startOfDay(last, zone);
                if (lastStarts.isBefore(refreshAt)) refreshAt = lastStarts;
            }
        }
        schedule.advanced(next, last == null ? schedule.getMaterializedOn() : last, refreshAt);
        return written;
    }

    private int write(
            UUID practiceId,
            MaintenanceSchedule schedule,
            MaintenanceTemplate template,
            LocalDate day,
            @Nullable LocalDate following) {
        ZoneId zone = schedule.zone();
        Instant missedAt = following == null ? null : Recurrence.startOfDay(following, zone);
        List<Subject> subjects = subjects(practiceId, schedule);
        for (Subject subject : subjects) {
            tasks.save(new MaintenanceTask(
                    schedule.getId(),
                    template.getId(),
                    subject.deviceId(),
                    subject.name(),
                    TaskKind.SCHEDULED,
                    null,
                    day,
                    Recurrence.dueAt(day, schedule.getDueTime(), zone).toInstant(),
                    Recurrence.startOfDay(day, zone),
                    Recurrence.startOfDay(day.plusDays(1), zone),
                    missedAt,
                    schedule.assignee(),
                    clock.instant()));
        }
        return subjects.size();
    }

    record Subject(@Nullable UUID deviceId, String name) {}

    /** The devices (or the practice) one occurrence is for, as they are when it is written. */
    List<Subject> subjects(UUID practiceId, MaintenanceSchedule schedule) {
        return switch (schedule.getTargetKind()) {
            case PRACTICE -> List.of(new Subject(null, practices.get(practiceId).getName()));
            case DEVICE -> {
                try {
                    Device device = devices.get(practiceId, schedule.getTargetId());
                    yield device.getStatus() == DeviceStatus.DECOMMISSIONED
                            ? List.of()
                            : List.of(new Subject(device.getId(), device.getName()));
                } catch (NotFoundException gone) {
                    yield List.of();
                }
            }
            case CATEGORY ->
                inUse(devices.list(
                                practiceId,
                                new DeviceFilter(null, schedule.getTargetCode(), null, null, null),
                                Pageable.unpaged())
                        .getContent());
            case SEGMENT ->
                inUse(devices.list(
                                practiceId,
                                new DeviceFilter(null, null, null, schedule.getTargetId(), null),
                                Pageable.unpaged())
                        .getContent());
        };
    }

    private static List<Subject> inUse(List<Device> found) {
        return found.stream()
                .filter(d -> d.getStatus() != DeviceStatus.DECOMMISSIONED)
                .map(d -> new Subject(d.getId(), d.getName()))
                .toList();
    }
}
