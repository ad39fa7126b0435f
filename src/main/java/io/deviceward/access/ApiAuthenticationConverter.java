package io.deviceward.access;

import io.deviceward.shared.security.SecondFactorClaims;
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
        String name = jwt.getClaimAsString("name");
        AppUser user = links.forToken(new UserLinkService.Identity(
                jwt.getSubject(),
                jwt.getClaimAsString("preferred_username"),
                jwt.getClaimAsString("email"),
                Boolean.TRUE.equals(jwt.getClaimAsBoolean("email_verified")),
                name));
        return new ApiAuthentication(
                new ApiUser(
                        user.getId(),
                        jwt.getSubject(),
                        user.getDisplayName(),
                        secondFactor.proveSecondFactor(jwt.getClaimAsString("acr"))),
                jwt);
    }

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
