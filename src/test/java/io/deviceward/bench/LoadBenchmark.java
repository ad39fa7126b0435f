package io.deviceward.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeRepository;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.KeycloakTokens;
import io.deviceward.support.SqlStatementCounter;
import io.deviceward.support.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #14: the API list page under load. Seeds devices into the demo practice "Lindenhof
 * Dental", counts the SQL one {@code GET …/devices?size=20} sends, times the same page as raw SQL
 * (JDBC, id query + row query), runs {@code wrk} with the manager's real bearer token against the
 * app on loopback (1, 20 and 200 connections, each bounded in time), records a JFR execution
 * profile during the 20-connection run, and writes everything to {@code target/benchmark/load.md}.
 *
 * <p>A benchmark, not a test: run it with {@code flock /tmp/dw-integration.lock ./dw bench load}. Knobs:
 * {@code bench.devices} (10000), {@code bench.seconds} (20, per wrk run; the 1-connection run is half),
 * {@code bench.profile} (true). The machine's cores are shared with MariaDB, wrk, Keycloak and
 * other people's builds: the figures say what this machine did at that moment, no more.
 */
@IntegrationTest
class LoadBenchmark {
    private static final int DEVICES = Integer.getInteger("bench.devices", 10_000);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final boolean PROFILE = Boolean.parseBoolean(System.getProperty("bench.profile", "true"));
    private static final Path REPORT = Path.of("target", "benchmark", "load.md");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Value("${deviceward.oidc.issuer-uri}")
    String issuer;

    @Value("${server.port}")
    int port;

    @Autowired
    PracticeRepository practices;

    @Autowired
    JdbcTemplate jdbc;

    private final StringBuilder report = new StringBuilder();

    @Test
    void apiListUnderLoad() throws Exception {
        UUID practice = practices.findAll().stream()
                .filter(p -> p.getName().equals("Lindenhof Dental"))
                .map(Practice::getId)
                .findFirst()
                .orElseThrow();
        long existing = jdbc.queryForObject(
                "select count(*) from device where practice_id = ?", Long.class, practice.toString());
        if (existing < DEVICES) {
            DeviceSeeder seeder =
                    new DeviceSeeder(TestDatabase.sharedUrl(), TestDatabase.user(), TestDatabase.password());
            try (Connection c = seeder.connect()) {
                seeder.devices(c, practice, (int) (DEVICES - existing));
            }
            jdbc.execute("analyze table device");
        }
        String url = "http://127.0.0.1:" + port + "/api/v1/practices/" + practice + "/devices?size=20";
        String token = KeycloakTokens.accessToken(issuer, "manager.lindenhof");

        report.append("# Load: `GET /api/v1/practices/{id}/devices?size=20`\n\n")
                .append("Run ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores shared with MariaDB, Keycloak, wrk and other people's builds; the app is the test")
                .append(" context (Vaadin in development mode), ")
                .append(jdbc.queryForObject(
                        "select count(*) from device where practice_id = ?", Long.class, practice.toString()))
                .append(" devices in the practice.\n\n");

        // 1. What one request sends to the database: the first (the token's user link not yet known) and the next.
        HttpResponse<String> first = get(url, token, true);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        HttpResponse<String> counted = get(url, token, true);
        assertThat(counted.statusCode()).as(counted.body()).isEqualTo(200);
        String sql = counted.headers()
                .firstValue(SqlStatementCounter.RESPONSE_HEADER)
                .orElse("not counted");
        report.append("| What | Figure |\n|---|---|\n");
        row(
                "SQL for the first request of a token (JDBC, counted by the test data source)",
                first.headers()
                        .firstValue(SqlStatementCounter.RESPONSE_HEADER)
                        .orElse("not counted")
                        .replace(';', ' '));
        row("SQL for the next request (JDBC, counted by the test data source)", sql.replace(';', ' '));

        // 2. The same page as raw SQL, and one request at a time from Java.
        double raw = rawSqlMedianMs(practice);
        row("The same page as raw SQL (JDBC id query + row query), median of 200", ms(raw));
        List<Long> single = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long start = System.nanoTime();
            assertThat(get(url, token, false).statusCode()).isEqualTo(200);
            if (i >= 100) single.add(System.nanoTime() - start);
        }
        single.sort(Comparator.naturalOrder());
        double apiMedian = single.get(single.size() / 2) / 1e6;
        row("API, one request at a time (Java client), median of 200", ms(apiMedian));
        row("API median / raw SQL median", String.format(Locale.ROOT, "%.1f×", apiMedian / raw));

