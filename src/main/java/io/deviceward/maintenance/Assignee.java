package io.deviceward.maintenance;

import io.deviceward.access.Role;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person (their DeviceWard user id), a role of the practice, or anyone who records maintenance. */
public record Assignee(
        AssigneeKind kind, @Nullable UUID userId, @Nullable Role role) {
    public static final Assignee ANYONE = new Assignee(AssigneeKind.ANYONE, null, null);

    public static Assignee person(UUID userId) {
        return new Assignee(AssigneeKind.PERSON, userId, null);
    }

    public static Assignee role(Role role) {
        return new Assignee(AssigneeKind.ROLE, null, role);
    }
}
