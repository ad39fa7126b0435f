package io.deviceward.access;

import io.deviceward.shared.security.DenyUnlessGuarded;
import io.deviceward.shared.security.OpenAccess;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links a Keycloak identity to its DeviceWard user at login. A user prepared by an invitation or the
 * demo data is matched by verified email; anyone else gets a fresh user record with no membership.
 */
@Service
@DenyUnlessGuarded
public class UserLinkService {
    private final AppUserRepository users;
    private final Clock clock;

    UserLinkService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    public record Identity(String subject, String username, String email, boolean emailVerified, String name) {}

    @OpenAccess("links the person who just signed in to their DeviceWard record; grants nothing")
    @Transactional
    public AppUser onLogin(Identity identity) {
        AppUser user = users.findByKeycloakSubject(identity.subject())
                .or(() -> unlinkedUserWithEmail(identity))
                .orElseGet(() -> users.save(
                        new AppUser(identity.username(), emailOf(identity), displayNameOf(identity), clock.instant())));
        user.linkTo(identity.subject(), clock.instant());
        return user;
    }

    /**
     * For bearer-token calls: the linked user, read-only on the common path; a token of someone who
     * never signed in to the web app links them as a first login would.
     */
    @OpenAccess("links the caller of an API token to their DeviceWard record; grants nothing")
    @Transactional
    public AppUser forToken(Identity identity) {
        return users.findByKeycloakSubject(identity.subject()).orElseGet(() -> onLogin(identity));
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
