package io.deviceward.audit;

import java.util.Map;

/**
 * An embedded value whose parts are recorded as separate fields in the audit trail
 * ("posture.firewall.state": NO → YES) rather than as one opaque text.
 */
public interface AuditFields {
    /** Part name to its value as text (null if empty), in a stable order. */
    Map<String, String> auditFields();
}
