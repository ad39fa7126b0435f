package io.deviceward.maintenance;

import io.deviceward.access.CurrentUser;
import io.deviceward.access.SignedInUser;
import io.deviceward.device.Answer;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceService;
import io.deviceward.device.PostureCheck;
import io.deviceward.practice.PracticeService;
import io.deviceward.shared.ConcurrentChangeException;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.security.CanRecordMaintenance;
import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.tenancy.PracticeScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording maintenance work with its evidence: the outcome, the values and checklist of each step, the files
 * kept with it, and what a failure sets off (a device out of service and a retest, or a follow-up). Clinic
 * staff record; everyone who sees the practice reads the evidence.
 */
@Service
@PracticeScoped
public class TaskCompletions {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final TemplateRepository templates;
    private final ScheduleRepository schedules;
    private final TaskRepository tasks;
    private final AttachmentRepository attachments;
    private final AttachmentContentRepository contents;
    private final AttachmentStore files;
    private final TaskViews views;
    private final TaskMaterializer materializer;
    private final DeviceService devices;
    private final PracticeService practices;
    private final CurrentUser currentUser;
    private final Clock clock;

    TaskCompletions(
            TemplateRepository templates,
            ScheduleRepository schedules,
            TaskRepository tasks,
            AttachmentRepository attachments,
            AttachmentContentRepository contents,
            AttachmentStore files,
            TaskViews views,
            TaskMaterializer materializer,
            DeviceService devices,
            PracticeService practices,
            CurrentUser currentUser,
            Clock clock) {
        this.templates = templates;
        this.schedules = schedules;
        this.tasks = tasks;
        this.attachments = attachments;
        this.contents = contents;
        this.files = files;
        this.views = views;
        this.materializer = materializer;
        this.devices = devices;
        this.practices = practices;
        this.currentUser = currentUser;
        this.clock = clock;
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
        MaintenanceTask task = views.find(practiceId, taskId);
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
        Map<String, String> values = CompletionEvidence.values(definition, completion.values(), step, lastStep, chosen);
        Map<String, Boolean> answers = CompletionEvidence.answers(definition, completion.checklist(), step, lastStep);
        List<String> failures = new ArrayList<>();
        values.forEach((key, value) ->
                definition.field(key).flatMap(f -> f.violation(value)).ifPresent(failures::add));
        Outcome outcome = chosen == Outcome.NOT_DONE ? Outcome.NOT_DONE : failures.isEmpty() ? chosen : Outcome.FAILED;
        String notes = blankToNull(completion.notes());
        if (notes != null && notes.length() > 2000) throw new InvalidInputException("notes", "At most 2000 characters");
        String byName = currentUser.find().map(SignedInUser::displayName).orElse("DeviceWard");
        UUID byUser = currentUser.find().map(SignedInUser::appUserId).orElse(null);
        files.keep(task, completion.attachments(), now);
        if (!lastStep && outcome == Outcome.PASSED) {
            task.firstStepDone(answers, values, now, byName);
            return views.of(tasks.saveAndFlush(task));
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
        return views.of(tasks.saveAndFlush(task));
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

    @CanViewPractice
    @Transactional(readOnly = true)
    public List<MaintenanceAttachment> attachments(UUID practiceId, UUID taskId) {
        views.find(practiceId, taskId);
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

    private LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
