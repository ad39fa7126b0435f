package io.deviceward.maintenance;

import io.deviceward.access.CurrentUser;
import io.deviceward.access.MemberDirectory;
import io.deviceward.access.PracticeAccess;
import io.deviceward.access.Role;
import io.deviceward.access.SignedInUser;
import io.deviceward.device.Answer;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceService;
import io.deviceward.device.PostureCheck;
import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeService;
import io.deviceward.shared.ConcurrentChangeException;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.finding.Finding;
import io.deviceward.shared.finding.FindingSubject;
import io.deviceward.shared.finding.Severity;
import io.deviceward.shared.i18n.Text;
import io.deviceward.shared.security.CanEditPractice;
import io.deviceward.shared.security.CanRecordMaintenance;
import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.tenancy.PracticeScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * A practice's maintenance: the templates it may use, its schedules, and the tasks they fall due as,
 * with their completion. Bound to, and checked against, its practiceId; the views and the API both come
 * through here. Clinic staff record work; managers plan it; auditors read.
 */
@Service
@PracticeScoped
public class MaintenanceService {
    /** The largest file kept with a task. */
    public static final int MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
    /** Photos of indicator sheets, scanned printouts, PDF reports, plain-text logs. */
    public static final Set<String> ATTACHMENT_TYPES =
            Set.of("image/jpeg", "image/png", "application/pdf", "text/plain", "text/csv");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final TemplateRepository templates;
    private final ScheduleRepository schedules;
    private final TaskRepository tasks;
    private final AttachmentRepository attachments;
    private final AttachmentContentRepository contents;
    private final TaskMaterializer materializer;
    private final DeviceService devices;
    private final PracticeService practices;
    private final MemberDirectory members;
    private final PracticeAccess access;
    private final CurrentUser currentUser;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    MaintenanceService(
            TemplateRepository templates,
            ScheduleRepository schedules,
            TaskRepository tasks,
            AttachmentRepository attachments,
            AttachmentContentRepository contents,
            TaskMaterializer materializer,
            DeviceService devices,
            PracticeService practices,
            MemberDirectory members,
            PracticeAccess access,
            CurrentUser currentUser,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.templates = templates;
        this.schedules = schedules;
        this.tasks = tasks;
        this.attachments = attachments;
        this.contents = contents;
        this.materializer = materializer;
        this.devices = devices;
        this.practices = practices;
        this.members = members;
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
        return availableTemplate(practiceId, templateId).orElseThrow(() -> new NotFoundException("Template"));
    }

    private Optional<MaintenanceTemplate> availableTemplate(UUID practiceId, UUID templateId) {
        UUID providerId = practices.get(practiceId).getProviderId();
        return templates
                .findById(templateId)
                .filter(t -> t.getProviderId() == null || t.getProviderId().equals(providerId));
    }

