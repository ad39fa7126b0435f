package io.deviceward.maintenance;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/** A template's checklist and evidence fields, stored as one JSON column. */
public record TemplateDefinition(List<ChecklistItem> checklist, List<EvidenceField> fields) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public TemplateDefinition {
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    static TemplateDefinition fromJson(String json) {
        return JSON.readValue(json, TemplateDefinition.class);
    }

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    public List<ChecklistItem> checklistOfStep(int step) {
        return checklist.stream().filter(c -> c.step() == step).toList();
    }

    public List<EvidenceField> fieldsOfStep(int step) {
        return fields.stream().filter(f -> f.step() == step).toList();
    }

    public Optional<EvidenceField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
