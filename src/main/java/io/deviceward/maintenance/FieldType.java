package io.deviceward.maintenance;

/** The kind of value an evidence field takes. */
public enum FieldType {
    /** A measured number, with optional limits. */
    NUMBER,
    /** Free text (a cycle or lot number). */
    TEXT,
    /** PASS or FAIL; FAIL fails the task. */
    PASS_FAIL
}