        // 3. wrk at 1, 20, 200 connections.
        row("wrk 1 connection, " + Math.max(5, SECONDS / 2) + " s", wrk(url, token, 1, 1, Math.max(5, SECONDS / 2)));
        Path jfr = Path.of("target", "benchmark", "load-c20.jfr");
        Recording recording = null;
        if (PROFILE) {
            recording = new Recording();
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.start();
        }
        row("wrk 20 connections, " + SECONDS + " s", wrk(url, token, 2, 20, SECONDS));
        if (recording != null) {
            recording.stop();
            Files.createDirectories(jfr.getParent());
            recording.dump(jfr);
            recording.close();
        }
        row("wrk 200 connections, " + SECONDS + " s", wrk(url, token, 2, 200, SECONDS));
        if (PROFILE) report.append("\n").append(profile(jfr));

        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report.toString());
        System.out.println("[bench] wrote " + REPORT.toAbsolutePath() + "\n" + report);
    }

    private HttpResponse<String> get(String url, String token, boolean countSql)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (countSql) request.header(SqlStatementCounter.REQUEST_HEADER, "1");
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private double rawSqlMedianMs(UUID practice) throws Exception {
        List<Long> nanos = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(
                        TestDatabase.sharedUrl(), TestDatabase.user(), TestDatabase.password());
                PreparedStatement ids =
                        c.prepareStatement("select id from device where practice_id = ? order by name, id limit 21")) {
            for (int run = 0; run < 300; run++) {
                long start = System.nanoTime();
                ids.setString(1, practice.toString());
                List<String> page = new ArrayList<>();
                try (ResultSet rs = ids.executeQuery()) {
                    while (rs.next()) page.add(rs.getString(1));
                }
                String in = page.stream().map(id -> "?").collect(Collectors.joining(","));
                try (PreparedStatement rows = c.prepareStatement("select * from device where id in (" + in + ")")) {
                    for (int i = 0; i < page.size(); i++) rows.setString(i + 1, page.get(i));
                    try (ResultSet rs = rows.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int col = 1; col <= columns; col++) rs.getObject(col);
                        }
                    }
                }
                if (run >= 100) nanos.add(System.nanoTime() - start);
            }
        }
        nanos.sort(Comparator.naturalOrder());
        return nanos.get(nanos.size() / 2) / 1e6;
    }

    private static final Pattern REQ_SEC = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern PERCENTILE =
            Pattern.compile("^\\s+(50|90|99)(?:\\.000)?%\\s+([\\d.]+)(us|ms|s)", Pattern.MULTILINE);
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)|Socket errors: (.*)");
    private static final Pattern MAX = Pattern.compile("Latency\\s+\\S+\\s+\\S+\\s+([\\d.]+)(us|ms|s)");

    /** Runs wrk (loopback only, bounded by -d and a timeout) and returns its figures in one cell. */
    private String wrk(String url, String token, int threads, int connections, int seconds) throws Exception {
        assertThat(URI.create(url).getHost()).isEqualTo("127.0.0.1");
        Process wrk = new ProcessBuilder(
                        "wrk",
                        "-t" + threads,
                        "-c" + connections,
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
        if (!wrk.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
            wrk.destroyForcibly();
            return "wrk did not finish";
        }
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println("[bench] wrk -c" + connections + "\n" + out);
        Map<String, String> p = new LinkedHashMap<>();
        Matcher m = PERCENTILE.matcher(out);
        while (m.find()) p.put(m.group(1), m.group(2) + " " + m.group(3));
        StringBuilder cell = new StringBuilder();
        m = REQ_SEC.matcher(out);
        cell.append(m.find() ? String.format(Locale.ROOT, "%.0f req/s", Double.parseDouble(m.group(1))) : "?");
        cell.append(", p50 ").append(p.getOrDefault("50", "?"));
        cell.append(", p90 ").append(p.getOrDefault("90", "?"));
        cell.append(", p99 ").append(p.getOrDefault("99", "?"));
        m = MAX.matcher(out);
        if (m.find()) cell.append(", max ").append(m.group(1)).append(' ').append(m.group(2));
        m = TOTAL.matcher(out);
        if (m.find()) cell.append(", ").append(m.group(1)).append(" requests");
        m = ERRORS.matcher(out);
        while (m.find()) cell.append(", ").append(m.group().strip());
        return cell.toString();
    }

    private static final Map<String, String> LAYERS = layers();

    private static Map<String, String> layers() {
        Map<String, String> layers = new LinkedHashMap<>();
        layers.put("org.springframework.security.oauth2", "JWT decoding and validation (Spring Security OAuth2)");
        layers.put("com.nimbusds", "JWT decoding and validation (Nimbus)");
        layers.put("org.springframework.security", "Spring Security (filters, method security)");
        layers.put("io.deviceward", "DeviceWard code (inclusive)");
        layers.put("org.hibernate", "Hibernate");
        layers.put("org.mariadb", "MariaDB JDBC driver");
        layers.put("com.zaxxer.hikari", "Hikari pool");
        layers.put("tools.jackson", "JSON (Jackson 3)");
        layers.put("com.fasterxml.jackson", "JSON (Jackson 2)");
        layers.put("org.springframework.transaction", "Spring transactions");
        layers.put("org.springframework.web", "Spring MVC");
        layers.put("org.apache.catalina", "Tomcat (Catalina)");
        layers.put("org.apache.coyote", "Tomcat (Coyote, HTTP)");
        layers.put("ch.qos.logback", "Logging");
        layers.put("com.vaadin", "Vaadin");
        return layers;
    }

    /** Samples per layer (a sample counts for every layer on its stack) and the hottest own frames. */
    private static String profile(Path jfr) throws IOException {
        Map<String, Integer> inclusive = new LinkedHashMap<>();
        Map<String, Integer> top = new HashMap<>();
        int samples = 0;
        try (RecordingFile file = new RecordingFile(jfr)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (!frames.isEmpty()) {
                    RecordedFrame first = frames.getFirst();
                    top.merge(
                            first.getMethod().getType().getName() + "."
                                    + first.getMethod().getName(),
                            1,
                            Integer::sum);
                }
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    String type = frame.getMethod().getType().getName();
                    for (Map.Entry<String, String> layer : LAYERS.entrySet()) {
                        if (type.startsWith(layer.getKey())) {
                            seen.add(layer.getValue());
                            break;
                        }
                    }
                }
                seen.forEach(layer -> inclusive.merge(layer, 1, Integer::sum));
            }
        }
        int total = Math.max(1, samples);
        StringBuilder out = new StringBuilder(
                        "## Where the time goes (JFR `jdk.ExecutionSample` every 10 ms, 20 connections)\n\n")
                .append(samples)
                .append(" samples. A sample counts for every layer on its stack, so the shares overlap.\n\n")
                .append("| Layer | Share of samples |\n|---|---|\n");
        inclusive.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.append("| ")
                        .append(e.getKey())
                        .append(" | ")
                        .append(String.format(Locale.ROOT, "%.1f %%", 100.0 * e.getValue() / total))
                        .append(" |\n"));
        out.append("\n| Hottest own frames | Share |\n|---|---|\n");
        top.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(15)
                .forEach(e -> out.append("| `")
                        .append(e.getKey())
                        .append("` | ")
                        .append(String.format(Locale.ROOT, "%.1f %%", 100.0 * e.getValue() / total))
                        .append(" |\n"));
        return out.toString();
    }

    private void row(String what, String figure) {
        report.append("| ").append(what).append(" | ").append(figure).append(" |\n");
    }

    private static String ms(double ms) {
        return String.format(Locale.ROOT, "%.2f ms", ms);
    }
}
