package io.deviceward.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;

/**
 * Builds the authorization requests to Keycloak: always with PKCE; and for a step-up
 * ({@code /oauth2/authorization/keycloak?step-up&target=/practices/...}) with
 * {@code acr_values=mfa}, so Keycloak's browser flow asks for the second factor (or has the user set
 * one up) before it answers. The target, a path within DeviceWard, is saved as the request to
 * return to after sign-in. Whether the second factor was really given is read from the ID token
 * Keycloak returns, never from this request. See docs/decisions/2026-11-23-mfa-step-up.md.
 */
public class StepUpAuthorizationRequests implements OAuth2AuthorizationRequestResolver {
    public static final String STEP_UP_PARAMETER = "step-up";
    public static final String TARGET_PARAMETER = "target";
    /** Where Spring's success handler looks for the request to return to (HttpSessionRequestCache's default). */
    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    private final DefaultOAuth2AuthorizationRequestResolver delegate;
    private final String stepUpAcr;

    StepUpAuthorizationRequests(
            ClientRegistrationRepository registrations, String authorizationPath, String stepUpAcr) {
        this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations, authorizationPath);
        this.delegate.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        this.stepUpAcr = stepUpAcr;
    }

    /** The URL that sends the browser through a step-up and back to {@code target} (a path of DeviceWard). */
    public static String stepUpUrl(String target) {
        return SecurityConfig.LOGIN_PATH + "?" + STEP_UP_PARAMETER + "&" + TARGET_PARAMETER + "="
                + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return stepUp(request, delegate.resolve(request));
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return stepUp(request, delegate.resolve(request, clientRegistrationId));
    }

    private OAuth2AuthorizationRequest stepUp(HttpServletRequest request, OAuth2AuthorizationRequest authorization) {
        if (authorization == null || request.getParameter(STEP_UP_PARAMETER) == null) {
            return authorization;
        }
        String target = request.getParameter(TARGET_PARAMETER);
        if (isLocalPath(target)) {
            request.getSession().setAttribute(SAVED_REQUEST, savedRequest(request, target));
        }
        Map<String, Object> parameters = new HashMap<>(authorization.getAdditionalParameters());
        parameters.put("acr_values", stepUpAcr);
        return OAuth2AuthorizationRequest.from(authorization)
                .additionalParameters(parameters)
                .build();
    }

    /** Only a path of this application: never another host ("//evil.example", "https://..."), never a backslash trick. */
    static boolean isLocalPath(String target) {
        return target != null
                && target.startsWith("/")
                && !target.startsWith("//")
                && !target.contains("\\")
                && !target.contains("\r")
                && !target.contains("\n")
                && target.length() <= 2000;
    }

    private static DefaultSavedRequest savedRequest(HttpServletRequest request, String target) {
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        String contextPath = request.getContextPath();
        return new DefaultSavedRequest.Builder()
                .setScheme(request.getScheme())
                .setServerName(request.getServerName())
                .setServerPort(request.getServerPort())
                .setContextPath(contextPath)
                .setRequestURI(contextPath + path)
                .setServletPath(path)
                .setQueryString(query < 0 ? null : target.substring(query + 1))
                .setRequestURL(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                        + contextPath + path)
                .setMethod("GET")
                .build();
    }
}
