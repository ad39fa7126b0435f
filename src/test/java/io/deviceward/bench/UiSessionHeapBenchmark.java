package io.deviceward.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.browser.Browser;
import io.deviceward.browser.pages.DeviceListPage;
import io.deviceward.browser.pages.KeycloakLoginPage;
import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeRepository;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.TestDatabase;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #14: heap per open device-list UI, and whether the UIs of a browser that vanished are released. One signed-in
 * Chromium opens {@code bench.uis} (50) tabs of the device list, each a Vaadin UI in one session; the heap is read
 * after full collections before and after, and the class histogram's difference says what the UIs hold. Then the
 * browser is killed (no unload, no heartbeat) and the heap is read again after the heartbeat rule and the sweep have
 * had their time ({@code bench.vanish-wait}, default 3 heartbeat intervals + 2 sweeps). Writes
 * {@code target/benchmark/ui-heap.md}. Run: {@code flock /tmp/dw-integration.lock ./dw bench heap}; with
 * {@code -Dbench.devices=10000} the practice is first filled to that many devices (as {@link LoadBenchmark} does, so
 * each grid holds full pages), with {@code -Dbench.vanish-wait=PT10S} the vanished part is cut short.
 */
@IntegrationTest
class UiSessionHeapBenchmark {
    private static final int UIS = Integer.getInteger("bench.uis", 50);
    /** Fill the practice to this many devices first; 0 (the default) keeps the demo data as it is. */
    private static final int DEVICES = Integer.getInteger("bench.devices", 0);

    private static final Path REPORT = Path.of("target", "benchmark", "ui-heap.md");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    @Autowired
    PracticeRepository practices;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${vaadin.heartbeatInterval:300}")
    int heartbeatSeconds;

    @Test
    void heapPerDeviceListUi() throws Exception {
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
        long inPractice = jdbc.queryForObject(
                "select count(*) from device where practice_id = ?", Long.class, practice.toString());
        String devices = DeviceListPage.path(practice);
        StringBuilder report = new StringBuilder("# Heap per open device-list UI\n\nRun ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores; the app is the test context; ")
                .append(UIS)
                .append(" tabs of ")
                .append(devices)
                .append(" in one signed-in headless Chromium; ")
                .append(inPractice)
                .append(" devices in the practice; heartbeat every ")
                .append(heartbeatSeconds)
                .append(" s.\n\n| What | Figure |\n|---|---|\n");

        Browser browser = Browser.start();
        new KeycloakLoginPage(browser).signIn("manager.lindenhof");
        DeviceListPage.open(browser, practice);
        long before = heapAfterCollections();
        Map<String, long[]> histogramBefore = histogram();

        for (int i = 0; i < UIS; i++) {
            browser.driver().switchTo().newWindow(WindowType.TAB);
            DeviceListPage.open(browser, practice);
        }
        long open = heapAfterCollections();
        Map<String, long[]> histogramOpen = histogram();
        long views = count(histogramOpen, "io.deviceward.device.ui.DeviceListView")
                - count(histogramBefore, "io.deviceward.device.ui.DeviceListView");
        assertThat(views).as("device-list views the tabs opened").isGreaterThanOrEqualTo(UIS);
        long perUi = (open - before) / UIS;
        report.append("| Heap per open device-list UI (")
                .append(UIS)
                .append(" tabs) | ")
                .append(kb(perUi))
                .append(" |\n");

        browser.vanish();
        Duration wait = Duration.parse(System.getProperty(
                "bench.vanish-wait",
                Duration.ofSeconds(3L * heartbeatSeconds + 130).toString()));
        long waited = System.nanoTime();
        long left;
        long viewsLeft;
        do {
            Thread.sleep(10_000);
            left = heapAfterCollections();
            viewsLeft = count(histogram(), "io.deviceward.device.ui.DeviceListView")
                    - count(histogramBefore, "io.deviceward.device.ui.DeviceListView");
        } while (viewsLeft > 0 && System.nanoTime() - waited < wait.toNanos());
        long seconds = (System.nanoTime() - waited) / 1_000_000_000L;
        report.append("| Heap per UI still held after the browser vanished | ")
                .append(kb(Math.max(0, left - before) / UIS))
                .append(" (")
                .append(Math.max(0, viewsLeft))
                .append(" device-list views left after ")
                .append(seconds)
                .append(" s) |\n\n");

        report.append("What the ")
                .append(UIS)
                .append(" UIs hold (class histogram, open minus before, top 15):\n\n")
                .append("| Class | Instances | KB | Share |\n|---|---|---|---|\n");
        List<Map.Entry<String, long[]>> grown = new ArrayList<>();
        for (Map.Entry<String, long[]> row : histogramOpen.entrySet()) {
            long[] was = histogramBefore.getOrDefault(row.getKey(), new long[2]);
            long bytes = row.getValue()[1] - was[1];
            if (bytes > 0) grown.add(Map.entry(row.getKey(), new long[] {row.getValue()[0] - was[0], bytes}));
        }
        grown.sort((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]));
        long totalGrown = grown.stream().mapToLong(e -> e.getValue()[1]).sum();
        for (Map.Entry<String, long[]> row : grown.subList(0, Math.min(15, grown.size()))) {
            report.append("| `")
                    .append(row.getKey())
                    .append("` | ")
                    .append(row.getValue()[0])
                    .append(" | ")
                    .append(row.getValue()[1] / 1024)
                    .append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f %%", 100.0 * row.getValue()[1] / totalGrown))
                    .append(" |\n");
        }
        // The histogram's growth is steadier than the heap's used figure (which moves with what else the JVM does).
        report.append("\nPer UI: ")
                .append(kb(totalGrown / UIS))
                .append(" of class-histogram growth, ")
                .append(perUi(grown, "com.vaadin.flow.internal.StateNode"))
                .append(" state nodes, ")
                .append(perUi(grown, "com.vaadin.flow.internal.nodefeature.ElementListenerMap$DomEventListenerWrapper"))
                .append(" DOM event listeners. The components that make them (instances per UI, top 25):\n\n")
                .append("| Component class | Per UI |\n|---|---|\n");
        grown.stream()
                .filter(e -> e.getKey().startsWith("com.vaadin.flow.component.")
                        || e.getKey().startsWith("io.deviceward."))
                .filter(e -> !e.getKey().contains("$$Lambda") && !e.getKey().contains("$Lambda"))
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .limit(25)
                .forEach(e -> report.append("| `")
                        .append(e.getKey())
                        .append("` | ")
                        .append(String.format(Locale.ROOT, "%.1f", (double) e.getValue()[0] / UIS))
                        .append(" |\n"));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        System.out.println("[bench] " + REPORT.toAbsolutePath() + "\n" + report);
    }

    private static long heapAfterCollections() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(250);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Class name to {instances, bytes}, from the JVM's own class histogram (a full collection first). */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram",
                        new Object[] {new String[0]},
                        new String[] {String[].class.getName()});
        Map<String, long[]> rows = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = HISTOGRAM_ROW.matcher(line);
            if (m.find()) {
                rows.merge(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))}, (a, b) ->
                        new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        return rows;
    }

    private static long count(Map<String, long[]> histogram, String className) {
        return histogram.getOrDefault(className, new long[1])[0];
    }

    private static String perUi(List<Map.Entry<String, long[]>> grown, String className) {
        return grown.stream()
                .filter(e -> e.getKey().equals(className))
                .findFirst()
                .map(e -> String.format(Locale.ROOT, "%.0f", (double) e.getValue()[0] / UIS))
                .orElse("0");
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
    }
}
