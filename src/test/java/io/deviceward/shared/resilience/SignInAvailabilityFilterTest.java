package io.deviceward.shared.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.deviceward.shared.security.KeycloakEndpoints;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SignInAvailabilityFilterTest {

    @Test
    void keycloakDownMeansADeviceWardPageInsteadOfTheRedirect() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        SignInAvailabilityFilter filter =
                new SignInAvailabilityFilter(KeycloakEndpoints.of("http://127.0.0.1:" + closed + "/realms/deviceward"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(new MockHttpServletRequest("GET", "/oauth2/authorization/keycloak"), response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isNotBlank();
        assertThat(response.getContentAsString()).contains("Sign-in is unavailable");
    }

    @Test
    void keycloakUpMeansTheRedirectGoesAhead_andOtherPathsAreNotChecked() throws Exception {
        HttpServer keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.createContext("/realms/deviceward/.well-known/openid-configuration", exchange -> {
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("{}".getBytes());
            exchange.close();
        });
        keycloak.start();
        try {
            SignInAvailabilityFilter filter = new SignInAvailabilityFilter(KeycloakEndpoints.of(
                    "http://127.0.0.1:" + keycloak.getAddress().getPort() + "/realms/deviceward/"));
            MockFilterChain chain = new MockFilterChain();
            filter.doFilter(
                    new MockHttpServletRequest("GET", "/oauth2/authorization/keycloak"),
                    new MockHttpServletResponse(),
                    chain);
            assertThat(chain.getRequest()).isNotNull();
        } finally {
            keycloak.stop(0);
        }
        SignInAvailabilityFilter nowhere =
                new SignInAvailabilityFilter(KeycloakEndpoints.of("http://127.0.0.1:1/realms/x"));
        MockFilterChain page = new MockFilterChain();
        nowhere.doFilter(new MockHttpServletRequest("GET", "/practices"), new MockHttpServletResponse(), page);
        assertThat(page.getRequest()).isNotNull();
    }
}
