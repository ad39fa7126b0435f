package io.deviceward.audit;

import java.util.Locale;

/** What the audit page filters by: an action, and text found in actor, object type, label or id. */
public record AuditFilter(AuditAction action, String text) {
    public static final AuditFilter NONE = new AuditFilter(null, null);

    String likePattern() {
        return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    }
}
