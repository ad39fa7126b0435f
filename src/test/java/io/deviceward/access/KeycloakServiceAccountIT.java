package io.deviceward.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deviceward.support.IntegrationTest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The service-account client DeviceWard uses for Keycloak's admin API can do what invitations and
 * the members page need, and nothing that changes the realm, its clients or anyone's roles.
 */
@IntegrationTest
class KeycloakServiceAccountIT {
    @Autowired
    KeycloakUsers keycloakUsers;

    Keycloak serviceAccount;
    RealmResource realm;

    @BeforeEach
    void signInAsTheServiceAccount() {
        KeycloakAdminProperties p = keycloakUsers.properties();
        serviceAccount = KeycloakBuilder.builder()
                .serverUrl(p.serverUrl())
                .realm(p.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(p.clientId())
                .clientSecret(p.clientSecret())
                .build();
        realm = serviceAccount.realm(p.realm());
    }

    @AfterEach
    void close() {
        serviceAccount.close();
    }

    @Test
    void theAdapterFindsADemoUserAndReadsTheirSecondFactors() {
        KeycloakUsers.Account lena = keycloakUsers
                .findByEmail("lena.lindner@lindenhof-dental.example")
                .orElseThrow();
        assertThat(lena.username()).isEqualTo("manager.lindenhof");
        assertThat(lena.enabled()).isTrue();
        assertThat(keycloakUsers.secondFactors(lena.id())).isEmpty();
        assertThat(keycloakUsers.findByEmail("nobody-" + UUID.randomUUID() + "@test.example"))
                .isEmpty();
    }

    @Test
    void itMayNotChangeTheRealm() {
        RealmRepresentation change = new RealmRepresentation();
        change.setRegistrationAllowed(true);
        assertThatThrownBy(() -> realm.update(change)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void itMayNotCreateOrReadClients() {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId("sneaky-" + UUID.randomUUID());
        try (Response response = realm.clients().create(client)) {
            assertThat(response.getStatus()).isEqualTo(403);
        }
        assertThatThrownBy(() -> realm.clients().findAll()).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void itMayNotGrantAnyoneAdminRoles() {
        String lena = keycloakUsers
                .findByEmail("lena.lindner@lindenhof-dental.example")
                .orElseThrow()
                .id();
        // Reading realm-management's roles already needs view-clients.
        assertThatThrownBy(() -> realm.clients().findByClientId("realm-management"))
                .isInstanceOf(ForbiddenException.class);
        // Looked up by Keycloak's own admin, the realm-admin role exists; the service account still may not grant it.
        KeycloakAdminProperties p = keycloakUsers.properties();
        try (Keycloak master = KeycloakBuilder.builder()
                .serverUrl(p.serverUrl())
                .realm("master")
                .clientId("admin-cli")
                .grantType(OAuth2Constants.PASSWORD)
                .username("admin")
                .password("admin")
                .build()) {
            RealmResource asAdmin = master.realm(p.realm());
            ClientRepresentation management =
                    asAdmin.clients().findByClientId("realm-management").getFirst();
            RoleRepresentation realmAdmin = asAdmin.clients()
                    .get(management.getId())
                    .roles()
                    .get("realm-admin")
                    .toRepresentation();
            assertThatThrownBy(() -> realm.users()
                            .get(lena)
                            .roles()
                            .clientLevel(management.getId())
                            .add(List.of(realmAdmin)))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(asAdmin.users()
                            .get(lena)
                            .roles()
                            .clientLevel(management.getId())
                            .listAll())
                    .isEmpty();
        }
    }

    @Test
    void itHoldsExactlyTheUserRolesOfRealmManagement() {
        // Its own token lists what it holds; nothing beyond the three user roles.
        var token = serviceAccount.tokenManager().getAccessToken();
        assertThat(token.getToken()).isNotBlank();
        String payload =
                new String(Base64.getUrlDecoder().decode(token.getToken().split("\\.")[1]));
        assertThat(payload).contains("\"realm-management\":{\"roles\":[");
        for (String forbidden : Set.of(
                "realm-admin",
                "manage-realm",
                "manage-clients",
                "view-clients",
                "view-realm",
                "manage-authorization",
                "impersonation",
                "manage-events")) {
            assertThat(payload).as("token roles").doesNotContain("\"" + forbidden + "\"");
        }
        assertThat(payload)
                .contains("\"manage-users\"")
                .contains("\"view-users\"")
                .contains("\"query-users\"");
    }
}
