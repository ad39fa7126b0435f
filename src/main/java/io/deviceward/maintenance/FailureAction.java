package io.deviceward.maintenance;

/** What a failed task of a template sets off. */
public enum FailureAction {
    /** The device goes out of service with a notice to quarantine the loads since its last passed test; a retest is due today. */
    OUT_OF_SERVICE_AND_RETEST,
    /** A follow-up task, due after the template's follow-up days. */
    FOLLOW_UP,
    NONE
}
