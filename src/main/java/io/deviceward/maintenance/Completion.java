package io.deviceward.maintenance;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What someone recorded for a task: the outcome they chose, ticked checklist items, measured values
 * by field key, notes, the reason when not done, and files. A value outside its limit fails the task
 * whatever outcome was chosen.
 */
public record Completion(
        @Nullable Outcome outcome,
        Map<String, Boolean> checklist,
        Map<String, String> values,
        @Nullable String notes,
        @Nullable String reason,
        List<NewAttachment> attachments) {

    public Completion {
        checklist = checklist == null ? Map.of() : Map.copyOf(checklist);
        values = values == null ? Map.of() : Map.copyOf(values);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A file to keep with the task. */
    public record NewAttachment(String fileName, String contentType, byte[] content) {}
}
