package io.deviceward.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    /** A request for something the caller may not see or do; the object is named, never shown. */
    ACCESS_DENIED,
    /** Something done outside DeviceWard's own tables: an invitation email sent, a Keycloak account disabled. */
    EVENT
}
