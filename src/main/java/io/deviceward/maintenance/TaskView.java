package io.deviceward.maintenance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A task as lists show it: with its template's name and kind and its status now. */
public record TaskView(
        MaintenanceTask task,
        String templateName,
        TemplateKind templateKind,
        int steps,
        TaskStatus status,
        @Nullable String practiceName) {

    public UUID id() {
        return task.getId();
    }

    public LocalDate day() {
        return task.getOccurrenceOn();
    }

    public Instant dueAt() {
        return task.getDueAt();
    }

    public String subject() {
        return task.getSubjectName();
    }

    /** "Weekly biological (spore) test · Autoclave Room 2" */
    public String title() {
        return templateName + " · " + task.getSubjectName();
    }

    /** Awaiting the second step (a spore test placed, to be read after incubation). */
    public boolean awaitingSecondStep() {
        return steps == 2 && task.getStepDone() == 1 && status != TaskStatus.DONE;
    }
}
