package io.deviceward.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.access.AppUserRepository;
import io.deviceward.bench.DeviceCatalogue.Model;
import io.deviceward.device.Answer;
import io.deviceward.device.ConnectionType;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceFilter;
import io.deviceward.device.DeviceImportPreview;
import io.deviceward.device.DeviceImportResult;
import io.deviceward.device.DeviceImportService;
import io.deviceward.device.DeviceService;
import io.deviceward.device.DeviceStatus;
import io.deviceward.device.PostureCheck;
import io.deviceward.device.PostureGap;
import io.deviceward.device.PostureItem;
import io.deviceward.device.transfer.DeviceCsvWriter;
import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeRepository;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.KeycloakTokens;
import io.deviceward.support.SignIn;
import io.deviceward.support.TestDatabase;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.Version;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #4: how the device registry holds up at 100,000 devices in one practice and 1,000,000 in
 * all. Seeds the data, then measures the median server time of the grid's first page, a text
 * search, a filtered page deep in the list, an API list page and a 10,000-row CSV import, and
 * writes the figures with the query plans to {@code target/benchmark/device-registry.md}.
 *
 * <p>A benchmark, not a test: it asserts that the operations work, never how fast they are.
 * Run it with {@code flock /tmp/dw-integration.lock ./dw bench} (about 8 minutes at full size, most of it seeding);
 * {@code -Dbench.scale=0.01} makes every size a hundredth for a quick try. Other knobs:
 * {@code bench.warmup} (20), {@code bench.runs} (50), {@code bench.budgetSeconds} (60 per operation),
 * {@code bench.importRuns} (3), {@code bench.importRows} (10000). To measure again without seeding again, name a
 * database to keep: {@code -Ddw.test.database=dw_bench_keep} seeds it on the first run and reuses it on the next ones
 * (at the same scale; the imported devices are removed first); drop it by hand when done.
 *
 * <p>The big practice is the demo practice "Lindenhof Dental", so its manager's real Keycloak token
 * works for the API and the same user signs in for the service calls (method security, tenant
 * filter and all). The other practices and every device are inserted by SQL, bypassing the audit
 * trail: seeding is not what is measured.
 */
@IntegrationTest
@Import(DeviceRegistryBenchmark.ServerTiming.class)
class DeviceRegistryBenchmark {
    private static final double SCALE = Double.parseDouble(System.getProperty("bench.scale", "1"));
    private static final int WARMUP = Integer.getInteger("bench.warmup", 20);
    private static final int RUNS = Integer.getInteger("bench.runs", 50);
    private static final int IMPORT_RUNS = Integer.getInteger("bench.importRuns", 3);
    /** Per operation: warm-up stops after a quarter of it, measuring after all of it (but never below MIN_RUNS). */
    private static final long BUDGET_NANOS = Long.getLong("bench.budgetSeconds", 60) * 1_000_000_000L;

    private static final int MIN_RUNS = 5;
    private static final int IMPORT_ROWS =
            Integer.getInteger("bench.importRows", (int) Math.max(100, Math.round(10_000 * SCALE)));
    private static final int PAGE_SIZE = 50;
    private static final String TARGET_PAGE = "< 50 ms";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Path REPORT = Path.of("target", "benchmark", "device-registry.md");

