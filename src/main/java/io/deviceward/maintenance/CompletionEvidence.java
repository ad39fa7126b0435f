package io.deviceward.maintenance;

import io.deviceward.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one step of a completion records, checked against its template: the values of that step's evidence
 * fields (at the last step, of every field not yet given) normalised, required ones present unless the work
 * was not done; and the answers to that step's checklist items. A key the template does not know is refused.
 */
final class CompletionEvidence {
    private CompletionEvidence() {}

    static Map<String, String> values(
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

    static Map<String, Boolean> answers(
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
}
