package io.deviceward.maintenance.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.deviceward.access.Role;
import io.deviceward.maintenance.Assignee;
import io.deviceward.maintenance.AssigneeKind;
import io.deviceward.maintenance.Basis;
import io.deviceward.maintenance.ChecklistItem;
import io.deviceward.maintenance.ClosedDayRule;
import io.deviceward.maintenance.Completion;
import io.deviceward.maintenance.EvidenceField;
import io.deviceward.maintenance.FailureAction;
import io.deviceward.maintenance.MaintenanceSchedule;
import io.deviceward.maintenance.MaintenanceSchedules;
import io.deviceward.maintenance.MaintenanceService;
import io.deviceward.maintenance.MaintenanceTemplate;
import io.deviceward.maintenance.Outcome;
import io.deviceward.maintenance.ScheduleDetails;
import io.deviceward.maintenance.Target;
import io.deviceward.maintenance.TargetKind;
import io.deviceward.maintenance.TaskCompletions;
import io.deviceward.maintenance.TaskStatus;
import io.deviceward.maintenance.TaskView;
import io.deviceward.maintenance.TemplateKind;
import io.deviceward.maintenance.evidence.EvidenceReport;
import io.deviceward.maintenance.evidence.EvidenceService;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.api.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Maintenance for integrations. Thin: the maintenance services ({@link MaintenanceService} and its siblings) hold the rules and checks the
 * caller's membership, as for the UI. Errors come back as problem+json; a value outside its limit is
 * not an error but a FAILED task.
 */
@RestController
@RequestMapping("/api/v1/practices/{practiceId}/maintenance")
@Tag(name = "Maintenance", description = "Maintenance templates, schedules and tasks of one practice")
class MaintenanceApi {
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private final MaintenanceService maintenance;
    private final TaskCompletions completions;
    private final MaintenanceSchedules schedules;
    private final EvidenceService evidence;

    MaintenanceApi(
            MaintenanceService maintenance,
            TaskCompletions completions,
            MaintenanceSchedules schedules,
            EvidenceService evidence) {
        this.maintenance = maintenance;
        this.completions = completions;
        this.schedules = schedules;
        this.evidence = evidence;
    }

    record TemplateResource(
            UUID id,
            String code,
            String name,
            TemplateKind kind,
            @Nullable String description,
            String suggestedRrule,
            TargetKind suggestedTarget,
            int steps,
            FailureAction onFailure,
            @Nullable String postureItem,
            boolean starter,
            List<ChecklistItem> checklist,
            List<EvidenceField> fields) {
        static TemplateResource from(MaintenanceTemplate t) {
            return new TemplateResource(
                    t.getId(),
                    t.getCode(),
                    t.getName(),
                    t.getKind(),
                    t.getDescription(),
                    t.getSuggestedRrule(),
                    t.getSuggestedTarget(),
                    t.getSteps(),
                    t.getOnFailure(),
                    t.getPostureItem() == null ? null : t.getPostureItem().key(),
                    t.isStarter(),
                    t.definition().checklist(),
                    t.definition().fields());
        }
    }

    record TargetDto(@Nullable TargetKind kind, @Nullable String id) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AssigneeDto(
            @Nullable AssigneeKind kind,
            @Nullable UUID id,
            @Nullable Role role) {}

    record ScheduleRequest(
            @Nullable UUID templateId,
            @Nullable TargetDto target,
            @Nullable String rrule,
            @Nullable String timeZone,
            @Nullable LocalDate startsOn,
            @Nullable LocalTime dueTime,
            @Nullable Set<DayOfWeek> openDays,
            @Nullable ClosedDayRule onClosedDay,
            @Nullable AssigneeDto assignee,
            @Nullable String leadTime,
            @Nullable Basis basis,
            @Nullable Long version) {}

    record ScheduleResource(
            UUID id,
            UUID templateId,
            TargetDto target,
            String rrule,
            String timeZone,
            LocalDate startsOn,
            LocalTime dueTime,
            List<DayOfWeek> openDays,
            ClosedDayRule onClosedDay,
            AssigneeDto assignee,
            String leadTime,
            Basis basis,
            @Nullable LocalDate nextOccurrenceOn,
            long version) {
        static ScheduleResource from(MaintenanceSchedule s) {
            Assignee a = s.assignee();
            return new ScheduleResource(
                    s.getId(),
                    s.getTemplateId(),
                    new TargetDto(s.target().kind(), s.target().id()),
                    s.getRrule(),
                    s.zone().getId(),
                    s.getStartsOn(),
                    s.getDueTime(),
                    s.openDaySet().stream().sorted().toList(),
                    s.getOnClosedDay(),
                    new AssigneeDto(a.kind(), a.userId(), a.role()),
                    s.leadTime().toString(),
                    s.getBasis(),
                    s.getNextOccurrenceOn(),
                    s.getVersion());
        }
    }

