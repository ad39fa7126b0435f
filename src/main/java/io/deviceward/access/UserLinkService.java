package io.deviceward.access;

import io.deviceward.shared.security.DenyUnlessGuarded;
import io.deviceward.shared.security.OpenAccess;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links a Keycloak identity to its DeviceWard user at login. A user prepared by an invitation or the
 * demo data is matched by verified email; anyone else gets a fresh user record with no membership.
 *
 * <p>Two replicas can link the same person at the same moment (the first API calls of a new token
 * reach both; each replica's cache serialises only its own). The one that commits second fails on
 * the user's version, on a unique key (subject, email, username) or as a deadlock victim; it then
 * links again in a fresh transaction, which reads the row the other one wrote. So each attempt runs
 * in a transaction of its own, flushed inside it, instead of under {@code @Transactional}.
 */
@Service
@DenyUnlessGuarded
public class UserLinkService {
    private static final Logger log = LoggerFactory.getLogger(UserLinkService.class);
    /** One race needs at most two: a deadlock victim may next meet the winner's row still uncommitted. */
    private static final int ATTEMPTS = 3;

    private final AppUserRepository users;
    private final Clock clock;
    private final TransactionTemplate attempt;

    UserLinkService(AppUserRepository users, Clock clock, PlatformTransactionManager transactions) {
        this.users = users;
        this.clock = clock;
        this.attempt = new TransactionTemplate(transactions);
        this.attempt.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public record Identity(String subject, String username, String email, boolean emailVerified, String name) {}

    @OpenAccess("links the person who just signed in to their DeviceWard record; grants nothing")
    public AppUser onLogin(Identity identity) {
        return retryingARace(identity, () -> link(identity));
    }

    /**
     * For bearer-token calls: the linked user, read-only on the common path; a token of someone who
     * never signed in to the web app links them as a first login would.
     */
    @OpenAccess("links the caller of an API token to their DeviceWard record; grants nothing")
    public AppUser forToken(Identity identity) {
        return retryingARace(
                identity, () -> users.findByKeycloakSubject(identity.subject()).orElseGet(() -> link(identity)));
    }

    private AppUser link(Identity identity) {
        AppUser user = users.findByKeycloakSubject(identity.subject())
                .or(() -> unlinkedUserWithEmail(identity))
                .orElseGet(() -> users.save(
                        new AppUser(identity.username(), emailOf(identity), displayNameOf(identity), clock.instant())));
        user.linkTo(identity.subject(), clock.instant());
        return user;
    }

    /**
     * Runs one attempt per transaction, flushed inside it so that a lost race surfaces here (as a
     * version conflict, a duplicate key or a deadlock) and not somewhere in the commit. A duplicate key
     * that is not a race (say, the username belongs to someone else) fails the same way each time and
     * is thrown after the last attempt.
     */
    private AppUser retryingARace(Identity identity, Supplier<AppUser> work) {
        for (int i = 1; ; i++) {
            try {
                return attempt.execute(status -> {
                    AppUser user = work.get();
                    users.flush();
                    return user;
                });
            } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
                if (i == ATTEMPTS) throw e;
                log.info(
                        "Linking subject {} met a concurrent link (attempt {}: {}); reading again",
                        identity.subject(),
                        i,
                        e.getClass().getSimpleName());
            }
        }
    }

    private Optional<AppUser> unlinkedUserWithEmail(Identity identity) {
        if (!identity.emailVerified() || identity.email() == null) {
            return Optional.empty();
        }
        return users.findByEmailIgnoreCase(identity.email()).filter(u -> u.getKeycloakSubject() == null);
    }

    private static String emailOf(Identity identity) {
        return identity.email() != null
                ? identity.email().toLowerCase(Locale.ROOT)
                : identity.subject() + "@unknown.invalid";
    }

    private static String displayNameOf(Identity identity) {
        return identity.name() != null && !identity.name().isBlank() ? identity.name() : identity.username();
    }
}
