package io.deviceward.shared.security;

import java.util.UUID;

/**
 * Whether the signed-in user may do something in a practice now: for views that show or hide a control. It is a
 * courtesy, not the guard (the service method checks again). An interface here so that a feature's views can ask
 * without depending on the access feature, which itself builds on practices.
 */
public interface PermissionCheck {

    boolean can(UUID practiceId, Permission permission);
}
