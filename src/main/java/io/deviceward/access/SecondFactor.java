package io.deviceward.access;

/** A second factor a user has configured in Keycloak. */
public enum SecondFactor {
    OTP("OTP"),
    PASSKEY("Passkey");

    private final String label;

    SecondFactor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Keycloak's credential types: "otp"; "webauthn" (second factor) and "webauthn-passwordless" (passkey). */
    static SecondFactor ofCredentialType(String type) {
        if (type == null) return null;
        return switch (type) {
            case "otp" -> OTP;
            case "webauthn", "webauthn-passwordless" -> PASSKEY;
            default -> null;
        };
    }
}