    record TaskResource(
            UUID id,
            @Nullable UUID scheduleId,
            UUID templateId,
            String templateName,
            String kind,
            @Nullable UUID deviceId,
            String subject,
            LocalDate day,
            Instant dueAt,
            TaskStatus status,
            int steps,
            int stepsDone,
            @Nullable Outcome outcome,
            Map<String, Boolean> checklist,
            Map<String, String> values,
            @Nullable String failedChecks,
            @Nullable String notes,
            @Nullable String reason,
            @Nullable Instant completedAt,
            @Nullable String completedBy,
            @Nullable String notice,
            @Nullable UUID followUpOf,
            long version) {
        static TaskResource from(TaskView v) {
            var t = v.task();
            return new TaskResource(
                    t.getId(),
                    t.getScheduleId(),
                    t.getTemplateId(),
                    v.templateName(),
                    t.getKind().name(),
                    t.getDeviceId(),
                    t.getSubjectName(),
                    t.getOccurrenceOn(),
                    t.getDueAt(),
                    v.status(),
                    v.steps(),
                    t.getStepDone(),
                    t.getOutcome(),
                    t.checklistAnswers(),
                    t.values(),
                    t.getFailedChecks(),
                    t.getNotes(),
                    t.getReason(),
                    t.getCompletedAt(),
                    t.getCompletedByName(),
                    t.getNotice(),
                    t.getFollowUpOf(),
                    t.getVersion());
        }
    }

    record AttachmentDto(
            @Nullable String fileName,
            @Nullable String contentType,
            @Nullable String content) {}

    record CompletionRequest(
            @Nullable Outcome outcome,
            @Nullable Map<String, Boolean> checklist,
            @Nullable Map<String, Object> values,
            @Nullable String notes,
            @Nullable String reason,
            @Nullable List<AttachmentDto> attachments,
            @Nullable Long version) {}

    @GetMapping("/templates")
    @Operation(summary = "The templates the practice may schedule: the starter set and its provider's own")
    List<TemplateResource> templates(@PathVariable UUID practiceId) {
        return maintenance.templates(practiceId).stream()
                .map(TemplateResource::from)
                .toList();
    }

    @GetMapping("/templates/{templateId}")
    @Operation(summary = "One template with its checklist, evidence fields and limits")
    TemplateResource template(@PathVariable UUID practiceId, @PathVariable UUID templateId) {
        return TemplateResource.from(maintenance.template(practiceId, templateId));
    }

    @GetMapping("/schedules")
    @Operation(summary = "The practice's active schedules")
    List<ScheduleResource> schedules(@PathVariable UUID practiceId) {
        return schedules.schedules(practiceId).stream()
                .map(ScheduleResource::from)
                .toList();
    }

    @GetMapping("/schedules/{scheduleId}")
    @Operation(summary = "One schedule")
    ScheduleResource schedule(@PathVariable UUID practiceId, @PathVariable UUID scheduleId) {
        return ScheduleResource.from(schedules.schedule(practiceId, scheduleId));
    }

    @PostMapping("/schedules")
    @Operation(summary = "Plan recurring work (RRULE, the practice's time zone unless given)")
    ResponseEntity<ScheduleResource> create(@PathVariable UUID practiceId, @RequestBody ScheduleRequest request) {
        MaintenanceSchedule created = schedules.createSchedule(practiceId, details(practiceId, request));
        return ResponseEntity.created(
                        URI.create("/api/v1/practices/" + practiceId + "/maintenance/schedules/" + created.getId()))
                .body(ScheduleResource.from(created));
    }

    @PutMapping("/schedules/{scheduleId}")
    @Operation(summary = "Reschedule; send the version you read (a stale one answers 409). History is kept")
    ScheduleResource update(
            @PathVariable UUID practiceId, @PathVariable UUID scheduleId, @RequestBody ScheduleRequest request) {
        long version = Versions.required(request.version(), "schedule");
        return ScheduleResource.from(
                schedules.updateSchedule(practiceId, scheduleId, version, details(practiceId, request)));
    }

