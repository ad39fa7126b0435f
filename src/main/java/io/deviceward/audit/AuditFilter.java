package io.deviceward.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the audit page and its export filter by: an action, text found in actor, object type, label or id, and a time
 * range (from inclusive, until exclusive; the page turns the practice's local days into these instants).
 */
public record AuditFilter(
        @Nullable AuditAction action,
        @Nullable String text,
        @Nullable Instant from,
        @Nullable Instant until) {
    public static final AuditFilter NONE = new AuditFilter(null, null, null, null);

    public AuditFilter(@Nullable AuditAction action, @Nullable String text) {
        this(action, text, null, null);
    }

    @Nullable
    String likePattern() {
        return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    }

    /** Entries store UTC wall-clock times. */
    @Nullable
    LocalDateTime fromUtc() {
        return from == null ? null : LocalDateTime.ofInstant(from, ZoneOffset.UTC);
    }

    @Nullable
    LocalDateTime untilUtc() {
        return until == null ? null : LocalDateTime.ofInstant(until, ZoneOffset.UTC);
    }
}
