package io.deviceward.shared.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The endpoints are derived from the issuer ({@link KeycloakEndpoints}), not read at start: once the app is up, and
 * off its start path, this reads the realm's discovery document (retrying while Keycloak does not answer) and logs a
 * warning naming every endpoint that differs, such as a Keycloak configured with another hostname for the app.
 */
@Component
class OidcDiscoveryCheck {
    private static final Logger log = LoggerFactory.getLogger(OidcDiscoveryCheck.class);
    private static final Duration RETRY = Duration.ofSeconds(15);
    private static final int ATTEMPTS = 40; // ten minutes

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KeycloakEndpoints expected;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    OidcDiscoveryCheck(KeycloakEndpoints expected) {
        this.expected = expected;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkInTheBackground() {
        Thread.ofVirtual().name("oidc-discovery-check").start(this::checkUntilKeycloakAnswers);
    }

    private void checkUntilKeycloakAnswers() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Map<String, Object>> document = fetch();
            if (document.isPresent()) {
                List<String> differences = differences(expected, document.get());
                if (differences.isEmpty()) {
                    log.info("Keycloak's discovery document names the endpoints DeviceWard uses");
                } else {
                    log.warn(
                            "Keycloak's discovery document at {} differs from the endpoints DeviceWard derives from"
                                    + " the issuer: {}",
                            expected.discovery(),
                            String.join("; ", differences));
                }
                return;
            }
            try {
                Thread.sleep(RETRY);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Optional<Map<String, Object>> fetch() {
        try {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(expected.discovery()))
                            .timeout(Duration.ofSeconds(3))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) return Optional.empty();
            return Optional.of(JSON.readValue(answer.body(), new TypeReference<>() {}));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static List<String> differences(KeycloakEndpoints expected, Map<String, Object> document) {
        List<String> differences = new ArrayList<>();
        expected.asDiscoveryMetadata().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(endpoint -> {
                    Object announced = document.get(endpoint.getKey());
                    if (!endpoint.getValue().equals(announced)) {
                        differences.add(
                                endpoint.getKey() + " is " + announced + ", DeviceWard uses " + endpoint.getValue());
                    }
                });
        return differences;
    }
}
