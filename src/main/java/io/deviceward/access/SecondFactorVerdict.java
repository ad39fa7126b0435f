package io.deviceward.access;

import java.time.Instant;

/**
 * What the practice's MFA policy says of the current sign-in.
 *
 * @param outcome       the decision
 * @param graceEndsAt   for {@link Outcome#IN_GRACE}: until when they may still enter without one
 * @param mustEnrol     for {@link Outcome#STEP_UP}: they have no second factor yet, so the step-up enrols one
 */
public record SecondFactorVerdict(Outcome outcome, Instant graceEndsAt, boolean mustEnrol) {
    public enum Outcome {
        /** The policy asks no second factor of this person here. */
        NOT_REQUIRED,
        /** Required, and this sign-in proved one. */
        SATISFIED,
        /** Required, but they have not set one up and their grace period is still running. */
        IN_GRACE,
        /** Required and missing: they get in only after Keycloak's step-up. */
        STEP_UP
    }

    public static final SecondFactorVerdict NOT_REQUIRED = new SecondFactorVerdict(Outcome.NOT_REQUIRED, null, false);
    public static final SecondFactorVerdict SATISFIED = new SecondFactorVerdict(Outcome.SATISFIED, null, false);

    public static SecondFactorVerdict inGrace(Instant graceEndsAt) {
        return new SecondFactorVerdict(Outcome.IN_GRACE, graceEndsAt, false);
    }

    public static SecondFactorVerdict stepUp(boolean mustEnrol) {
        return new SecondFactorVerdict(Outcome.STEP_UP, null, mustEnrol);
    }

    public boolean letsIn() {
        return outcome != Outcome.STEP_UP;
    }
}
