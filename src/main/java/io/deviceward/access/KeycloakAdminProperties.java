package io.deviceward.access;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How DeviceWard reaches Keycloak's admin API: with the {@code deviceward-admin} service-account
 * client, which holds only view-users, query-users and manage-users of {@code realm-management}.
 * Server URL and realm default to those of the sign-in issuer ({@code https://host/realms/name}).
 */
@ConfigurationProperties("deviceward.keycloak-admin")
public record KeycloakAdminProperties(
        String serverUrl,
        String realm,
        String clientId,
        String clientSecret,
        /** The client whose pages the invitation links open, and where they return. */
        String invitationClientId,
        String invitationRedirectUri,
        Duration invitationLifespan,
        Duration timeout,
        /** Shown read-only on the members page; the service account may not read realm settings. */
        String passwordPolicy) {

    /** The server URL and realm of an issuer URI such as {@code http://localhost:8180/realms/deviceward}. */
    static KeycloakAdminProperties resolve(KeycloakAdminProperties configured, String issuerUri) {
        String server = configured.serverUrl();
        String realm = configured.realm();
        if ((isBlank(server) || isBlank(realm)) && !isBlank(issuerUri)) {
            URI issuer =
                    URI.create(issuerUri.endsWith("/") ? issuerUri.substring(0, issuerUri.length() - 1) : issuerUri);
            String path = issuer.getPath();
            int marker = path.lastIndexOf("/realms/");
            if (marker < 0) {
                throw new IllegalStateException("Cannot derive the Keycloak admin URL from the issuer " + issuerUri
                        + ": set deviceward.keycloak-admin.server-url and realm");
            }
            if (isBlank(server)) {
                server = issuer.getScheme() + "://" + issuer.getRawAuthority() + path.substring(0, marker);
            }
            if (isBlank(realm)) {
                realm = path.substring(marker + "/realms/".length());
            }
        }
        return new KeycloakAdminProperties(
                server,
                realm,
                configured.clientId(),
                configured.clientSecret(),
                configured.invitationClientId(),
                configured.invitationRedirectUri(),
                configured.invitationLifespan() == null ? Duration.ofHours(72) : configured.invitationLifespan(),
                configured.timeout() == null ? Duration.ofSeconds(10) : configured.timeout(),
                configured.passwordPolicy());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
