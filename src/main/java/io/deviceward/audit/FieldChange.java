package io.deviceward.audit;

/** One field of an audit entry, in words: its label, what it was, what it became ("" for empty). */
public record FieldChange(String field, String before, String after) {}
