package io.deviceward.support;

import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Users a test makes in the test Keycloak through Keycloak's own admin (not DeviceWard's service
 * account): with a password, and with an OTP device when the test needs one already set up. Each
 * has a unique name, so runs do not meet each other's users.
 */
public final class KeycloakTestUsers {
    public static final String KEYCLOAK = "http://localhost:8181";
    public static final String REALM = "deviceward";

    /** A Keycloak user: {@code otpSecret} is the Base32 key an authenticator app holds, or null. */
    public record KeycloakUser(String id, String username, String email, String password, String otpSecret) {}

    private KeycloakTestUsers() {}

    public static KeycloakUser create(String namePrefix, boolean withOtp) {
        String unique = namePrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String email = unique + "@mfa-test.example";
        String password = "Pw-" + UUID.randomUUID();
        String rawSecret =
                withOtp ? UUID.randomUUID().toString().replace("-", "").substring(0, 20) : null;

        UserRepresentation user = new UserRepresentation();
        user.setUsername(unique);
        user.setEmail(email);
        user.setFirstName("Test");
        user.setLastName(namePrefix);
        user.setEnabled(true);
        user.setEmailVerified(true);
        List<CredentialRepresentation> credentials = new ArrayList<>();
        CredentialRepresentation passwordCredential = new CredentialRepresentation();
        passwordCredential.setType(CredentialRepresentation.PASSWORD);
        passwordCredential.setValue(password);
        passwordCredential.setTemporary(false);
        credentials.add(passwordCredential);
        if (withOtp) {
            // As Keycloak stores an OTP device: the secret as text, the policy beside it.
            CredentialRepresentation otp = new CredentialRepresentation();
            otp.setType("otp");
            otp.setUserLabel("Test authenticator");
            otp.setSecretData("{\"value\":\"" + rawSecret + "\"}");
            otp.setCredentialData(
                    "{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,\"algorithm\":\"HmacSHA1\"}");
            credentials.add(otp);
        }
        user.setCredentials(credentials);
        try (Keycloak admin = admin();
                Response response = admin.realm(REALM).users().create(user)) {
            String id = CreatedResponseUtil.getCreatedId(response);
            return new KeycloakUser(id, unique, email, password, withOtp ? Totp.base32Of(rawSecret) : null);
        }
    }

    /** The credential types Keycloak holds for the user ("password", "otp"). */
    public static List<String> credentialTypes(String userId) {
        try (Keycloak admin = admin()) {
            return admin.realm(REALM).users().get(userId).credentials().stream()
                    .map(CredentialRepresentation::getType)
                    .toList();
        }
    }

    private static Keycloak admin() {
        return KeycloakBuilder.builder()
                .serverUrl(KEYCLOAK)
                .realm("master")
                .clientId("admin-cli")
                .grantType(OAuth2Constants.PASSWORD)
                .username("admin")
                .password("admin")
                .build();
    }
}
