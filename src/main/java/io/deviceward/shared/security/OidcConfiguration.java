package io.deviceward.shared.security;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthenticationMethod;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The Keycloak client registration and the API's token decoder, built from the issuer alone ({@link
 * KeycloakEndpoints}) instead of Spring Boot's {@code issuer-uri} properties, which fetch the discovery document
 * while the context starts and fail the start while Keycloak is down. Nothing here talks to Keycloak before the
 * first sign-in or the first bearer token: the signing keys are fetched then (and again for an unknown key id). The
 * ID token is still checked against the issuer (ProviderDetails' issuer URI), the API's tokens against the issuer and
 * the {@code deviceward-api} audience; sign-out still goes to Keycloak's end-session endpoint (the provider metadata).
 * See docs/decisions/2026-11-23-auth-flow.md, "Starting without Keycloak".
 */
@Configuration(proxyBeanMethods = false)
class OidcConfiguration {
    static final String REGISTRATION_ID = "keycloak";

    @Bean
    KeycloakEndpoints keycloakEndpoints(@Value("${deviceward.oidc.issuer-uri}") String issuer) {
        return KeycloakEndpoints.of(issuer);
    }

    @Bean
    ClientRegistrationRepository clientRegistrations(
            KeycloakEndpoints keycloak,
            @Value("${spring.security.oauth2.client.registration.keycloak.client-id}") String clientId,
            @Value("${spring.security.oauth2.client.registration.keycloak.client-secret}") String clientSecret,
            @Value("${spring.security.oauth2.client.registration.keycloak.scope}") List<String> scopes) {
        return new InMemoryClientRegistrationRepository(webClient(keycloak, clientId, clientSecret, scopes));
    }

    static ClientRegistration webClient(
            KeycloakEndpoints keycloak, String clientId, String clientSecret, List<String> scopes) {
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName(REGISTRATION_ID)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/{action}/oauth2/code/{registrationId}") // Spring Boot's default
                .scope(scopes)
                .issuerUri(keycloak.issuer())
                .authorizationUri(keycloak.authorization())
                .tokenUri(keycloak.token())
                .jwkSetUri(keycloak.jwkSet())
                .userInfoUri(keycloak.userInfo())
                .userInfoAuthenticationMethod(AuthenticationMethod.HEADER)
                .userNameAttributeName("preferred_username")
                // RP-initiated logout reads end_session_endpoint from here.
                .providerConfigurationMetadata(Map.copyOf(keycloak.asDiscoveryMetadata()))
                .build();
    }

    /** Lazy: the keys are fetched at the first token. Issuer, audience and times are validated as before. */
    @Bean
    JwtDecoder issuerDecoder(
            KeycloakEndpoints keycloak, @Value("${deviceward.oidc.api-audience:deviceward-api}") String audience) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(keycloak.jwkSet())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(apiTokenValidator(keycloak, audience));
        return decoder;
    }

    OAuth2TokenValidator<Jwt> apiTokenValidator(KeycloakEndpoints keycloak, String audience) {
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(keycloak.issuer()),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, granted -> granted != null && granted.contains(audience)));
    }
}
