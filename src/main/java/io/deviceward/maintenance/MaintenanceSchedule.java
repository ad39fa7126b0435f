package io.deviceward.maintenance;

import io.deviceward.access.Role;
import io.deviceward.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A template applied to a target on a recurrence rule, in the practice's time zone. Changed only
 * through {@link MaintenanceSchedules}; its occurrences become {@link MaintenanceTask}s as they come near.
 */
@Entity
public class MaintenanceSchedule implements Audited {
    @Id
    private UUID id;

    @TenantId
    @Column(name = "practice_id", updatable = false)
    private UUID practiceId;

    private UUID templateId;

    @Enumerated(EnumType.STRING)
    private TargetKind targetKind;

    private @Nullable UUID targetId;
    private @Nullable String targetCode;
    private String rrule;
    private String timeZone;
    private LocalDate startsOn;
    private LocalTime dueTime;
    private String openDays;

    @Enumerated(EnumType.STRING)
    private ClosedDayRule onClosedDay;

    @Enumerated(EnumType.STRING)
    private AssigneeKind assigneeKind;

    private @Nullable UUID assigneeUserId;

    @Enumerated(EnumType.STRING)
    private @Nullable Role assigneeRole;

    private int leadTimeMinutes;

    @Enumerated(EnumType.STRING)
    private Basis basis;

    private boolean active = true;
    private @Nullable LocalDate nextOccurrenceOn;
    private @Nullable LocalDate materializedOn;
    private @Nullable Instant refreshAt;
    private Instant createdAt;

    @Version
    private long version;

    protected MaintenanceSchedule() {}

    MaintenanceSchedule(UUID templateId, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.templateId = templateId;
        this.createdAt = createdAt;
    }

    /** Takes over validated details and starts counting again from their first day. */
    void apply(ScheduleDetails d, Instant now) {
        this.targetKind = d.target().kind();
        this.targetId = null;
        this.targetCode = null;
        if (d.target().kind() == TargetKind.CATEGORY)
            this.targetCode = d.target().id();
        else if (d.target().id() != null)
            this.targetId = UUID.fromString(d.target().id());
        this.rrule = Recurrence.normalise(d.rrule());
        this.timeZone = d.timeZone().getId();
        this.startsOn = d.startsOn();
        this.dueTime = d.dueTime();
        this.openDays = d.openDays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        this.onClosedDay = d.onClosedDay();
        this.assigneeKind = d.assignee().kind();
        this.assigneeUserId = d.assignee().userId();
        this.assigneeRole = d.assignee().role();
        this.leadTimeMinutes = (int) d.leadTime().toMinutes();
        this.basis = d.basis();
        this.active = true;
        this.nextOccurrenceOn = recurrence().firstOnOrAfter(d.startsOn()).orElse(null);
        this.materializedOn = null;
        this.refreshAt = nextOccurrenceOn == null ? null : now;
    }

    /** Rescheduled from a day on: earlier occurrences (done, missed or open) stay as they are. */
    void restartFrom(LocalDate day, Instant now) {
        this.nextOccurrenceOn = recurrence().firstOnOrAfter(day).orElse(null);
        this.refreshAt = nextOccurrenceOn == null ? null : now;
    }

    void advanced(@Nullable LocalDate next, LocalDate materialized, @Nullable Instant refreshAt) {
        this.nextOccurrenceOn = next;
        this.materializedOn = materialized;
        this.refreshAt = refreshAt;
    }

    /** Based on the last completion: the next one counts from the day this one was done. */
    void completedOn(LocalDate day, Instant now) {
        if (basis != Basis.LAST_COMPLETION || !active) return;
        this.nextOccurrenceOn = Recurrence.of(rrule, day, openDaySet(), onClosedDay)
                .firstAfter(day)
                .orElse(null);
        this.refreshAt = nextOccurrenceOn == null ? null : now;
    }

    void deactivate() {
        this.active = false;
        this.nextOccurrenceOn = null;
        this.refreshAt = null;
    }

    public Recurrence recurrence() {
        return Recurrence.of(rrule, startsOn, openDaySet(), onClosedDay);
    }

    public Set<DayOfWeek> openDaySet() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (!openDays.isBlank()) {
            Arrays.stream(openDays.split(",")).map(DayOfWeek::valueOf).forEach(days::add);
        }
        return days;
    }

    public Target target() {
        return new Target(
                targetKind,
                targetKind == TargetKind.CATEGORY ? targetCode : targetId == null ? null : targetId.toString());
    }

    public Assignee assignee() {
        return new Assignee(assigneeKind, assigneeUserId, assigneeRole);
    }

    public UUID getId() {
        return id;
    }

    public UUID getPracticeId() {
        return practiceId;
    }

    public UUID getTemplateId() {
        return templateId;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public @Nullable UUID getTargetId() {
        return targetId;
    }

    public @Nullable String getTargetCode() {
        return targetCode;
    }

    public String getRrule() {
        return rrule;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalTime getDueTime() {
        return dueTime;
    }

    public ClosedDayRule getOnClosedDay() {
        return onClosedDay;
    }

    public Duration leadTime() {
        return Duration.ofMinutes(leadTimeMinutes);
    }

    public Basis getBasis() {
        return basis;
    }

    public boolean isActive() {
        return active;
    }

    public @Nullable LocalDate getNextOccurrenceOn() {
        return nextOccurrenceOn;
    }

    public @Nullable LocalDate getMaterializedOn() {
        return materializedOn;
    }

    public @Nullable Instant getRefreshAt() {
        return refreshAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public UUID auditScopeId() {
        return practiceId;
    }

    @Override
    public String auditObjectType() {
        return "Maintenance schedule";
    }

    @Override
    public String auditLabel() {
        return rrule + " (" + targetKind + ")";
    }
}
