package io.deviceward.access;

import io.deviceward.shared.security.SecondFactorClaims;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** Loads the OIDC user as Spring does, then links it to its DeviceWard user (see {@link UserLinkService}). */
@Component
class LinkingOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {
    private final OidcUserService delegate = new OidcUserService();
    private final UserLinkService links;
    private final SecondFactorClaims secondFactor;

    LinkingOidcUserService(UserLinkService links, SecondFactorClaims secondFactor) {
        this.links = links;
        this.secondFactor = secondFactor;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser oidcUser = delegate.loadUser(request);
        AppUser user = links.onLogin(new UserLinkService.Identity(
                oidcUser.getSubject(),
                oidcUser.getPreferredUsername(),
                oidcUser.getEmail(),
                Boolean.TRUE.equals(oidcUser.getEmailVerified()),
                oidcUser.getFullName()));
        return new DeviceWardOidcUser(
                oidcUser.getAuthorities(),
                oidcUser.getIdToken(),
                oidcUser.getUserInfo(),
                user.getId(),
                user.getDisplayName(),
                secondFactor.proveSecondFactor(oidcUser.getIdToken().getClaimAsString("acr")));
    }
}
