package io.deviceward.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.deviceward.shared.security.SecondFactorClaims;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Turns a verified Keycloak access token into a DeviceWard principal, so API calls go through the
 * same membership checks as the browser. Roles never come from the token: memberships decide.
 */
@Component
public class ApiAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {
    private final UserLinkService links;
    private final SecondFactorClaims secondFactor;

    ApiAuthenticationConverter(UserLinkService links, SecondFactorClaims secondFactor) {
        this.links = links;
        this.secondFactor = secondFactor;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Linked user = linked(jwt);
        return new ApiAuthentication(
                new ApiUser(
                        user.id(),
                        jwt.getSubject(),
                        user.displayName(),
                        secondFactor.proveSecondFactor(jwt.getClaimAsString("acr"))),
                jwt);
    }

    /**
     * The DeviceWard user a token's subject is linked to. The link never changes once made, so it is
     * kept for a minute (the display name may lag that long): an API client calling many times sends
     * no user look-up per call. Access is not cached here: memberships are read on every request.
     */
    private Linked linked(Jwt jwt) {
        // One look-up per subject even when many calls with a new token arrive at once: Caffeine makes the others
        // wait for it (before, twenty simultaneous first calls raced to update the same user and some failed).
        // Another replica's first call can still race this one: UserLinkService lets the loser read the winner's link.
        return recent.get(jwt.getSubject(), subject -> {
            AppUser user = links.forToken(new UserLinkService.Identity(
                    subject,
                    jwt.getClaimAsString("preferred_username"),
                    jwt.getClaimAsString("email"),
                    Boolean.TRUE.equals(jwt.getClaimAsBoolean("email_verified")),
                    jwt.getClaimAsString("name")));
            return new Linked(user.getId(), user.getDisplayName());
        });
    }

    private record Linked(UUID id, String displayName) {}

    // Caffeine rather than a synchronised map: under load every call read it, and the lock became a queue.
    private final Cache<String, Linked> recent = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();

    /** The token's {@code acr} decides {@code secondFactorVerified}, as the ID token does for the browser. */
    record ApiUser(UUID appUserId, String subject, String displayName, boolean secondFactorVerified)
            implements SignedInUser {}

    static final class ApiAuthentication extends AbstractAuthenticationToken {
        private final ApiUser user;
        private final Jwt token;

        ApiAuthentication(ApiUser user, Jwt token) {
            super(List.of());
            this.user = user;
            this.token = token;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public Object getPrincipal() {
            return user;
        }

        @Override
        public String getName() {
            return user.subject();
        }
    }
}
