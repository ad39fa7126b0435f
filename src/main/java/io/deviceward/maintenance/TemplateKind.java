package io.deviceward.maintenance;

import io.deviceward.shared.finding.Severity;

/** What a template checks; it decides how urgent an overdue or failed task of it is. */
public enum TemplateKind {
    AUTOCLAVE("Steriliser", Severity.HIGH, Severity.CRITICAL),
    IT("IT", Severity.MEDIUM, Severity.HIGH),
    GENERAL("General", Severity.LOW, Severity.MEDIUM);

    private final String label;
    private final Severity overdue;
    private final Severity failed;

    TemplateKind(String label, Severity overdue, Severity failed) {
        this.label = label;
        this.overdue = overdue;
        this.failed = failed;
    }

    public String label() {
        return label;
    }

    public Severity overdueSeverity() {
        return overdue;
    }

    public Severity failedSeverity() {
        return failed;
    }
}
