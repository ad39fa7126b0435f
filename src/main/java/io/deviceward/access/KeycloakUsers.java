package io.deviceward.access;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * DeviceWard's only door into Keycloak's admin API, through the {@code deviceward-admin} service
 * account: find and create users, have Keycloak send its "execute actions" email, read which second
 * factors a user has, enable and disable accounts. Failures to reach Keycloak become
 * {@link KeycloakUnavailableException}.
 */
@Component
@EnableConfigurationProperties(KeycloakAdminProperties.class)
public class KeycloakUsers implements DisposableBean {

    /** Keycloak's names of the required actions DeviceWard sets. */
    public enum RequiredAction {
        VERIFY_EMAIL,
        UPDATE_PASSWORD,
        CONFIGURE_TOTP
    }

    /** A Keycloak user as DeviceWard needs it. */
    public record Account(
            String id,
            String username,
            String email,
            boolean enabled,
            boolean emailVerified,
            Set<String> requiredActions) {}

    private final KeycloakAdminProperties properties;
    private final Client http;
    private final Keycloak keycloak;

    KeycloakUsers(KeycloakAdminProperties configured, @Value("${deviceward.oidc.issuer-uri:}") String issuerUri) {
        this.properties = KeycloakAdminProperties.resolve(configured, issuerUri);
        long timeout = properties.timeout().toMillis();
        this.http = ClientBuilder.newBuilder()
                .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                .readTimeout(timeout, TimeUnit.MILLISECONDS)
                .register(JacksonProvider.class, 100)
                .build();
        this.keycloak = KeycloakBuilder.builder()
                .serverUrl(properties.serverUrl())
                .realm(properties.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .resteasyClient(http)
                .build();
    }

    KeycloakAdminProperties properties() {
        return properties;
    }

    public Optional<Account> findByEmail(String email) {
        return call(
                "Looking up " + email,
                () -> realm().users().searchByEmail(email.strip(), true).stream()
                        .filter(u -> email.strip().equalsIgnoreCase(u.getEmail()))
                        .findFirst()
                        .map(KeycloakUsers::account));
    }

    public Optional<Account> findById(String id) {
        return call("Looking up a user", () -> {
            try {
                return Optional.of(account(realm().users().get(id).toRepresentation()));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * Creates an enabled user named by their email, with an unverified email and these required
     * actions. First and last name are required: Keycloak refuses logins of users without them.
     */
    public Account create(String email, String firstName, String lastName, Set<RequiredAction> actions) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email.strip().toLowerCase(Locale.ROOT));
        user.setEmail(email.strip().toLowerCase(Locale.ROOT));
        user.setFirstName(firstName.strip());
        user.setLastName(lastName.strip());
        user.setEnabled(true);
        user.setEmailVerified(false);
        user.setRequiredActions(actions.stream().map(Enum::name).toList());
        return call("Creating the account of " + email, () -> {
            try (Response response = realm().users().create(user)) {
                String id = CreatedResponseUtil.getCreatedId(response);
                return account(realm().users().get(id).toRepresentation());
            }
        });
    }

    /** Adds required actions to those the user already has; returns all of them. */
    public Set<String> addRequiredActions(String id, Set<RequiredAction> actions) {
        return call("Updating a user's required actions", () -> {
            UserResource resource = realm().users().get(id);
            UserRepresentation user = resource.toRepresentation();
            Set<String> all =
                    new LinkedHashSet<>(user.getRequiredActions() == null ? List.of() : user.getRequiredActions());
            actions.forEach(a -> all.add(a.name()));
            // Read, change, write back whole: a partial representation could clear profile attributes.
            user.setRequiredActions(new ArrayList<>(all));
            resource.update(user);
            return all;
        });
    }

    /** Has Keycloak email the user a link that walks them through these actions, then back to DeviceWard. */
    public void sendActionsEmail(String id, Set<String> actions) {
        call("Sending the invitation email", () -> {
            realm().users()
                    .get(id)
                    .executeActionsEmail(
                            properties.invitationClientId(),
                            properties.invitationRedirectUri(),
                            (int) properties.invitationLifespan().toSeconds(),
                            List.copyOf(actions));
            return null;
        });
    }

    /** The second factors the user has configured (OTP, passkey); empty if none. */
    public Set<SecondFactor> secondFactors(String id) {
        return call("Reading a user's second factors", () -> {
            Set<SecondFactor> factors = EnumSet.noneOf(SecondFactor.class);
            for (CredentialRepresentation credential : realm().users().get(id).credentials()) {
                SecondFactor factor = SecondFactor.ofCredentialType(credential.getType());
                if (factor != null) factors.add(factor);
            }
            return factors;
        });
    }

    /** The second factors of the user with this subject (Keycloak's user id); empty if Keycloak has no such user. */
    public Optional<Set<SecondFactor>> secondFactorsOfSubject(String subject) {
        try {
            return Optional.of(secondFactors(subject));
        } catch (KeycloakUnavailableException e) {
            if (e.getCause() instanceof NotFoundException) return Optional.empty();
            throw e;
        }
    }

    /** A failed sign-in step Keycloak recorded: when (epoch ms), and its error ("invalid_user_credentials"). */
    public record LoginError(long time, String error) {}

    /**
     * The user's failed sign-in steps in DeviceWard's browser client since a moment, oldest first.
     * Needs the realm's events on and the service account's view-events role.
     */
    public List<LoginError> loginErrorsSince(String subject, String clientId, long sinceEpochMillis) {
        return call(
                "Reading a user's sign-in errors",
                () -> realm()
                        .getEvents(
                                List.of("LOGIN_ERROR"),
                                clientId,
                                subject,
                                sinceEpochMillis,
                                System.currentTimeMillis() + 60_000,
                                null,
                                0,
                                100,
                                "asc")
                        .stream()
                        .map(e -> new LoginError(e.getTime(), e.getError()))
                        .toList());
    }

    public void setEnabled(String id, boolean enabled) {
        call((enabled ? "Enabling" : "Disabling") + " an account", () -> {
            UserResource resource = realm().users().get(id);
            UserRepresentation user = resource.toRepresentation();
            user.setEnabled(enabled);
            resource.update(user);
            return null;
        });
    }

    private RealmResource realm() {
        return keycloak.realm(properties.realm());
    }

    private static Account account(UserRepresentation user) {
        return new Account(
                user.getId(),
                user.getUsername(),
                user.getEmail(),
                Boolean.TRUE.equals(user.isEnabled()),
                Boolean.TRUE.equals(user.isEmailVerified()),
                Set.copyOf(user.getRequiredActions() == null ? List.of() : user.getRequiredActions()));
    }

    private static <T> T call(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (ProcessingException | WebApplicationException e) {
            throw new KeycloakUnavailableException(what, e);
        }
    }

    @Override
    public void destroy() {
        keycloak.close();
    }
}
