package io.deviceward.mfa;

import io.deviceward.access.KeycloakUnavailableException;
import io.deviceward.access.KeycloakUsers;
import io.deviceward.access.Membership;
import io.deviceward.access.MfaEnrolmentPolicy;
import io.deviceward.access.Role;
import io.deviceward.access.SecondFactor;
import io.deviceward.access.SecondFactorRule;
import io.deviceward.access.SecondFactorVerdict;
import io.deviceward.access.SignedInUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies a practice's MFA policy to a sign-in. Required of one of the person's roles there and
 * proven by the token's {@code acr}: in. Required, not proven: step up, unless they have no allowed
 * second factor yet and are inside the grace period, which runs from when the policy (or their
 * membership, if later) started. See docs/decisions/2026-11-23-mfa-step-up.md.
 */
@Component
class MfaEnforcement implements SecondFactorRule, MfaEnrolmentPolicy {
    private static final Logger log = LoggerFactory.getLogger(MfaEnforcement.class);
    /** How long Keycloak's answer "which second factors has this user" is reused. */
    private static final Duration ENROLMENT_CACHE = Duration.ofMinutes(2);

    private final MfaPolicies policies;
    private final KeycloakUsers keycloak;
    private final Clock clock;
    private final Map<String, Enrolment> enrolments = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Enrolment> eldest) {
            return size() > 10_000;
        }
    });

    private record Enrolment(Set<SecondFactor> factors, Instant readAt) {}

    MfaEnforcement(MfaPolicies policies, KeycloakUsers keycloak, Clock clock) {
        this.policies = policies;
        this.keycloak = keycloak;
        this.clock = clock;
    }

    @Override
    public SecondFactorVerdict verdict(UUID practiceId, List<Membership> activeMemberships, SignedInUser user) {
        EffectiveMfaPolicy policy = policies.effective(practiceId);
        List<Membership> requiring = activeMemberships.stream()
                .filter(m -> policy.settings().requires(m.getRole()))
                .toList();
        if (requiring.isEmpty()) {
            return SecondFactorVerdict.NOT_REQUIRED;
        }
        if (user.secondFactorVerified()) {
            return SecondFactorVerdict.SATISFIED;
        }
        boolean enrolled = hasAllowedFactor(user.subject(), policy.allowedFactors());
        if (!enrolled) {
            Instant joined = requiring.stream()
                    .map(Membership::getGrantedAt)
                    .filter(Objects::nonNull)
                    .min(Instant::compareTo)
                    .orElse(Instant.EPOCH);
            Instant start = joined.isAfter(policy.requiredSince()) ? joined : policy.requiredSince();
            Instant graceEnds = start.plus(Duration.ofDays(policy.settings().getGraceDays()));
            if (clock.instant().isBefore(graceEnds)) {
                return SecondFactorVerdict.inGrace(graceEnds);
            }
        }
        return SecondFactorVerdict.stepUp(!enrolled);
    }

    @Override
    public boolean requires(UUID practiceId, Role role) {
        return policies.effective(practiceId).settings().requires(role);
    }

    /** Invitations into a practice whose policy requires the role ask Keycloak for CONFIGURE_TOTP. */
    @Override
    public boolean requiresSecondFactor(UUID practiceId, Role role) {
        EffectiveMfaPolicy policy = policies.effective(practiceId);
        return policy.settings().requires(role) && policy.settings().isAllowOtp();
    }

    /**
     * Whether Keycloak holds an allowed second factor for the user. If Keycloak cannot say, assume
     * yes: then no grace period applies and the step-up, which Keycloak runs itself, decides.
     */
    private boolean hasAllowedFactor(String subject, Set<SecondFactor> allowed) {
        Enrolment known = enrolments.get(subject);
        Instant now = clock.instant();
        if (known == null || known.readAt().plus(ENROLMENT_CACHE).isBefore(now)) {
            try {
                known = new Enrolment(
                        keycloak.secondFactorsOfSubject(subject).orElse(EnumSet.noneOf(SecondFactor.class)), now);
                enrolments.put(subject, known);
            } catch (KeycloakUnavailableException e) {
                log.warn("Could not read the second factors of {}; no grace period for now", subject, e);
                return true;
            }
        }
        return known.factors().stream().anyMatch(allowed::contains);
    }

    /** After a step-up or enrolment, Keycloak's answer has changed. */
    void forgetEnrolment(String subject) {
        enrolments.remove(subject);
    }
}
