package io.deviceward.access;

import io.deviceward.shared.security.Permission;
import java.util.EnumSet;
import java.util.Set;

/** The four roles of a membership, each a fixed set of permissions. */
public enum Role {
    PROVIDER_ADMIN("Provider admin", EnumSet.allOf(Permission.class)),
    PRACTICE_MANAGER("Practice manager", EnumSet.allOf(Permission.class)),
    CLINIC_STAFF("Clinic staff", EnumSet.of(Permission.VIEW, Permission.RECORD_MAINTENANCE)),
    AUDITOR("Auditor", EnumSet.of(Permission.VIEW));

    private final String label;
    private final Set<Permission> permissions;

    Role(String label, Set<Permission> permissions) {
        this.label = label;
        this.permissions = permissions;
    }

    public String label() {
        return label;
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }
}
