package io.deviceward.access;

/** Keycloak's admin API did not answer, or refused: nothing was changed there by this call. */
public class KeycloakUnavailableException extends RuntimeException {
    public KeycloakUnavailableException(String what, Throwable cause) {
        super(what + ": the sign-in service (Keycloak) did not answer as expected. Try again later.", cause);
    }
}
