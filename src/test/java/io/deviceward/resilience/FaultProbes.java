package io.deviceward.resilience;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What {@link FaultsBenchmark} measures with: one HTTP request at a time ({@link Probe}) and wrk under load. */
final class FaultProbes {
    private static final String OUTAGE_PAGE_SENTENCE = "nothing you saved is lost";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private FaultProbes() {}

    static Process wrk(int seconds, String url, String token) throws Exception {
        return new ProcessBuilder(
                        "wrk",
                        "-t2",
                        "-c20",
                        "-d" + seconds + "s",
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
    }

    static String finish(Process wrk, int seconds) throws Exception {
        if (!wrk.waitFor(seconds + 30L, TimeUnit.SECONDS)) wrk.destroyForcibly();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println("[bench] wrk\n" + out);
        return out;
    }

    static String summary(String out) {
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

    record Probe(int status, String contentType, String retryAfter, String body, Duration elapsed, Instant at) {
        boolean isOutagePage() {
            return status == 503
                    && contentType.startsWith("text/html")
                    && body.contains(OUTAGE_PAGE_SENTENCE)
                    && !body.contains("Exception");
        }

        String brief() {
            return String.format(Locale.ROOT, "%d in %d ms", status, elapsed.toMillis());
        }

        String detailed() {
            return String.format(
                    Locale.ROOT,
                    "%d `%s`, Retry-After %s, in %d ms",
                    status,
                    contentType,
                    retryAfter.isEmpty() ? "none" : retryAfter,
                    elapsed.toMillis());
        }

        String healthStatus() {
            Matcher status = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"").matcher(body);
            return status.find() ? " " + status.group(1) : "";
        }
    }

    static Probe probe(String url, String token, boolean page) throws Exception {
        Instant at = Instant.now();
        long start = System.nanoTime();
        HttpResponse<String> answer = get(url, token, page);
        return new Probe(
                answer.statusCode(),
                answer.headers().firstValue("Content-Type").orElse(""),
                answer.headers().firstValue("Retry-After").orElse(""),
                answer.body(),
                Duration.ofNanos(System.nanoTime() - start),
                at);
    }

    static HttpResponse<String> get(String url, String token, boolean page) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) request.header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (page) request.header("Accept", "text/html");
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