    @DeleteMapping("/schedules/{scheduleId}")
    @Operation(summary = "End a schedule; what was done or missed stays on record")
    ResponseEntity<Void> end(@PathVariable UUID practiceId, @PathVariable UUID scheduleId) {
        schedules.endSchedule(practiceId, scheduleId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tasks")
    @Operation(summary = "Tasks by status (DUE, OVERDUE, UPCOMING, DONE, MISSED) and day range (from, to inclusive)")
    List<TaskResource> tasks(
            @PathVariable UUID practiceId,
            @RequestParam(required = false) @Nullable TaskStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        return maintenance.tasks(practiceId, status, from, to).stream()
                .map(TaskResource::from)
                .toList();
    }

    @GetMapping("/tasks/{taskId}")
    @Operation(summary = "One task")
    TaskResource task(@PathVariable UUID practiceId, @PathVariable UUID taskId) {
        return TaskResource.from(maintenance.task(practiceId, taskId));
    }

    @PostMapping("/tasks/{taskId}/completion")
    @Operation(
            summary = "Record a task's outcome, checklist, measured values and notes;"
                    + " a value outside its limit gives a FAILED task, not an error")
    TaskResource complete(
            @PathVariable UUID practiceId, @PathVariable UUID taskId, @RequestBody CompletionRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        if (request.values() != null) {
            request.values().forEach((k, v) -> {
                if (v != null) values.put(k, v.toString());
            });
        }
        List<Completion.NewAttachment> files = new ArrayList<>();
        if (request.attachments() != null) {
            for (AttachmentDto a : request.attachments()) {
                if (a.fileName() == null || a.content() == null) {
                    throw new InvalidInputException("attachments", "Each attachment has a fileName and base64 content");
                }
                try {
                    files.add(new Completion.NewAttachment(
                            a.fileName(),
                            a.contentType() == null ? "" : a.contentType(),
                            Base64.getDecoder().decode(a.content())));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("attachments", "The content is not base64");
                }
            }
        }
        Completion completion = new Completion(
                request.outcome(),
                request.checklist() == null ? Map.of() : request.checklist(),
                values,
                request.notes(),
                request.reason(),
                files);
        return TaskResource.from(completions.complete(practiceId, taskId, completion, request.version()));
    }

    @GetMapping("/evidence")
    @Operation(
            summary = "Evidence of a device (deviceId) or the practice for a day range, as PDF (format=pdf) or CSV,"
                    + " with missed occurrences, gaps, the sign-off and the audit-chain verification")
    ResponseEntity<byte[]> evidence(
            @PathVariable UUID practiceId,
            @RequestParam(required = false) @Nullable UUID deviceId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "pdf") String format,
            @RequestParam(required = false) @Nullable String signedOffBy) {
        if (!format.equals("pdf") && !format.equals("csv")) {
            throw new InvalidInputException("format", "Ask for pdf or csv");
        }
        EvidenceReport report = evidence.report(practiceId, deviceId, from, to, signedOffBy);
        boolean pdf = format.equals("pdf");
        byte[] body = pdf
                ? evidence.pdf(practiceId, report)
                : evidence.csv(practiceId, report).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"maintenance-evidence-" + from + "-" + to + "." + format + "\"")
                .body(body);
    }

    private ScheduleDetails details(UUID practiceId, ScheduleRequest r) {
        if (r.target() == null) throw new InvalidInputException("target", "Say what the schedule applies to");
        ZoneId zone;
        try {
            zone = r.timeZone() == null ? maintenance.practice(practiceId).zone() : ZoneId.of(r.timeZone());
        } catch (DateTimeException e) {
            throw new InvalidInputException(
                    "timeZone", "\"" + r.timeZone() + "\" is not a time zone such as Europe/Berlin");
        }
        Duration lead;
        try {
            lead = r.leadTime() == null ? Duration.ZERO : Duration.parse(r.leadTime());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    "leadTime", "Give the lead time as an ISO-8601 duration such as P2D or PT12H");
        }
        AssigneeDto a = r.assignee();
        Assignee assignee = a == null || a.kind() == null
                ? (a == null ? Assignee.ANYONE : new Assignee(null, null, null))
                : new Assignee(a.kind(), a.id(), a.role());
        return new ScheduleDetails(
                r.templateId(),
                new Target(r.target().kind(), r.target().id()),
                r.rrule() == null ? "" : r.rrule(),
                zone,
                r.startsOn() == null ? maintenance.today(practiceId) : r.startsOn(),
                r.dueTime() == null ? LocalTime.of(8, 0) : r.dueTime(),
                r.openDays() == null ? WEEKDAYS : r.openDays(),
                r.onClosedDay() == null ? ClosedDayRule.KEEP : r.onClosedDay(),
                assignee,
                lead,
                r.basis() == null ? Basis.SCHEDULE : r.basis());
    }
}
