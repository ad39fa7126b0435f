package io.deviceward.access;

import io.deviceward.shared.security.SecondFactorClaims;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
        long now = System.nanoTime();
        Linked known = recent.get(jwt.getSubject());
        if (known != null && now - known.readAtNanos() < LINK_CACHE_NANOS) {
            return known;
        }
        AppUser user = links.forToken(new UserLinkService.Identity(
                jwt.getSubject(),
                jwt.getClaimAsString("preferred_username"),
                jwt.getClaimAsString("email"),
                Boolean.TRUE.equals(jwt.getClaimAsBoolean("email_verified")),
                jwt.getClaimAsString("name")));
        Linked linked = new Linked(user.getId(), user.getDisplayName(), now);
        recent.put(jwt.getSubject(), linked);
        return linked;
    }

    private record Linked(UUID id, String displayName, long readAtNanos) {}

    private static final long LINK_CACHE_NANOS = TimeUnit.MINUTES.toNanos(1);
    private final Map<String, Linked> recent = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Linked> eldest) {
            return size() > 10_000;
        }
    });

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
