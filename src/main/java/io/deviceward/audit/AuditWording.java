package io.deviceward.audit;

import io.deviceward.shared.text.DateTimes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an audit entry's stored changes ({@code {"posture.firewall.state":["NO","YES"]}}) into what a person reads:
 * field labels, value labels, old → new, internal fields left out. The stored entry never changes (the hash chain
 * covers it); only its wording does. Features name their fields through {@link AuditVocabulary} beans. See
 * docs/decisions/2026-12-02-history-in-words.md.
 */
@Component
public class AuditWording {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENUM_NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z]{2,}");
    private static final Pattern CAMEL_BOUNDARY = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
    private static final Map<AuditAction, String> ACTIONS = Map.of(
            AuditAction.CREATE, "Added",
            AuditAction.UPDATE, "Changed",
            AuditAction.DELETE, "Deleted",
            AuditAction.ACCESS_DENIED, "Refused",
            AuditAction.EVENT, "Event");

    private final List<AuditVocabulary> vocabularies;

    AuditWording(List<AuditVocabulary> vocabularies) {
        this.vocabularies = List.copyOf(vocabularies);
    }

    public String action(@Nullable AuditAction action) {
        return action == null ? "" : ACTIONS.get(action);
    }

    /** The entry's fields in words, in the order they were stored; internal fields and no-op changes left out. */
    public List<FieldChange> changes(AuditEntry entry, DateTimes times) {
        return changes(entry.getObjectType(), entry.getChanges(), times);
    }

    /** The same for changes as stored: {@code {"field":["old","new"]}}. */
    public List<FieldChange> changes(String objectType, @Nullable String stored, DateTimes times) {
        if (stored == null || stored.isBlank()) return List.of();
        JsonNode root;
        try {
            root = JSON.readTree(stored);
        } catch (JacksonException e) {
            return List.of(new FieldChange("Changes", "", stored));
        }
        List<AuditVocabulary> speaking =
                vocabularies.stream().filter(v -> v.speaksFor(objectType)).toList();
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String label = label(speaking, field.getKey());
            if (label.isEmpty()) continue;
            JsonNode pair = field.getValue();
            String before = value(speaking, field.getKey(), text(pair, 0), times);
            String after = value(speaking, field.getKey(), text(pair, 1), times);
            if (before.equals(after)) continue;
            changes.add(new FieldChange(label, before, after));
        }
        return changes;
    }

    /** One line for a list: "Firewall enabled: No → Yes; Notes: added" (the first few fields, then "and 3 more"). */
    public String summary(AuditEntry entry, DateTimes times) {
        if (entry.getAction() == AuditAction.ACCESS_DENIED || entry.getAction() == AuditAction.EVENT) {
            return entry.getSummary() == null ? "" : entry.getSummary();
        }
        List<FieldChange> changes = changes(entry, times);
        if (entry.getAction() == AuditAction.CREATE || entry.getAction() == AuditAction.DELETE) {
            return changes.isEmpty() ? "" : changes.size() + (changes.size() == 1 ? " field" : " fields");
        }
        List<String> parts = changes.stream().limit(3).map(AuditWording::line).toList();
        String text = String.join("; ", parts);
        return changes.size() > 3 ? text + " and " + (changes.size() - 3) + " more" : text;
    }

    static String line(FieldChange change) {
        if (change.before().isEmpty()) return change.field() + ": set to " + change.after();
        if (change.after().isEmpty()) return change.field() + ": cleared (was " + change.before() + ")";
        return change.field() + ": " + change.before() + " → " + change.after();
    }

    private static String label(List<AuditVocabulary> speaking, String field) {
        for (AuditVocabulary vocabulary : speaking) {
            String label = vocabulary.fieldLabel(field);
            if (label != null) return label;
        }
        return genericLabel(field);
    }

    /** "posture.firewall.checkedOn" → "Firewall checked on"; ids and the tenant column are internal. */
    static String genericLabel(String field) {
        String[] path = field.split("\\.");
        String last = path[path.length - 1];
        if (last.equals("id") || last.endsWith("Id") || last.endsWith("Ids")) return AuditVocabulary.HIDDEN;
        List<String> words = new ArrayList<>();
        for (int i = path.length > 1 ? 1 : 0; i < path.length; i++) {
            for (String word : CAMEL_BOUNDARY.split(path[i])) words.add(word.toLowerCase(Locale.ROOT));
        }
        String text = String.join(" ", words);
        return text.isEmpty() ? field : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String value(List<AuditVocabulary> speaking, String field, @Nullable String raw, DateTimes times) {
        if (raw == null || raw.isBlank()) return "";
        for (AuditVocabulary vocabulary : speaking) {
            String label = vocabulary.valueLabel(field, raw);
            if (label != null) return label;
        }
        return genericValue(raw, times);
    }

    static String genericValue(String raw, DateTimes times) {
        if (raw.equals("true")) return "Yes";
        if (raw.equals("false")) return "No";
        if (UUID_TEXT.matcher(raw).matches()) return "ref. " + raw.substring(0, 8);
        if (ENUM_NAME.matcher(raw).matches()) {
            String words = raw.replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
        if (raw.length() == 10 && raw.charAt(4) == '-') {
            try {
                return times.date(LocalDate.parse(raw));
            } catch (DateTimeParseException notADate) {
                return raw;
            }
        }
        if (raw.length() > 19 && raw.charAt(4) == '-' && raw.charAt(10) == 'T') {
            try {
                return times.dateTime(Instant.parse(raw));
            } catch (DateTimeParseException notAnInstant) {
                return raw;
            }
        }
        return raw;
    }

    private static @Nullable String text(JsonNode pair, int index) {
        JsonNode node = pair.isArray() && pair.size() > index ? pair.get(index) : null;
        return node == null || node.isNull() ? null : node.asString();
    }
}
