package io.deviceward.access;

import java.util.UUID;

/**
 * Whether someone joining a practice in a role must set up a second factor (OTP) before they get in.
 * Implemented by the practice MFA policy (package mfa): invitations then add Keycloak's CONFIGURE_TOTP
 * action. Every bean of this type is asked; one saying yes is enough. Without any, nobody is required to.
 */
@FunctionalInterface
public interface MfaEnrolmentPolicy {
    boolean requiresSecondFactor(UUID practiceId, Role role);
}
