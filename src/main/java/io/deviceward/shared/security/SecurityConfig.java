package io.deviceward.shared.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two filter chains: the REST API takes bearer tokens and keeps no session; the browser UI signs in
 * through Keycloak (authorization code with PKCE) and signs out of Keycloak too (RP-initiated logout).
 * Authorization itself lives on the services (method security). See docs/decisions/2026-11-23-auth-flow.md.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {
    public static final String LOGIN_PATH = "/oauth2/authorization/keycloak";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http, Converter<Jwt, AbstractAuthenticationToken> apiAuthenticationConverter)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**")
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // no cookies on this chain, so nothing to forge
                .oauth2ResourceServer(
                        server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(apiAuthenticationConverter)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            OAuth2UserService<OidcUserRequest, OidcUser> linkingUserService,
            SecondFactorClaims secondFactor)
            throws Exception {
        StepUpAuthorizationRequests authorizationRequests =
                new StepUpAuthorizationRequests(registrations, "/oauth2/authorization", secondFactor.stepUpAcr());

        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/styles/**", "/images/**")
                        .permitAll()
                        // A calendar app sends no sign-in: the token in the path is the feed's credential.
                        .requestMatchers("/feeds/maintenance/*.ics")
                        .permitAll());
        http.oauth2Login(login -> login.authorizationEndpoint(
                        endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(linkingUserService)));
        // The second argument is where Keycloak sends the browser after it has ended its session.
        http.with(vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN_PATH, "{baseUrl}/signed-out"));
        return http.build();
    }
}
