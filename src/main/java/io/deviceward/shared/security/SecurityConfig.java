package io.deviceward.shared.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import io.deviceward.shared.resilience.ApiAdmission;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

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

    /**
     * What Vaadin Flow's prebuilt bundle needs: its bootstrap page has inline scripts and the client engine
     * evaluates server-sent JavaScript ({@code 'unsafe-inline' 'unsafe-eval'}), components inline styles, and
     * icons come as data: URLs. Everything else is locked to this origin. See
     * docs/decisions/2026-12-01-secure-defaults.md.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self'",
            "worker-src 'self' blob:",
            "manifest-src 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'self'");

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            Converter<Jwt, AbstractAuthenticationToken> apiAuthenticationConverter,
            JwtDecoder issuerDecoder,
            @Value("${deviceward.api.concurrent-requests}") int concurrentRequests,
            @Value("${deviceward.api.turn-wait}") Duration turnWait)
            throws Exception {
        // The system clock, as Spring's timestamp validator uses, never the app's (tests move that one).
        JwtDecoder decoder = new VerifiedTokens(issuerDecoder, Clock.systemUTC());
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**")
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfig::secureHeaders)
                .csrf(csrf -> csrf.disable()) // no cookies on this chain, so nothing to forge
                // Requests take turns before the token is even read: the work after it is what the turns ration.
                .addFilterAfter(new ApiAdmission(concurrentRequests, turnWait), HeaderWriterFilter.class)
                .oauth2ResourceServer(server -> server.bearerTokenResolver(new HeaderBearerTokens())
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(apiAuthenticationConverter)));
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

        http.headers(SecurityConfig::secureHeaders);
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

    /**
     * On every response of both chains. Cache-Control no-store only where the response sets none itself (Vaadin's
     * static bundle keeps its own caching); HSTS only on requests that came over TLS (behind the proxy: with
     * SERVER_FORWARD_HEADERS_STRATEGY=framework).
     */
    private static void secureHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .cacheControl(Customizer.withDefaults())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                        .maxAgeInSeconds(Duration.ofDays(365).toSeconds()));
    }
}
