package io.deviceward.mfa;

/** Who in a practice must sign in with a second factor. */
public enum MfaMode {
    OFF("Off"),
    ROLES("Required for chosen roles"),
    EVERYONE("Required for everyone");

    private final String label;

    MfaMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
