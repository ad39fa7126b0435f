package io.deviceward.maintenance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import io.deviceward.access.PracticeAccess;
import io.deviceward.maintenance.ChecklistItem;
import io.deviceward.maintenance.Completion;
import io.deviceward.maintenance.EvidenceField;
import io.deviceward.maintenance.FieldType;
import io.deviceward.maintenance.MaintenanceAttachment;
import io.deviceward.maintenance.MaintenanceService;
import io.deviceward.maintenance.MaintenanceTask;
import io.deviceward.maintenance.MaintenanceTemplate;
import io.deviceward.maintenance.Outcome;
import io.deviceward.maintenance.TaskCompletions;
import io.deviceward.maintenance.TaskStatus;
import io.deviceward.maintenance.TaskView;
import io.deviceward.shared.ConcurrentChangeException;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.ui.Notifications;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One task: what is to be done, with the checklist, the values to measure (with their limits shown)
 * and large outcome buttons for a phone; or, once recorded, what was recorded.
 */
@Route("practices/:practiceId/maintenance/tasks/:taskId")
@PermitAll
public class TaskCompletionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final MaintenanceService maintenance;
    private final TaskCompletions completions;
    private final PracticeAccess access;
    private final Map<String, Checkbox> checks = new LinkedHashMap<>();
    private final Map<String, HasValue<?, String>> fields = new LinkedHashMap<>();
    private final List<Completion.NewAttachment> files = new ArrayList<>();
    private UUID practiceId;
    private UUID taskId;
    private long version;

    TaskCompletionView(MaintenanceService maintenance, TaskCompletions completions, PracticeAccess access) {
        this.maintenance = maintenance;
        this.completions = completions;
        this.access = access;
        setId("task-completion");
        addClassName("task-completion");
    }

    /** The route parameters of one task's page. */
    static RouteParameters of(UUID practiceId, UUID taskId) {
        return new RouteParameters(Map.of("practiceId", practiceId.toString(), "taskId", taskId.toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        taskId = RouteIds.required(event, "taskId");
        show();
    }

    private void show() {
        removeAll();
        checks.clear();
        fields.clear();
        files.clear();
        TaskView view = maintenance.task(practiceId, taskId);
        MaintenanceTask task = view.task();
        version = task.getVersion();
        MaintenanceTemplate template = maintenance.template(practiceId, task.getTemplateId());
        ZoneId zone = maintenance.practice(practiceId).zone();
        add(new RouterLink(
                t("maintenance.task.back"),
                MaintenanceView.class,
                new RouteParameters("practiceId", practiceId.toString())));
        add(new H1(view.title()));
        Paragraph status = new Paragraph(t(
                "maintenance.task.status",
                label(view.status()),
                label(task.getKind()),
                Formats.day(task.getOccurrenceOn()),
                Formats.time(task.getDueAt(), zone)));
        status.setId("task-status");
        add(status);
        if (template.getDescription() != null) add(new Paragraph(template.getDescription()));
        if (task.getNotice() != null) {
            Paragraph notice = new Paragraph(task.getNotice());
            notice.setId("task-notice");
            notice.addClassName("notice-critical");
            add(notice);
        }
        if (view.status() == TaskStatus.DONE || view.status() == TaskStatus.MISSED) {
            recorded(view, template, zone);
            return;
        }
        if (!access.can(practiceId, Permission.RECORD_MAINTENANCE)) {
            add(new Paragraph(t("maintenance.task.read-only")));
            return;
        }
        form(view, template);
    }

    private void recorded(TaskView view, MaintenanceTemplate template, ZoneId zone) {
        MaintenanceTask task = view.task();
        if (task.getOutcome() == null) {
            Paragraph missed = new Paragraph(t("maintenance.task.missed"));
            missed.setId("task-outcome");
            add(missed);
            return;
        }
        Paragraph outcome = new Paragraph(label(task.getOutcome()));
        outcome.setId("task-outcome");
        outcome.addClassName("outcome-" + task.getOutcome().name().toLowerCase(Locale.ROOT));
        add(outcome);
        if (task.getFailedChecks() != null) {
            Paragraph failed = new Paragraph(task.getFailedChecks());
            failed.setId("task-failed-checks");
            add(failed);
        }
        UnorderedList values = new UnorderedList();
        values.setId("task-values");
        task.values().forEach((key, value) -> {
            String label = template.definition()
                    .field(key)
                    .map(f -> f.label() + (f.unit() == null ? "" : " (" + f.unit() + ")"))
                    .orElse(key);
            // A pass/fail answer is stored as PASS or FAIL: shown in the reader's language, like the choice was.
            boolean passFail = template.definition()
                    .field(key)
                    .filter(f -> f.type() == FieldType.PASS_FAIL)
                    .isPresent();
            String shown = passFail && (value.equals("PASS") || value.equals("FAIL"))
                    ? t("maintenance.task.pass-fail." + value)
                    : value;
            values.add(new ListItem(t("maintenance.task.recorded-value", label, shown)));
        });
        task.checklistAnswers()
                .forEach((key, ticked) -> template.definition().checklist().stream()
                        .filter(c -> c.key().equals(key))
                        .findFirst()
                        .ifPresent(c -> values.add(new ListItem((ticked ? "✔ " : "✘ ") + c.text()))));
        add(values);
        if (task.getReason() != null) add(new Paragraph(t("maintenance.task.reason.recorded", task.getReason())));
        if (task.getNotes() != null) add(new Paragraph(t("maintenance.task.notes.recorded", task.getNotes())));
        add(new Paragraph(t(
                "maintenance.task.recorded-by", task.getCompletedByName(), Formats.when(task.getCompletedAt(), zone))));
        List<MaintenanceAttachment> kept = completions.attachments(practiceId, taskId);
        if (!kept.isEmpty()) {
            UnorderedList list = new UnorderedList();
            kept.forEach(a -> list.add(new ListItem(
                    t("maintenance.task.attachment", a.getFileName(), String.valueOf(a.getSizeBytes() / 1024)))));
            add(new H2(t("maintenance.task.attachments")), list);
        }
    }

    private void form(TaskView view, MaintenanceTemplate template) {
        int step = view.task().getStepDone() + 1;
        boolean twoStep = template.getSteps() == 2;
        if (twoStep) {
            add(new Paragraph(step == 1 ? t("maintenance.task.step1") : t("maintenance.task.step2")));
        }
        Div form = new Div();
        form.addClassName("completion-form");
        for (ChecklistItem item : template.definition().checklistOfStep(step)) {
            Checkbox box = new Checkbox(item.text());
            box.setId("check-" + item.key());
            box.addClassName("big-check");
            checks.put(item.key(), box);
            form.add(box);
        }
        List<EvidenceField> toRecord = twoStep
                ? template.definition().fieldsOfStep(step)
                : template.definition().fields();
        for (EvidenceField field : toRecord) {
            form.add(field(field));
        }
        TextArea notes = new TextArea(t("maintenance.task.notes"));
        notes.setId("task-notes");
        notes.setMaxLength(2000);
        TextField reason = new TextField(t("maintenance.task.reason"));
        reason.setId("task-reason");
        reason.setHelperText(t("maintenance.task.reason.helper"));
        Upload upload = new Upload(UploadHandler.inMemory(
                (meta, bytes) -> files.add(new Completion.NewAttachment(meta.fileName(), meta.contentType(), bytes))));
        upload.setId("task-upload");
        upload.setMaxFileSize(MaintenanceAttachment.MAX_BYTES);
        upload.setAcceptedFileTypes(MaintenanceAttachment.TYPES.toArray(String[]::new));
        form.add(notes, reason, upload);
        add(form);

        Button passed = outcomeButton("outcome-passed", Outcome.PASSED, notes, reason);
        passed.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        Button failed = outcomeButton("outcome-failed", Outcome.FAILED, notes, reason);
        failed.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button notDone = outcomeButton("outcome-not-done", Outcome.NOT_DONE, notes, reason);
        Div buttons = new Div(passed, failed, notDone);
        buttons.addClassName("outcome-buttons");
        add(buttons);
    }

    private Component field(EvidenceField field) {
        String label = field.label() + (field.unit() == null ? "" : " (" + field.unit() + ")");
        String limit = field.limitText().isEmpty() ? "" : t("maintenance.task.limit", field.limitText());
        if (field.type() == FieldType.PASS_FAIL) {
            RadioButtonGroup<String> choice = new RadioButtonGroup<>(label);
            choice.setItems("PASS", "FAIL");
            choice.setItemLabelGenerator(value -> t("maintenance.task.pass-fail." + value));
            choice.setId("value-" + field.key());
            choice.addClassName("big-choice");
            choice.setHelperText(field.required() ? t("maintenance.task.required") : "");
            fields.put(field.key(), choice);
            return choice;
        }
        TextField input = new TextField(label);
        input.setId("value-" + field.key());
        input.addClassName("big-field");
        input.setHelperText(limit);
        input.setRequiredIndicatorVisible(field.required());
        if (field.type() == FieldType.NUMBER) {
            input.getElement().setAttribute("inputmode", "decimal");
        }
        fields.put(field.key(), input);
        return input;
    }

    private Button outcomeButton(String id, Outcome outcome, TextArea notes, TextField reason) {
        Button button = new Button(label(outcome), click -> record(outcome, notes.getValue(), reason.getValue()));
        button.setId(id);
        button.addClassName("big-button");
        return button;
    }

    private void record(Outcome outcome, String notes, String reason) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        checks.forEach((key, box) -> answers.put(key, box.getValue()));
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((key, field) -> {
            String value = field.getValue();
            if (value != null && !value.isBlank()) values.put(key, value);
        });
        fields.values().forEach(f -> {
            if (f instanceof TextField text) text.setInvalid(false);
        });
        try {
            TaskView done = completions.complete(
                    practiceId, taskId, new Completion(outcome, answers, values, notes, reason, files), version);
            if (done.task().getOutcome() == Outcome.FAILED) {
                Notifications.error(
                        t("maintenance.task.recorded.failed", done.task().getFailedChecks()));
            } else if (done.task().getOutcome() == null) {
                Notifications.success(t("maintenance.task.recorded.first-step"));
            } else {
                Notifications.success(
                        t("maintenance.task.recorded", label(done.task().getOutcome())));
            }
            show();
        } catch (InvalidInputException e) {
            String key = e.field().startsWith("values.") ? e.field().substring(7) : null;
            if (key != null && fields.get(key) instanceof TextField text) {
                text.setErrorMessage(e.getMessage());
                text.setInvalid(true);
            }
            Notifications.error(e.getMessage());
        } catch (ConcurrentChangeException e) {
            Notifications.error(e.getMessage());
            show();
        }
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
        return t("maintenance.task.page-title");
    }
}
