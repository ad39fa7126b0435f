package io.deviceward.access;

import java.util.List;
import java.util.UUID;

/**
 * Whether someone may act in a practice with the sign-in they have, given the practice's MFA
 * policy. Asked by {@link PracticeAccess} on every call into a practice, after the memberships said
 * yes; implemented by the MFA policy (package {@code mfa}). Without a bean, no one needs a second factor.
 */
public interface SecondFactorRule {
    SecondFactorVerdict verdict(UUID practiceId, List<Membership> activeMemberships, SignedInUser user);

    /** Whether the practice's policy asks a second factor of someone in this role (for the members page). */
    boolean requires(UUID practiceId, Role role);
}
