package io.deviceward.access;

import java.util.Collection;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** The OIDC user of a browser session, carrying the id of the DeviceWard user it was linked to. */
class DeviceWardOidcUser extends DefaultOidcUser implements SignedInUser {
    private final UUID appUserId;
    private final String displayName;
    private final boolean secondFactorVerified;

    DeviceWardOidcUser(
            Collection<? extends GrantedAuthority> authorities,
            OidcIdToken idToken,
            OidcUserInfo userInfo,
            UUID appUserId,
            String displayName,
            boolean secondFactorVerified) {
        super(authorities, idToken, userInfo, "preferred_username");
        this.appUserId = appUserId;
        this.displayName = displayName;
        this.secondFactorVerified = secondFactorVerified;
    }

    @Override
    public UUID appUserId() {
        return appUserId;
    }

    @Override
    public String subject() {
        return getSubject();
    }

    @Override
    public String displayName() {
        return displayName;
    }
    /** From the ID token Keycloak signed for this sign-in: its {@code acr}. */
    @Override
    public boolean secondFactorVerified() {
        return secondFactorVerified;
    }
}
