package io.deviceward.access;

import java.util.UUID;

/** What a security principal of DeviceWard knows about its user, without a database look-up. */
public interface SignedInUser {
    UUID appUserId();

    String subject();

    String displayName();

    /**
     * Whether Keycloak says this session or token was authenticated with a second factor (its
     * {@code acr} claim, see {@link io.deviceward.shared.security.SecondFactorClaims}). Nothing the browser sends can set it.
     */
    default boolean secondFactorVerified() {
        return false;
    }
}
