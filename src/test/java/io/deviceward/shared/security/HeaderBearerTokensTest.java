package io.deviceward.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The fast path must answer exactly as Spring's resolver does, token or error, for every header. */
class HeaderBearerTokensTest {
    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl-_~+/";

    @Test
    void resolvesEveryHeaderAsSpringDoes() {
        List<String> headers = Arrays.asList(
                null,
                "",
                "Bearer " + JWT,
                "bearer " + JWT,
                "BEARER " + JWT,
                "Bearer " + JWT + "==",
                "Bearer " + JWT + "=x",
                "Bearer ==",
                "Bearer ",
                "Bearer",
                "Bearer  " + JWT,
                "Bearer " + JWT + " ",
                "Bearer " + JWT + "\n",
                "Bearer abc def",
                "Bearer abcä",
                "Bearer a,b",
                "Basic dXNlcjpwYXNz",
                "Bearerx " + JWT,
                "Token " + JWT);
        for (String header : headers) {
            assertThat(outcome(new HeaderBearerTokens(), header))
                    .as("Authorization: %s", header)
                    .isEqualTo(outcome(new DefaultBearerTokenResolver()::resolve, header));
        }
        assertThat(outcome(new HeaderBearerTokens(), "Bearer " + JWT)).isEqualTo("token " + JWT);
    }

    @Test
    void leavesTokensInTheQueryToSpringWhichRefusesThem() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/me");
        request.setParameter("access_token", JWT);
        assertThat(new HeaderBearerTokens().resolve(request)).isNull();
    }

    private static String outcome(
            org.springframework.security.oauth2.server.resource.web.BearerTokenResolver resolver, String header) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/practices");
        if (header != null) request.addHeader("Authorization", header);
        try {
            String token = resolver.resolve(request);
            return token == null ? "none" : "token " + token;
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
