package io.deviceward.access;

import org.springframework.security.access.AccessDeniedException;

/**
 * A member acted in a practice whose MFA policy requires a second factor, with a sign-in (or API
 * token) that has none. The browser is stepped up before it gets here; the API answers 403.
 */
public class SecondFactorRequiredException extends AccessDeniedException {
    private final boolean mustEnrol;

    public SecondFactorRequiredException(boolean mustEnrol) {
        super(
                mustEnrol
                        ? "This practice requires a second factor, and you have not set one up yet: sign in to DeviceWard in a browser to set one up."
                        : "This practice requires a second factor: sign in with your one-time code (ask Keycloak for acr_values=mfa).");
        this.mustEnrol = mustEnrol;
    }

    public boolean mustEnrol() {
        return mustEnrol;
    }
}
