package io.deviceward.maintenance;

import io.deviceward.access.Role;
import io.deviceward.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One occurrence of a schedule for one device (or the practice), or a retest or follow-up of a failed
 * one. Its day, and when it is overdue and missed, are fixed when it is written, so the record says what
 * was due when, whatever the schedule becomes later.
 */
@Entity
public class MaintenanceTask implements Audited {
    /** device_key of a task about the practice rather than a device. */
    static final UUID NO_DEVICE = new UUID(0, 0);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Id
    private UUID id;

    @TenantId
    @Column(name = "practice_id", updatable = false)
    private UUID practiceId;

    private @Nullable UUID scheduleId;
    private UUID templateId;
    private @Nullable UUID deviceId;
    private UUID deviceKey;
    private String subjectName;

    @Enumerated(EnumType.STRING)
    private TaskKind kind;

    private @Nullable UUID followUpOf;
    private LocalDate occurrenceOn;
    private Instant dueAt;
    private Instant startsAt;
    private Instant overdueAt;
    private @Nullable Instant missedAt;
    private @Nullable UUID assigneeUserId;

    @Enumerated(EnumType.STRING)
    private @Nullable Role assigneeRole;

    @Enumerated(EnumType.STRING)
    private TaskState state = TaskState.OPEN;

    private int stepDone;
    private @Nullable Instant firstStepAt;
    private @Nullable String firstStepByName;

    @Enumerated(EnumType.STRING)
    private @Nullable Outcome outcome;

    private @Nullable String reason;
    private @Nullable String notes;
    private @Nullable String checklist;
    private @Nullable String measured;
    private @Nullable String failedChecks;
    private @Nullable Instant completedAt;
    private @Nullable UUID completedByUserId;
    private @Nullable String completedByName;
    private @Nullable Instant resolvedAt;
    private @Nullable String notice;
    private Instant createdAt;

    @Version
    private long version;

    protected MaintenanceTask() {}

    /** A task due on {@code day}: visible from the day's start, overdue from its end, missed from {@code missedAt}. */
    MaintenanceTask(
            @Nullable UUID scheduleId,
            UUID templateId,
            @Nullable UUID deviceId,
            String subjectName,
            TaskKind kind,
            @Nullable UUID followUpOf,
            LocalDate day,
            Instant dueAt,
            Instant startsAt,
            Instant overdueAt,
            @Nullable Instant missedAt,
            Assignee assignee,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.scheduleId = scheduleId;
        this.templateId = templateId;
        this.deviceId = deviceId;
        this.deviceKey = deviceId == null ? NO_DEVICE : deviceId;
        this.subjectName = subjectName;
        this.kind = kind;
        this.followUpOf = followUpOf;
        this.occurrenceOn = day;
        this.dueAt = dueAt;
        this.startsAt = startsAt;
        this.overdueAt = overdueAt;
        this.missedAt = missedAt;
        this.assigneeUserId = assignee.userId();
        this.assigneeRole = assignee.role();
        this.createdAt = createdAt;
    }

    /** Where the task stands at this instant. */
    public TaskStatus statusAt(Instant now) {
        if (state == TaskState.DONE) return TaskStatus.DONE;
        if (state == TaskState.MISSED || (missedAt != null && !now.isBefore(missedAt))) return TaskStatus.MISSED;
        if (!now.isBefore(overdueAt)) return TaskStatus.OVERDUE;
        if (!now.isBefore(startsAt)) return TaskStatus.DUE;
        return TaskStatus.UPCOMING;
    }

    void firstStepDone(Map<String, Boolean> answers, Map<String, String> values, Instant at, String byName) {
        this.stepDone = 1;
        this.firstStepAt = at;
        this.firstStepByName = byName;
        this.checklist = json(answers);
        this.measured = json(values);
    }

    void complete(
            Outcome outcome,
            Map<String, Boolean> answers,
            Map<String, String> values,
            @Nullable String failedChecks,
            @Nullable String reason,
            @Nullable String notes,
            Instant at,
            @Nullable UUID byUserId,
            String byName) {
        Map<String, Boolean> allAnswers = new LinkedHashMap<>(checklistAnswers());
        allAnswers.putAll(answers);
        Map<String, String> allValues = new LinkedHashMap<>(values());
        allValues.putAll(values);
        this.state = TaskState.DONE;
        this.stepDone = Math.max(stepDone, 1);
        this.outcome = outcome;
        this.checklist = json(allAnswers);
        this.measured = json(allValues);
        this.failedChecks = failedChecks;
        this.reason = reason;
        this.notes = notes;
        this.completedAt = at;
        this.completedByUserId = byUserId;
        this.completedByName = byName;
    }

    void markMissed() {
        if (state == TaskState.OPEN) state = TaskState.MISSED;
    }

    void resolve(Instant at) {
        if (resolvedAt == null) resolvedAt = at;
    }

    void notice(String text) {
        this.notice = text.length() > 1000 ? text.substring(0, 997) + "..." : text;
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public Map<String, Boolean> checklistAnswers() {
        return checklist == null
                ? Map.of()
                : JSON.readValue(checklist, new TypeReference<LinkedHashMap<String, Boolean>>() {});
    }

    public Map<String, String> values() {
        return measured == null
                ? Map.of()
                : JSON.readValue(measured, new TypeReference<LinkedHashMap<String, String>>() {});
    }

    public UUID getId() {
        return id;
    }

    public UUID getPracticeId() {
        return practiceId;
    }

    public @Nullable UUID getScheduleId() {
        return scheduleId;
    }

    public UUID getTemplateId() {
        return templateId;
    }

    public @Nullable UUID getDeviceId() {
        return deviceId;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public TaskKind getKind() {
        return kind;
    }

    public @Nullable UUID getFollowUpOf() {
        return followUpOf;
    }

    public LocalDate getOccurrenceOn() {
        return occurrenceOn;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getOverdueAt() {
        return overdueAt;
    }

    public @Nullable Instant getMissedAt() {
        return missedAt;
    }

    public Assignee assignee() {
        if (assigneeUserId != null) return Assignee.person(assigneeUserId);
        if (assigneeRole != null) return Assignee.role(assigneeRole);
        return Assignee.ANYONE;
    }

    public TaskState getState() {
        return state;
    }

    public int getStepDone() {
        return stepDone;
    }

    public @Nullable Instant getFirstStepAt() {
        return firstStepAt;
    }

    public @Nullable String getFirstStepByName() {
        return firstStepByName;
    }

    public @Nullable Outcome getOutcome() {
        return outcome;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public @Nullable String getFailedChecks() {
        return failedChecks;
    }

    public @Nullable Instant getCompletedAt() {
        return completedAt;
    }

    public @Nullable UUID getCompletedByUserId() {
        return completedByUserId;
    }

    public @Nullable String getCompletedByName() {
        return completedByName;
    }

    public @Nullable Instant getResolvedAt() {
        return resolvedAt;
    }

    public @Nullable String getNotice() {
        return notice;
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
        return "Maintenance task";
    }

    @Override
    public String auditLabel() {
        return subjectName + " " + occurrenceOn;
    }
}