    // ---- schedules

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
                || availableTemplate(practiceId, d.templateId()).isEmpty()) {
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

    // ---- tasks

    /** Due today, overdue and upcoming, brought up to now first. */
    @CanViewPractice
    public DueWork dueWork(UUID practiceId) {
        materializer.refresh(practiceId);
        return readOnly.execute(
                s -> DueWork.of(views(tasks.findByStateOrderByStartsAtAscSubjectNameAsc(TaskState.OPEN))));
    }

    /** What the signed-in person should do today here: due and overdue tasks for them, their role or anyone. */
    @CanViewPractice
    public List<TaskView> myTasksToday(UUID practiceId) {
        materializer.refresh(practiceId);
        UUID me = currentUser.find().map(SignedInUser::appUserId).orElse(null);
        Set<Role> roles = access.rolesIn(practiceId);
        return readOnly.execute(s -> views(tasks.findByStateOrderByStartsAtAscSubjectNameAsc(TaskState.OPEN)).stream()
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
            return views(found).stream()
                    .filter(t -> status == null || t.status() == status)
                    .toList();
        });
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public TaskView task(UUID practiceId, UUID taskId) {
        return view(findTask(practiceId, taskId));
    }

    /** Every task of a device (or of all the practice, deviceId null) with its day in the range: for evidence. */
    @CanViewPractice
    @Transactional(readOnly = true)
    public List<TaskView> history(UUID practiceId, @Nullable UUID deviceId, LocalDate from, LocalDate to) {
        if (deviceId != null) devices.get(practiceId, deviceId);
        List<MaintenanceTask> found = deviceId == null
                ? tasks.findByOccurrenceOnBetweenOrderByOccurrenceOnAscSubjectNameAsc(from, to)
                : tasks.findByDeviceIdAndOccurrenceOnBetweenOrderByOccurrenceOnAscSubjectNameAsc(deviceId, from, to);
        return views(found);
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public List<MaintenanceAttachment> attachments(UUID practiceId, UUID taskId) {
        findTask(practiceId, taskId);
        return attachments.findByTaskIdOrderByCreatedAt(taskId);
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public byte[] attachmentContent(UUID practiceId, UUID attachmentId) {
        attachments.findById(attachmentId).orElseThrow(() -> new NotFoundException("Attachment"));
        return contents.findById(attachmentId)
                .map(AttachmentContent::getContent)
                .orElseThrow(() -> new NotFoundException("Attachment"));
    }

    /**
     * Records what was done. The outcome is what the person chose unless a value is outside its limit or a
     * check says FAIL, which fails the task by itself. A failed steriliser test takes the device out of
     * service with a quarantine notice and opens a retest due today; a failed IT check opens a follow-up.
     * The first step of a two-step test (a spore test placed) keeps the task open for the second.
     */
    @CanRecordMaintenance
    @Transactional
    public TaskView complete(UUID practiceId, UUID taskId, Completion completion, @Nullable Long expectedVersion) {
        MaintenanceTask task = findTask(practiceId, taskId);
        if (expectedVersion != null && task.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("The task");
        }
        Instant now = clock.instant();
        TaskStatus status = task.statusAt(now);
        if (status == TaskStatus.DONE) throw new ConcurrentChangeException("The task (it is already completed)");
        if (status == TaskStatus.MISSED) {
            throw new InvalidInputException(
                    "taskId", "This occurrence was missed and stays on record as missed; complete the next one");
        }
        MaintenanceTemplate template = templates.findById(task.getTemplateId()).orElseThrow();
        TemplateDefinition definition = template.definition();
        Outcome chosen = completion.outcome();
        if (chosen == null) throw new InvalidInputException("outcome", "Choose PASSED, FAILED or NOT_DONE");
        String reason = blankToNull(completion.reason());
        if (chosen == Outcome.NOT_DONE && reason == null) {
            throw new InvalidInputException("reason", "Say why it was not done");
        }
        int step = task.getStepDone() + 1;
        boolean lastStep = step >= template.getSteps() || chosen == Outcome.NOT_DONE;
        Map<String, String> values = values(definition, completion.values(), step, lastStep, chosen);
        Map<String, Boolean> answers = answers(definition, completion.checklist(), step, lastStep);
        List<String> failures = new ArrayList<>();
        values.forEach((key, value) ->
                definition.field(key).flatMap(f -> f.violation(value)).ifPresent(failures::add));
        Outcome outcome = chosen == Outcome.NOT_DONE ? Outcome.NOT_DONE : failures.isEmpty() ? chosen : Outcome.FAILED;
        String notes = blankToNull(completion.notes());
        if (notes != null && notes.length() > 2000) throw new InvalidInputException("notes", "At most 2000 characters");
        String byName = currentUser.find().map(SignedInUser::displayName).orElse("DeviceWard");
        UUID byUser = currentUser.find().map(SignedInUser::appUserId).orElse(null);
        keep(task, completion.attachments(), now);
        if (!lastStep && outcome == Outcome.PASSED) {
            task.firstStepDone(answers, values, now, byName);
            return view(tasks.saveAndFlush(task));
        }
        task.complete(
                outcome,
                answers,
                values,
                failures.isEmpty() ? null : String.join("; ", failures),
                reason,
                notes,
                now,
                byUser,
                byName);
        if (outcome == Outcome.FAILED) failed(practiceId, task, template, now);
        if (outcome == Outcome.PASSED && task.getFollowUpOf() != null) resolveChain(task, now);
        if (outcome != Outcome.NOT_DONE && template.getPostureItem() != null && task.getDeviceId() != null) {
            devices.recordPostureCheck(
                    practiceId,
                    task.getDeviceId(),
                    template.getPostureItem(),
                    new PostureCheck(
                            outcome == Outcome.PASSED ? Answer.YES : Answer.NO,
                            today(practices.zone(practiceId)),
                            template.getName() + ": " + outcome.label().toLowerCase(Locale.ROOT)));
        }
        if (task.getScheduleId() != null) {
            schedules.findById(task.getScheduleId()).ifPresent(schedule -> {
                schedule.completedOn(today(schedule.zone()), now);
                materializer.advance(practiceId, schedule, now);
            });
        }
        return view(tasks.saveAndFlush(task));
    }

    private void failed(UUID practiceId, MaintenanceTask task, MaintenanceTemplate template, Instant now) {
        ZoneId zone = practices.zone(practiceId);
        LocalDate today = today(zone);
        switch (template.getOnFailure()) {
            case OUT_OF_SERVICE_AND_RETEST -> {
                if (task.getDeviceId() != null) {
                    Device device = devices.takeOutOfService(practiceId, task.getDeviceId());
                    List<UUID> sameKind = templates.findAll().stream()
                            .filter(t -> t.getKind() == template.getKind())
                            .map(MaintenanceTemplate::getId)
                            .toList();
                    String since = tasks.findFirstByDeviceIdAndTemplateIdInAndOutcomeOrderByCompletedAtDesc(
                                    device.getId(), sameKind, Outcome.PASSED)
                            .map(t -> "since its last passed test on " + DAY.format(t.getOccurrenceOn()))
                            .orElse("since its last passed test (none is recorded here)");
                    task.notice(device.getName() + " is out of service: quarantine every load processed " + since
                            + ", and do not use it until a retest passes.");
                }
                openFollowUp(task, TaskKind.RETEST, today, zone, now);
            }
            case FOLLOW_UP ->
                openFollowUp(task, TaskKind.FOLLOW_UP, today.plusDays(template.getFollowUpDays()), zone, now);
            case NONE -> {}
        }
    }

    private void openFollowUp(MaintenanceTask failed, TaskKind kind, LocalDate day, ZoneId zone, Instant now) {
        Instant starts = Recurrence.startOfDay(day, zone);
        tasks.save(new MaintenanceTask(
                null,
                failed.getTemplateId(),
                failed.getDeviceId(),
                failed.getSubjectName(),
                kind,
                failed.getId(),
                day,
                starts.isBefore(now) ? now : starts,
                starts,
                Recurrence.startOfDay(day.plusDays(1), zone),
                null,
                failed.assignee(),
                now));
    }

    /** A passed retest or follow-up settles the failure it followed, and any it followed in turn. */
    private void resolveChain(MaintenanceTask passed, Instant now) {
        UUID previous = passed.getFollowUpOf();
        int guard = 0;
        while (previous != null && guard++ < 50) {
            Optional<MaintenanceTask> failed = tasks.findById(previous);
            if (failed.isEmpty()) break;
            failed.get().resolve(now);
            previous = failed.get().getFollowUpOf();
        }
    }

    private static Map<String, String> values(
            TemplateDefinition definition, Map<String, String> given, int step, boolean lastStep, Outcome chosen) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : given.keySet()) {
            if (definition.field(key).isEmpty()) {
                throw new InvalidInputException("values." + key, "This template records no value \"" + key + "\"");
            }
        }
        List<EvidenceField> expected = lastStep
                ? definition.fields().stream().filter(f -> f.step() >= step).toList()
                : definition.fieldsOfStep(step);
        for (EvidenceField field : expected) {
            String raw = given.get(field.key());
            if (raw == null || raw.isBlank()) {
                if (field.required() && chosen != Outcome.NOT_DONE) {
                    throw new InvalidInputException(
                            "values." + field.key(),
                            "Enter " + field.label().toLowerCase(Locale.ROOT)
                                    + (field.limitText().isEmpty() ? "" : " (" + field.limitText() + ")"));
                }
                continue;
            }
            try {
                values.put(field.key(), field.normalise(raw));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("values." + field.key(), e.getMessage());
            }
        }
        return values;
    }

    private static Map<String, Boolean> answers(
            TemplateDefinition definition, Map<String, Boolean> given, int step, boolean lastStep) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (String key : given.keySet()) {
            if (definition.checklist().stream().noneMatch(c -> c.key().equals(key))) {
                throw new InvalidInputException(
                        "checklist." + key, "This template has no checklist item \"" + key + "\"");
            }
        }
        for (ChecklistItem item : definition.checklist()) {
            // This step's items (and, at the last step, any later ones): an earlier step's answers stay.
            if (lastStep ? item.step() < step : item.step() != step) continue;
            answers.put(item.key(), Boolean.TRUE.equals(given.get(item.key())));
        }
        return answers;
    }

    private void keep(MaintenanceTask task, List<Completion.NewAttachment> files, Instant now) {
        for (Completion.NewAttachment file : files) {
            if (file.content().length == 0) throw new InvalidInputException("attachments", "The file is empty");
            if (file.content().length > MAX_ATTACHMENT_BYTES) {
                throw new InvalidInputException(
                        "attachments", "A file may have at most " + MAX_ATTACHMENT_BYTES / (1024 * 1024) + " MB");
            }
            String type = sniff(file.content());
            if (type == null || !ATTACHMENT_TYPES.contains(type) || !sameFamily(type, file.contentType())) {
                throw new InvalidInputException(
                        "attachments",
                        "Attach a JPEG or PNG photo, a PDF or a text file (\"" + file.fileName() + "\" is not one)");
            }
            String name = file.fileName().replaceAll("[\\\\/\\p{Cntrl}]", "_");
            if (name.length() > 200) name = name.substring(name.length() - 200);
            MaintenanceAttachment attachment = attachments.save(new MaintenanceAttachment(
                    task.getId(), name, type, file.content().length, sha256(file.content()), now));
            contents.save(new AttachmentContent(attachment.getId(), file.content()));
        }
    }

    /** The type the bytes say they are (the name or the browser may say anything). */
    static @Nullable String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff)
            return "image/jpeg";
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return "image/png";
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-')
            return "application/pdf";
        for (byte x : b) {
            if (x == 0) return null;
        }
        return "text/plain";
    }

    private static boolean sameFamily(String sniffed, @Nullable String declared) {
        if (declared == null || declared.isBlank() || declared.equals("application/octet-stream")) return true;
        String d = declared.toLowerCase(Locale.ROOT);
        return d.startsWith(sniffed) || (sniffed.equals("text/plain") && d.startsWith("text/"));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private MaintenanceTask findTask(UUID practiceId, UUID taskId) {
        return tasks.findById(taskId)
                .filter(t -> practiceId.equals(t.getPracticeId()))
                .orElseThrow(() -> new NotFoundException("Task"));
    }

    private List<TaskView> views(List<MaintenanceTask> found) {
        Map<UUID, MaintenanceTemplate> byId =
                templates.findAll().stream().collect(Collectors.toMap(MaintenanceTemplate::getId, Function.identity()));
        Instant now = clock.instant();
        return found.stream()
                .map(t -> {
                    MaintenanceTemplate template = byId.get(t.getTemplateId());
                    return new TaskView(
                            t, template.getName(), template.getKind(), template.getSteps(), t.statusAt(now), null);
                })
                .toList();
    }

    private TaskView view(MaintenanceTask task) {
        return views(List.of(task)).getFirst();
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
            views(tasks.findByOccurrenceOnBetweenOrderByOccurrenceOnAscSubjectNameAsc(from, to))
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

    // ---- findings

    /**
     * What needs attention: overdue work, failures not yet settled by a passed retest or follow-up, and
     * occurrences missed in the last 30 days; severity by the template's kind.
     */
    @CanViewPractice
    public List<Finding> findings(UUID practiceId) {
        materializer.refresh(practiceId);
        Instant now = clock.instant();
        return readOnly.execute(s -> {
            List<Finding> found = new ArrayList<>();
            for (TaskView t : views(tasks.findByStateOrderByStartsAtAscSubjectNameAsc(TaskState.OPEN))) {
                if (t.status() == TaskStatus.OVERDUE) {
                    found.add(finding(
                            practiceId,
                            t,
                            "maintenance.overdue",
                            t.templateKind().overdueSeverity(),
                            overdueText(t.title(), t.day())));
                }
            }
            for (TaskView t : views(tasks.unresolvedFailures())) {
                found.add(finding(
                        practiceId,
                        t,
                        "maintenance.failed",
                        t.templateKind().failedSeverity(),
                        failedText(t.title(), t.day(), t.task().getFailedChecks())));
            }
            for (TaskView t : views(tasks.missedSince(now.minus(Duration.ofDays(30))))) {
                found.add(finding(
                        practiceId,
                        t,
                        "maintenance.missed",
                        t.templateKind().overdueSeverity(),
                        missedText(t.title(), t.day())));
            }
            return found;
        });
    }

    /** "Weekly spore test · Autoclave: overdue since 3 Nov 2026". */
    static Text overdueText(String title, LocalDate day) {
        return Text.of("maintenance.finding.overdue", title, day);
    }

    /** "Weekly spore test · Autoclave: failed on 3 Nov 2026 (Indicator changed colour)". */
    static Text failedText(String title, LocalDate day, @Nullable String failedChecks) {
        return Text.of(
                "maintenance.finding.failed",
                title,
                day,
                failedChecks == null ? "" : Text.of("maintenance.finding.failed-checks", failedChecks));
    }

    /** "Weekly spore test · Autoclave: missed on 3 Nov 2026". */
    static Text missedText(String title, LocalDate day) {
        return Text.of("maintenance.finding.missed", title, day);
    }

    private static Finding finding(UUID practiceId, TaskView t, String kind, Severity severity, Text text) {
        FindingSubject subject = t.task().getDeviceId() != null
                ? FindingSubject.of("DEVICE", t.task().getDeviceId(), t.subject())
                : FindingSubject.of("PRACTICE", practiceId, t.subject());
        return new Finding(kind, severity, text, subject, "practices/" + practiceId + "/maintenance/tasks/" + t.id());
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

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
