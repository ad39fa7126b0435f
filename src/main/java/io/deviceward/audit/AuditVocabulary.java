package io.deviceward.audit;

import org.jspecify.annotations.Nullable;

/**
 * How one feature's audited objects read to a person: the field names and values a change shows. A feature that owns
 * an {@link Audited} entity contributes one bean; fields and values it does not name read by the generic rules of
 * {@link AuditWording}.
 */
public interface AuditVocabulary {
    /** Whether this vocabulary speaks for changes to objects of that type ("Device"). */
    boolean speaksFor(String objectType);

    /** A person's name for the field, {@link #HIDDEN} for an internal field, or null when this vocabulary has none. */
    @Nullable
    String fieldLabel(String field);

    /** A person's word for the stored value (an enum's label), or null when the value reads as it is. */
    @Nullable
    default String valueLabel(String field, String value) {
        return null;
    }

    /** What {@link #fieldLabel} answers for a field people never read (ids, search columns). */
    String HIDDEN = "";
}