    /** Server-side time of each /api request, from before Spring Security to the end of the response. */
    static final ConcurrentLinkedQueue<Long> API_SERVER_NANOS = new ConcurrentLinkedQueue<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class ServerTiming {
        @Bean
        FilterRegistrationBean<Filter> benchmarkServerTiming() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                long start = System.nanoTime();
                try {
                    chain.doFilter(request, response);
                } finally {
                    if (((HttpServletRequest) request).getRequestURI().startsWith("/api/")) {
                        API_SERVER_NANOS.add(System.nanoTime() - start);
                    }
                }
            });
            registration.addUrlPatterns("/api/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    @Value("${deviceward.oidc.issuer-uri}")
    String issuer;

    @Value("${server.port}")
    int port;

    @Autowired
    DeviceService devices;

    @Autowired
    DeviceImportService imports;

    @Autowired
    AppUserRepository users;

    @Autowired
    PracticeRepository practices;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    private final StringBuilder report = new StringBuilder();
    private final List<Timings> results = new ArrayList<>();
    private final Map<String, String> notes = new LinkedHashMap<>();

    @Test
    void deviceRegistry() throws Exception {
        UUID big = practices.findAll().stream()
                .filter(p -> p.getName().equals("Lindenhof Dental"))
                .map(Practice::getId)
                .findFirst()
                .orElseThrow();
        UUID manager = users.findByUsername("manager.lindenhof").orElseThrow().getId();
        int bigDevices = (int) Math.round(100_000 * SCALE);
        int otherPractices = Math.max(1, (int) Math.round(999 * SCALE));
        int otherDevices = (int) Math.round(900_000 * SCALE);

        long seeding = reusable(big, otherDevices) ? -1 : seed(big, bigDevices, otherPractices, otherDevices);
        long total = jdbc.queryForObject("select count(*) from device", Long.class);
        long inBig =
                jdbc.queryForObject("select count(*) from device where practice_id = ?", Long.class, big.toString());
        notes.put(
                "Devices in the table",
                String.format(
                        Locale.ROOT,
                        "%,d in %,d practices",
                        total,
                        jdbc.queryForObject("select count(distinct practice_id) from device", Long.class)));
        notes.put("Devices in the measured practice (Lindenhof Dental)", String.format(Locale.ROOT, "%,d", inBig));
        notes.put(
                "Seeding (JDBC multi-row INSERT, then ANALYZE TABLE)",
                seeding < 0
                        ? "none: an earlier run's kept database (-Ddw.test.database)"
                        : String.format(
                                Locale.ROOT,
                                "%.1f s (%,.0f rows/s)",
                                seeding / 1e9,
                                (bigDevices + otherDevices) / (seeding / 1e9)));

        Pageable firstPage = PageRequest.of(0, PAGE_SIZE, Sort.by("name"));
        DeviceFilter search = DeviceFilter.NONE.withText(DeviceCatalogue.RARE_TERM);
        DeviceFilter deepFilter = new DeviceFilter(null, null, DeviceStatus.IN_SERVICE, null, PostureGap.FIREWALL_OFF);
        long searchMatches = SignIn.as(manager, () -> devices.count(big, search));
        long deepMatches = SignIn.as(manager, () -> devices.count(big, deepFilter));
        int deepPageNumber = (int) (deepMatches * 8 / 10 / PAGE_SIZE);
        Pageable deepPage = PageRequest.of(deepPageNumber, PAGE_SIZE, Sort.by("name"));
        notes.put(
                "Text search",
                String.format(Locale.ROOT, "\"%s\" matches %,d devices", DeviceCatalogue.RARE_TERM, searchMatches));
        notes.put(
                "Deep filtered page",
                String.format(
                        Locale.ROOT,
                        "status=IN_SERVICE and gap=FIREWALL_OFF match %,d devices; page %,d of %,d (size %d, sorted by name), i.e. at 80 %%",
                        deepMatches,
                        deepPageNumber,
                        (deepMatches + PAGE_SIZE - 1) / PAGE_SIZE,
                        PAGE_SIZE));

        SignIn.run(manager, () -> {
            // The page is what the grid fetches (DeviceListView: slice, no count); list() is the page with its total
            // (the API's withTotal).
            measureOperation(
                    "1. First grid page",
                    () -> devices.slice(big, DeviceFilter.NONE, firstPage),
                    () -> devices.count(big, DeviceFilter.NONE),
                    () -> devices.list(big, DeviceFilter.NONE, firstPage),
                    "page 0");
            measureOperation(
                    "2. Text search",
                    () -> devices.slice(big, search, firstPage),
                    () -> devices.count(big, search),
                    () -> devices.list(big, search, firstPage),
                    "page 0");
            measureOperation(
                    "3. Deep filtered page",
                    () -> devices.slice(big, deepFilter, deepPage),
                    () -> devices.count(big, deepFilter),
                    () -> devices.list(big, deepFilter, deepPage),
                    "page " + deepPageNumber);
        });
        measureApi(big, "page=0&size=" + PAGE_SIZE, "4. API list page");
        measureApi(big, "page=0&size=" + PAGE_SIZE + "&withTotal=true", "4a. API list page with its total");

        Map<String, List<SqlCapture.Captured>> plans = new LinkedHashMap<>();
        SignIn.run(manager, () -> {
            plans.put(
                    "1. First grid page (list: the page, then its count)",
                    captured(() -> devices.list(big, DeviceFilter.NONE, firstPage)));
            plans.put(
                    "2. Text search (list: the page, then its count)",
                    captured(() -> devices.list(big, search, firstPage)));
            plans.put(
                    "3. Deep filtered page (list: the page, then its count)",
                    captured(() -> devices.list(big, deepFilter, deepPage)));
        });
        String explains = explain(plans);

        List<ImportRun> importRuns = new ArrayList<>();
        for (int run = 1; run <= IMPORT_RUNS; run++) {
            importRuns.add(importCsv(big, manager, run));
        }

        writeReport(explains, importRuns);
    }

    // ---------------------------------------------------------------- seeding

    /**
     * With a kept database (-Ddw.test.database=..., see TestDatabase) that an earlier run seeded at
     * this size: removes that run's imported devices and reuses the rest instead of seeding again.
     */
    private boolean reusable(UUID big, int otherDevices) {
        if (!TestDatabase.kept()) return false;
        long seeded = jdbc.queryForObject(
                "select count(*) from device d join practice p on p.id = d.practice_id"
                        + " where p.name like 'Benchmark practice %'",
                Long.class);
        if (seeded == 0) return false;
        if (seeded != otherDevices) {
            throw new IllegalStateException("The kept database holds " + seeded + " seeded devices, not " + otherDevices
                    + " (another bench.scale?): drop it or name another with -Ddw.test.database");
        }
        int imported =
                jdbc.update("delete from device where practice_id = ? and serial_number like 'IMP%'", big.toString());
        System.out.printf(
                Locale.ROOT,
                "[bench] reusing the kept database's seeded devices (removed %,d imported ones)%n",
                imported);
        jdbc.queryForList("analyze table device, practice");
        return true;
    }

    private long seed(UUID big, int bigDevices, int otherPractices, int otherDevices) throws SQLException {
        System.out.printf(
                Locale.ROOT,
                "[bench] seeding %,d devices into the big practice and %,d into %,d others%n",
                bigDevices,
                otherDevices,
                otherPractices);
        long start = System.nanoTime();
        DeviceSeeder seeder = new DeviceSeeder(TestDatabase.sharedUrl(), TestDatabase.user(), TestDatabase.password());
        try (Connection connection = seeder.connect()) {
            List<UUID> others = seeder.practices(connection, otherPractices);
            seeder.devices(connection, big, bigDevices);
            System.out.printf(
                    Locale.ROOT, "[bench]   big practice done after %.1f s%n", (System.nanoTime() - start) / 1e9);
            for (int i = 0; i < others.size(); i++) {
                int count = otherDevices / otherPractices + (i < otherDevices % otherPractices ? 1 : 0);
                seeder.devices(connection, others.get(i), count);
                if ((i + 1) % 100 == 0) {
                    System.out.printf(
                            Locale.ROOT,
                            "[bench]   %d practices done after %.1f s%n",
                            i + 1,
                            (System.nanoTime() - start) / 1e9);
                }
            }
        }
        jdbc.queryForList("analyze table device, practice");
        long elapsed = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "[bench] seeded in %.1f s%n", elapsed / 1e9);
        return elapsed;
    }

    // ---------------------------------------------------------------- measuring

    private Timings measure(String name, Supplier<?> operation) {
        Timings timings = new Timings(name);
        Rounds rounds = new Rounds();
        while (rounds.next()) {
            long start = System.nanoTime();
            Object result = operation.get();
            long elapsed = System.nanoTime() - start;
            assertThat(result).isNotNull();
            if (rounds.measuring()) timings.add(elapsed);
            rounds.took(elapsed);
        }
        results.add(timings);
        timings.warmups = rounds.warmedUp;
        System.out.println("[bench] " + timings.row(""));
        return timings;
    }

    /**
     * One operation three ways, interleaved round by round: the page alone (slice, what the grid
     * fetches), the count alone, and list() (the page with its total, as the API's withTotal=true).
     */
    private void measureOperation(String name, Supplier<?> slice, Supplier<?> count, Supplier<?> list, String page) {
        Timings slices = new Timings(name + ": **slice(" + page + "), the page the grid fetches (server time)**");
        Timings counts = new Timings(name + ": count()");
        Timings lists = new Timings(name + ": **list(" + page + "), the page with its total (server time)**");
        Rounds rounds = new Rounds();
        while (rounds.next()) {
            long start = System.nanoTime();
            assertThat(slice.get()).isNotNull();
            long afterSlice = System.nanoTime();
            assertThat(count.get()).isNotNull();
            long afterCount = System.nanoTime();
            assertThat(list.get()).isNotNull();
            long end = System.nanoTime();
            if (rounds.measuring()) {
                slices.add(afterSlice - start);
                counts.add(afterCount - afterSlice);
                lists.add(end - afterCount);
            }
            rounds.took(end - start);
        }
        for (Timings t : List.of(slices, counts, lists)) {
            results.add(t);
            t.warmups = rounds.warmedUp;
            System.out.println("[bench] " + t.row(""));
        }
    }

    /**
     * WARMUP warm-up rounds, then RUNS measured ones; an operation so slow that this would take more
     * than the time budget gets fewer (at least one warm-up and MIN_RUNS measured), and says so.
     */
    private static final class Rounds {
        private int warmedUp;
        private int measured;
        private long warmupNanos;
        private long measureNanos;
        private boolean measuring;

        boolean next() {
            if (!measuring && (warmedUp >= WARMUP || (warmedUp >= 1 && warmupNanos > BUDGET_NANOS / 4)))
                measuring = true;
            return !measuring || measured < RUNS && (measured < MIN_RUNS || measureNanos < BUDGET_NANOS);
        }

        boolean measuring() {
            return measuring;
        }

        void took(long nanos) {
            if (measuring) {
                measured++;
                measureNanos += nanos;
            } else {
                warmedUp++;
                warmupNanos += nanos;
            }
        }
    }

    private void measureApi(UUID big, String query, String name) throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + port + "/api/v1/practices/" + big + "/devices?" + query);
        Timings client = new Timings(name + ": GET ?" + query + ", client round trip (loopback)");
        Timings server = new Timings(name + ": **server time** (filter before Spring Security → response written)");
        Rounds rounds = new Rounds();
        while (rounds.next()) {
            String token = KeycloakTokens.accessToken(issuer, "manager.lindenhof");
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .GET()
                    .build();
            if (rounds.measuring() && client.runs() == 0) {
                Thread.sleep(100);
                API_SERVER_NANOS.clear();
            }
            long start = System.nanoTime();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - start;
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("\"content\"");
            if (rounds.measuring()) client.add(elapsed);
            rounds.took(elapsed);
        }
        Thread.sleep(200); // the filter records after the response is written
        API_SERVER_NANOS.forEach(server::add);
        for (Timings t : List.of(server, client)) {
            results.add(t);
            t.warmups = rounds.warmedUp;
            System.out.println("[bench] " + t.row(""));
        }
    }

    // ---------------------------------------------------------------- import

    record ImportRun(int run, int rows, int bytes, double previewMs, double commitMs, DeviceImportResult result) {}

    private ImportRun importCsv(UUID big, UUID manager, int run) throws IOException {
        byte[] csv = csv(run, IMPORT_ROWS);
        long start = System.nanoTime();
        DeviceImportPreview preview =
                SignIn.as(manager, () -> imports.preview(big, "benchmark-import-" + run + ".csv", csv));
        long previewed = System.nanoTime();
        assertThat(preview.errors()).as("rows with errors").isEmpty();
        assertThat(preview.count(DeviceImportPreview.Outcome.NEW)).isEqualTo(IMPORT_ROWS);
        DeviceImportResult result = SignIn.as(manager, () -> imports.commit(big, preview, false));
        long committed = System.nanoTime();
        assertThat(result.created()).isEqualTo(IMPORT_ROWS);
        ImportRun measured = new ImportRun(
                run, IMPORT_ROWS, csv.length, (previewed - start) / 1e6, (committed - previewed) / 1e6, result);
        System.out.printf(
                Locale.ROOT,
                "[bench] import run %d: %,d rows (%,d bytes): preview %.0f ms, commit %.0f ms, total %.0f ms%n",
                run,
                IMPORT_ROWS,
                csv.length,
                measured.previewMs(),
                measured.commitMs(),
                measured.previewMs() + measured.commitMs());
        return measured;
    }

    /** New devices only: serial numbers and MACs of their own per run, so every row is NEW. */
    private static byte[] csv(int run, int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(run);
        List<DeviceDetails> devices = new ArrayList<>(rows);
        for (int i = 1; i <= rows; i++) {
            Model model = DeviceCatalogue.pick(random);
            DeviceDetails d = new DeviceDetails();
            d.setName(String.format("%s import %d-%05d", model.label(), run, i));
            d.setCategory(model.category());
            d.setManufacturer(model.manufacturer());
            d.setModel(model.model());
            d.setSerialNumber(String.format("IMP%d-%s-%06d", run, model.serialPrefix(), i));
            d.setLocation(DeviceCatalogue.LOCATIONS.get(random.nextInt(DeviceCatalogue.LOCATIONS.size())));
            d.setIpAddresses(List.of(String.format("10.%d.%d.%d", 200 + run, (i >> 8) & 255, i & 255)));
            d.setMacAddress(String.format(
                    "0a:%02x:%02x:%02x:%02x:%02x", run, random.nextInt(256), (i >> 16) & 255, (i >> 8) & 255, i & 255));
            d.setConnection(random.nextBoolean() ? ConnectionType.WIRED : ConnectionType.WIFI);
            d.setFirmwareVersion(String.format("%d.%d", 1 + random.nextInt(9), random.nextInt(20)));
            d.setStatus(DeviceStatus.IN_SERVICE);
            d.setInServiceOn(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300)));
            for (PostureItem item : PostureItem.values()) {
                int p = random.nextInt(100);
                Answer state = p < 78 ? Answer.YES : p < 93 ? Answer.NO : Answer.UNKNOWN;
                d.getPosture()
                        .set(
                                item,
                                new PostureCheck(
                                        state, state == Answer.UNKNOWN ? null : LocalDate.of(2026, 11, 1), null));
            }
            devices.add(d);
        }
        StringWriter out = new StringWriter();
        DeviceCsvWriter.write(devices.stream(), out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- query plans

    private static List<SqlCapture.Captured> captured(Supplier<?> operation) {
        try (SqlCapture capture = SqlCapture.open()) {
            operation.get();
            if (!capture.unparsed().isEmpty())
                System.out.println("[bench] unparsed bind log lines: " + capture.unparsed());
            return capture.statements();
        }
    }

    /** ANALYZE (MariaDB's EXPLAIN that also runs the statement: r_rows = rows actually read) of each captured statement. */
    private String explain(Map<String, List<SqlCapture.Captured>> plans) throws SQLException {
        StringBuilder out = new StringBuilder();
        Set<String> seen = new LinkedHashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<String, List<SqlCapture.Captured>> plan : plans.entrySet()) {
                out.append("\n### ").append(plan.getKey()).append("\n");
                for (SqlCapture.Captured statement : plan.getValue()) {
                    String key = statement.sql() + statement.binds();
                    if (!seen.add(key)) continue;
                    out.append("\n```sql\n").append(statement.sql()).append("\n```\n");
                    out.append("\nParameters: ")
                            .append(statement.binds().stream()
                                    .map(b -> b.position() + "=" + b.value())
                                    .toList())
                            .append("\n\n");
                    out.append(table(connection, "ANALYZE " + statement.sql(), statement.binds()));
                    Files.createDirectories(REPORT.getParent());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static String table(Connection connection, String sql, List<SqlCapture.Bind> binds) throws SQLException {
        int placeholders = placeholders(sql);
        if (placeholders != binds.size()) {
            return "(could not bind: " + placeholders + " placeholders, " + binds.size() + " logged parameters)\n";
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (SqlCapture.Bind bind : binds) {
                String type = bind.type().toUpperCase(Locale.ROOT);
                if ((type.contains("INT") || type.contains("NUMERIC"))
                        && bind.value().matches("-?\\d+")) {
                    statement.setLong(bind.position(), Long.parseLong(bind.value()));
                } else {
                    statement.setString(bind.position(), bind.value());
                }
            }
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                StringBuilder table = new StringBuilder("|");
                StringBuilder rule = new StringBuilder("|");
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    table.append(' ').append(meta.getColumnLabel(c)).append(" |");
                    rule.append("---|");
                }
                table.append('\n').append(rule).append('\n');
                while (rs.next()) {
                    table.append('|');
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        String value = rs.getString(c);
                        table.append(' ')
                                .append(value == null ? "" : value.replace("|", "\\|"))
                                .append(" |");
                    }
                    table.append('\n');
                }
                return table.toString();
            }
        }
    }

    /** Question marks outside quoted literals. */
    static int placeholders(String sql) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') quoted = !quoted;
            else if (c == '?' && !quoted) count++;
        }
        return count;
    }

    // ---------------------------------------------------------------- report

    private void writeReport(String explains, List<ImportRun> importRuns) throws IOException {
        report.append("# Device registry benchmark (issue #4)\n\n");
        report.append("Command: `flock /tmp/dw-integration.lock ./dw bench`");
        if (SCALE != 1) report.append(" with `-Dbench.scale=").append(SCALE).append("` (**not** the full size)");
        report.append("\n\n");
        report.append("Median, 90th percentile and maximum over ")
                .append(RUNS)
                .append(" runs after ")
                .append(WARMUP)
                .append(" warm-up runs, one at a time; an operation that would need more than ")
                .append(BUDGET_NANOS / 1_000_000_000L)
                .append(" s for that gets fewer runs (at least ")
                .append(MIN_RUNS)
                .append(
                        ", see the runs column). Service calls run in-process through the Spring beans as the signed-in ")
                .append(
                        "practice manager (method security, tenant binding, transaction): that is the server time of a grid fetch. ")
                .append(
                        "Operations 1–3 are each timed three ways, interleaved: the page alone (`slice`, what the grid fetches), ")
                .append(
                        "the `count` alone, and `list` (the page with its total, what the API returns with `withTotal=true`). ")
                .append("The API is called over HTTP on loopback with a real Keycloak bearer token.\n\n");
        report.append("## Data\n\n| | |\n|---|---|\n");
        notes.forEach(
                (k, v) -> report.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        report.append(
                "\n## Results\n\n| Operation | median ms | p90 ms | max ms | runs | warm-up runs | target |\n|---|---:|---:|---:|---:|---:|---|\n");
        for (Timings t : results) {
            boolean targeted = t.operation.contains("**");
            report.append(t.row(targeted ? TARGET_PAGE + (t.medianMs() < 50 ? " ✅" : " ❌") : ""))
                    .append('\n');
        }
        report.append("\n### CSV import of ")
                .append(String.format(Locale.ROOT, "%,d", IMPORT_ROWS))
                .append(
                        " new devices into the measured practice (preview, then commit, as its manager; audit trail included)\n\n")
                .append(
                        "| Run | rows | file bytes | preview ms | commit ms | total ms | target |\n|---:|---:|---:|---:|---:|---:|---|\n");
        for (ImportRun run : importRuns) {
            double total = run.previewMs() + run.commitMs();
            report.append(String.format(
                    Locale.ROOT,
                    "| %d | %,d | %,d | %.0f | %.0f | %.0f | < 20 s %s |%n",
                    run.run(),
                    run.rows(),
                    run.bytes(),
                    run.previewMs(),
                    run.commitMs(),
                    total,
                    total < 20_000 ? "✅" : "❌"));
        }
        if (!importRuns.isEmpty()) {
            double[] totals = importRuns.stream()
                    .mapToDouble(r -> r.previewMs() + r.commitMs())
                    .sorted()
                    .toArray();
            report.append(
                    String.format(Locale.ROOT, "%nMedian import total: %.1f s.%n", totals[totals.length / 2] / 1000));
        }
        report.append(
                        "\n## Query plans\n\nThe SQL exactly as Hibernate sent it (captured from its loggers during one call), ")
                .append(
                        "run again with its parameters as MariaDB `ANALYZE` (EXPLAIN plus execution: `rows` is the optimizer's ")
                .append("estimate, `r_rows` the rows actually read, `key` the index used).\n")
                .append(explains);
        report.append("\n## Environment\n\n| | |\n|---|---|\n");
        environment()
                .forEach((k, v) ->
                        report.append("| ").append(k).append(" | ").append(v).append(" |\n"));

        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        System.out.println("\n" + report + "\n[bench] written to " + REPORT.toAbsolutePath());
    }

    private Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(
                "CPUs (available to the JVM)",
                String.valueOf(Runtime.getRuntime().availableProcessors()));
        try {
            Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .ifPresent(
                            l -> env.put("CPU", l.substring(l.indexOf(':') + 1).strip()));
            Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal"))
                    .findFirst()
                    .ifPresent(l ->
                            env.put("Memory", l.substring(l.indexOf(':') + 1).strip()));
        } catch (IOException e) {
            // not Linux: left out
        }
        env.put(
                "JDK",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                        + System.getProperty("java.vendor") + "), max heap "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        env.put("Spring Boot / Hibernate", SpringBootVersion.getVersion() + " / " + Version.getVersionString());
        env.put("MariaDB", jdbc.queryForObject("select version()", String.class));
        for (String variable :
                List.of("innodb_buffer_pool_size", "innodb_flush_method", "innodb_flush_log_at_trx_commit")) {
            jdbc.query("show global variables like '" + variable + "'", rs -> {
                env.put("MariaDB " + variable, rs.getString(2));
            });
        }
        jdbc.query(
                "select data_length, index_length, table_rows from information_schema.tables where table_schema = database() and table_name = 'device'",
                rs -> {
                    env.put(
                            "Table device on disk",
                            String.format(
                                    Locale.ROOT,
                                    "data %,d MiB, indexes %,d MiB",
                                    rs.getLong(1) / (1024 * 1024),
                                    rs.getLong(2) / (1024 * 1024)));
                });
        return env;
    }
}
