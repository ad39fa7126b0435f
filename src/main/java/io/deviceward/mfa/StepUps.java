package io.deviceward.mfa;

import io.deviceward.access.KeycloakUnavailableException;
import io.deviceward.access.KeycloakUsers;
import io.deviceward.access.SignedInUser;
import io.deviceward.audit.AuditActor;
import io.deviceward.audit.AuditLog;
import io.deviceward.shared.security.DenyUnlessGuarded;
import io.deviceward.shared.security.OpenAccess;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps track of the step-ups DeviceWard asks for, so the audit trail of the practice shows who
 * proved a second factor to enter it and who failed to: a wrong code stays at Keycloak and never
 * reaches DeviceWard, so the failures are read from Keycloak's login events for the people with an
 * open step-up (service account role view-events).
 */
@Service
@DenyUnlessGuarded
public class StepUps {
    private static final Logger log = LoggerFactory.getLogger(StepUps.class);
    /** A step-up nobody finished within this is left; later Keycloak errors are not tied to it. */
    static final Duration OPEN_FOR = Duration.ofHours(1);

    private final StepUpAttemptRepository attempts;
    private final KeycloakUsers keycloak;
    private final AuditLog auditLog;
    private final MfaEnforcement enforcement;
    private final Clock clock;
    private final String browserClientId;

    StepUps(
            StepUpAttemptRepository attempts,
            KeycloakUsers keycloak,
            AuditLog auditLog,
            MfaEnforcement enforcement,
            Clock clock,
            @Value("${spring.security.oauth2.client.registration.keycloak.client-id}") String browserClientId) {
        this.attempts = attempts;
        this.keycloak = keycloak;
        this.auditLog = auditLog;
        this.enforcement = enforcement;
        this.clock = clock;
        this.browserClientId = browserClientId;
    }

    /** The browser is about to be sent to Keycloak for a second factor, to enter this practice. */
    @OpenAccess("bookkeeping of the caller's own step-up, before the practice lets them in")
    @Transactional
    public void requested(UUID practiceId, SignedInUser user) {
        if (attempts.findByUserIdAndPracticeIdAndCompletedAtIsNull(user.appUserId(), practiceId)
                .isEmpty()) {
            attempts.save(new StepUpAttempt(
                    practiceId, user.appUserId(), user.subject(), user.displayName(), clock.instant()));
        }
        enforcement.forgetEnrolment(user.subject()); // they may set one up on the way
    }

    /** They came back with a second factor: close their open step-ups into the practice and say so in its trail. */
    @OpenAccess("bookkeeping of the caller's own step-up; the new ID token proved the second factor")
    @Transactional
    public void succeeded(UUID practiceId, SignedInUser user) {
        List<StepUpAttempt> open = attempts.findByUserIdAndPracticeIdAndCompletedAtIsNull(user.appUserId(), practiceId);
        if (open.isEmpty()) return;
        recordFailures(open);
        open.forEach(a -> a.complete(clock.instant()));
        auditLog.recordEvent(
                practiceId,
                "Step-up",
                open.getFirst().getId().toString(),
                "Signed in with a second factor to enter the practice");
    }

    /**
     * Writes Keycloak's login errors of people with an open step-up to the practice's trail, then
     * closes step-ups older than {@link #OPEN_FOR}. Runs every minute; tests call it directly.
     */
    @Scheduled(
            fixedDelayString = "${deviceward.mfa.step-up-poll:PT1M}",
            initialDelayString = "${deviceward.mfa.step-up-poll:PT1M}")
    @OpenAccess("the scheduled poll of Keycloak's login errors; no request reaches it")
    @SchedulerLock(name = "mfa-step-up-failures", lockAtMostFor = "PT5M")
    @Transactional
    public synchronized void recordFailures() {
        Instant now = clock.instant();
        recordFailures(attempts.findByCompletedAtIsNullAndRequestedAtAfter(now.minus(OPEN_FOR)));
        attempts.findByCompletedAtIsNullAndRequestedAtBefore(now.minus(OPEN_FOR))
                .forEach(a -> a.complete(now));
    }

    private void recordFailures(List<StepUpAttempt> open) {
        Map<String, List<StepUpAttempt>> bySubject =
                open.stream().collect(Collectors.groupingBy(StepUpAttempt::getSubject));
        bySubject.forEach((subject, theirs) -> {
            long since = theirs.stream()
                    .mapToLong(StepUpAttempt::getFailuresSeenTo)
                    .min()
                    .orElseThrow();
            List<KeycloakUsers.LoginError> errors;
            try {
                errors = keycloak.loginErrorsSince(subject, browserClientId, since);
            } catch (KeycloakUnavailableException e) {
                log.warn("Could not read Keycloak's login errors of {}; will try again", subject, e);
                return;
            }
            for (StepUpAttempt attempt : theirs) {
                for (KeycloakUsers.LoginError error : errors) {
                    if (error.time() <= attempt.getFailuresSeenTo()) continue;
                    auditLog.recordDenied(
                            new AuditActor(attempt.getUserId(), subject, attempt.getUserName()),
                            attempt.getPracticeId(),
                            "Step-up",
                            attempt.getId().toString(),
                            "Failed step-up: Keycloak refused the second factor (" + error.error() + ")");
                    attempt.failuresSeenTo(error.time());
                }
            }
        });
    }
}
