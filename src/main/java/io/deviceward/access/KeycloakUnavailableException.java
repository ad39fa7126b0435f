package io.deviceward.access;

/** Keycloak's admin API did not answer, or refused: nothing was changed there by this call. */
public class KeycloakUnavailableException extends RuntimeException {
    public KeycloakUnavailableException(String what, Throwable cause) {
        super(what + ": the sign-in service (Keycloak) did not answer as expected. Try again later.", cause);
    }

    /**
     * For one log line instead of a stack trace: the innermost cause, e.g. Keycloak's answer when its mail server
     * is unreachable, or the connection error.
     */
    static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " (" + message + ")");
    }
}
