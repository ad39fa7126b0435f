package io.deviceward.shared.resilience;

import io.deviceward.shared.security.KeycloakEndpoints;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before the browser is sent to Keycloak to sign in, checks that Keycloak answers (its discovery
 * document, 1.5 s at most, the answer kept a few seconds): if not, a DeviceWard page says sign-in
 * is unavailable for a moment, instead of the browser's "refused to connect". People already signed
 * in and API tokens already issued need no Keycloak per request and keep working.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class SignInAvailabilityFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(SignInAvailabilityFilter.class);
    /**
     * An "up" answer is kept only a second: people are sent to a Keycloak that just went down for at most that
     * long, while a flood of sign-in starts still costs Keycloak at most one discovery request a second.
     */
    private static final long UP_FOR_NANOS = Duration.ofSeconds(1).toNanos();

    private static final long DOWN_FOR_NANOS = Duration.ofSeconds(2).toNanos();

    private final URI discovery;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofMillis(1500))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private volatile boolean lastUp = true;
    private volatile long checkedAt = System.nanoTime() - UP_FOR_NANOS;

    SignInAvailabilityFilter(KeycloakEndpoints keycloak) {
        this.discovery = URI.create(keycloak.discovery());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/oauth2/authorization/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (keycloakAnswers()) {
            chain.doFilter(request, response);
            return;
        }
        OutagePages.write(
                response,
                false,
                "Sign-in is unavailable",
                "Sign-in is unavailable for a moment. Please try again shortly; if you were working, your saved work"
                        + " is safe.");
    }

    boolean keycloakAnswers() {
        long now = System.nanoTime();
        if (now - checkedAt < (lastUp ? UP_FOR_NANOS : DOWN_FOR_NANOS)) return lastUp;
        boolean up;
        try {
            HttpResponse<Void> answer = http.send(
                    HttpRequest.newBuilder(discovery)
                            .timeout(Duration.ofMillis(1500))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            up = answer.statusCode() == 200;
        } catch (IOException e) {
            up = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            up = false;
        }
        if (!up && lastUp) log.warn("Keycloak does not answer at {}: sign-in shows the unavailable page", discovery);
        lastUp = up;
        checkedAt = System.nanoTime();
        return up;
    }
}
