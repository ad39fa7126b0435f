package io.deviceward.audit;

import java.util.UUID;

/** Who did it: the DeviceWard user (when known), the Keycloak subject and a readable name. */
public record AuditActor(UUID userId, String subject, String name) {
    public static final AuditActor SYSTEM = new AuditActor(null, null, "system");
}
