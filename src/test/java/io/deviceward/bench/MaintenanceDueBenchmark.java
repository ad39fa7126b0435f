package io.deviceward.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.access.AppUser;
import io.deviceward.maintenance.DueWork;
import io.deviceward.maintenance.MaintenanceService;
import io.deviceward.maintenance.ProviderDueWork;
import io.deviceward.maintenance.ProviderMaintenance;
import io.deviceward.practice.Provider;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #13: due work with 1,000 practices and 50,000 schedules (10 providers of 100 practices, 50
 * schedules per practice, each with two done, one missed and one open occurrence: 200,000 tasks).
 * Measures the median server time of a practice's due list ({@link MaintenanceService#dueWork}, as its
 * provider's admin: access check, the refresh check, the open tasks) and of a provider's
 * ({@link ProviderMaintenance#dueWork}, 100 practices), and writes them with the query plans to
 * {@code target/benchmark/maintenance-due.md}. A benchmark, not a test: it asserts that the lists work,
 * never how fast they are. {@code flock /tmp/dw-integration.lock ./dw bench -Dit.test=MaintenanceDueBenchmark}
 * ({@code -Dbench.scale=0.1} for a tenth).
 */
@IntegrationTest
class MaintenanceDueBenchmark {
    private static final double SCALE = Double.parseDouble(System.getProperty("bench.scale", "1"));
    private static final int PROVIDERS = 10;
    private static final int PRACTICES_PER_PROVIDER = Math.max(1, (int) Math.round(100 * SCALE));
    private static final int SCHEDULES_PER_PRACTICE = 50;
    private static final int WARMUP = 15;
    private static final int RUNS = 40;
    private static final String[] TEMPLATES = {
        "0d4a0000-0000-4000-8000-000000000001",
        "0d4a0000-0000-4000-8000-000000000002",
        "0d4a0000-0000-4000-8000-000000000003",
        "0d4a0000-0000-4000-8000-000000000004",
        "0d4a0000-0000-4000-8000-000000000011",
        "0d4a0000-0000-4000-8000-000000000013"
    };
    private static final Path REPORT = Path.of("target", "benchmark", "maintenance-due.md");

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MaintenanceService maintenance;

    @Autowired
    ProviderMaintenance providerMaintenance;

    @Autowired
    Clock clock;

    @Test
    void dueWork() throws Exception {
        List<Provider> providers = new ArrayList<>();
        for (int i = 0; i < PROVIDERS; i++) providers.add(fixtures.provider());
        AppUser admin = fixtures.adminOf(providers.getFirst());
        long seedStart = System.nanoTime();
        List<UUID> measuredPractices = seed(providers);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        jdbc.execute("analyze table maintenance_task, maintenance_schedule, practice");

        UUID practice = measuredPractices.get(measuredPractices.size() / 2);
        UUID provider = providers.getFirst().getId();
        DueWork due = SignIn.as(admin.getId(), () -> maintenance.dueWork(practice));
        assertThat(due.size()).isEqualTo(SCHEDULES_PER_PRACTICE);
        ProviderDueWork across = SignIn.as(admin.getId(), () -> providerMaintenance.dueWork(provider));
        assertThat(across.dueToday().size()
                        + across.overdue().size()
                        + across.upcoming().size())
                .isPositive();

        double[] practiceMs = time(() -> SignIn.as(admin.getId(), () -> maintenance.dueWork(practice)));
        double[] providerMs = time(() -> SignIn.as(admin.getId(), () -> providerMaintenance.dueWork(provider)));

        Instant now = clock.instant();
        LocalDateTime utcNow = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        String plans = "### A practice's open tasks (the statement Hibernate issues, with the tenant filter)\n\n"
                + explain(
                        "select * from maintenance_task where practice_id = ? and state = 'OPEN'"
                                + " order by starts_at, subject_name",
                        practice.toString())
                + "\n### The practice's refresh check (schedules due to be written, locked)\n\n"
                + explain(
                        "select * from maintenance_schedule where practice_id = ? and refresh_at <= ? order by id",
                        practice.toString(),
                        utcNow)
                + "\n### A provider's due list\n\n"
                + explain("""
                        select t.id, t.practice_id, p.name, tp.name, tp.kind, t.subject_name, t.kind, t.occurrence_on,
                               t.due_at, t.starts_at, t.overdue_at, t.missed_at
                        from practice p
                        join maintenance_task t on t.practice_id = p.id and t.state = 'OPEN' and t.starts_at < ?
                        join maintenance_template tp on tp.id = t.template_id
                        where p.provider_id = ?
                        order by t.starts_at, p.name, t.subject_name
                        limit 1000""", utcNow.plusDays(7), provider.toString())
                + "\n### The provider's refresh check\n\n"
                + explain("""
                        select distinct s.practice_id from maintenance_schedule s join practice p on p.id = s.practice_id
                        where p.provider_id = ? and s.refresh_at <= ?
                        union
                        select distinct t.practice_id from maintenance_task t join practice p on p.id = t.practice_id
                        where p.provider_id = ? and t.state = 'OPEN' and t.missed_at <= ?""", provider.toString(), utcNow, provider.toString(), utcNow);
        long tasks = jdbc.queryForObject("select count(*) from maintenance_task", Long.class);
        long schedules = jdbc.queryForObject("select count(*) from maintenance_schedule", Long.class);
        String report = "# Maintenance due-work benchmark\n\n"
                + "A 2-core machine, other load not controlled: figures are indicative.\n\n"
                + String.format(
                        Locale.ROOT,
                        "- %,d schedules, %,d tasks, %,d practices in %d providers (seeded by SQL in %.1f s)%n",
                        schedules,
                        tasks,
                        PROVIDERS * PRACTICES_PER_PROVIDER,
                        PROVIDERS,
                        seedSeconds)
                + String.format(
                        Locale.ROOT,
                        "- A practice's due list (%d open tasks): median %.1f ms, p90 %.1f ms (target < 100 ms)%n",
                        due.size(),
                        practiceMs[0],
                        practiceMs[1])
                + String.format(
                        Locale.ROOT,
                        "- A provider's due list (%d practices; %d due today, %d overdue, %d upcoming shown):"
                                + " median %.1f ms, p90 %.1f ms (target < 300 ms)%n",
                        PRACTICES_PER_PROVIDER,
                        across.dueToday().size(),
                        across.overdue().size(),
                        across.upcoming().size(),
                        providerMs[0],
                        providerMs[1])
                + String.format(
                        Locale.ROOT, "- %d warm-up calls, then %d measured, each in the test JVM%n%n", WARMUP, RUNS)
                + "## Query plans (ANALYZE FORMAT=JSON trimmed to EXPLAIN rows)\n\n"
                + plans;
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        System.out.println(report);
    }

    /** Median and p90 in ms. */
    private static double[] time(Supplier<?> call) {
        for (int i = 0; i < WARMUP; i++) call.get();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[RUNS / 2], ms[(int) (RUNS * 0.9)]};
    }

    private String explain(String sql, Object... args) {
        List<Map<String, Object>> rows = jdbc.queryForList("explain " + sql, args);
        StringBuilder table = new StringBuilder("| table | type | key | rows | extra |\n|---|---|---|---|---|\n");
        for (Map<String, Object> row : rows) {
            table.append("| ")
                    .append(row.get("table"))
                    .append(" | ")
                    .append(row.get("type"))
                    .append(" | ")
                    .append(row.get("key"))
                    .append(" | ")
                    .append(row.get("rows"))
                    .append(" | ")
                    .append(row.get("Extra"))
                    .append(" |\n");
        }
        return "```sql\n" + sql.strip() + "\n```\n\n" + table;
    }

    /** Practices, schedules and tasks by SQL (not what is measured); returns the first provider's practices. */
    private List<UUID> seed(List<Provider> providers) {
        SplittableRandom random = new SplittableRandom(13);
        Instant now = clock.instant();
        ZoneId zone = ZoneId.of("Europe/Berlin");
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<UUID> first = new ArrayList<>();
        List<Object[]> practiceRows = new ArrayList<>();
        List<Object[]> scheduleRows = new ArrayList<>();
        List<Object[]> taskRows = new ArrayList<>();
        Timestamp created = Timestamp.valueOf(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        Timestamp farFuture = Timestamp.valueOf(LocalDateTime.ofInstant(now.plus(30, ChronoUnit.DAYS), ZoneOffset.UTC));
        for (int p = 0; p < providers.size(); p++) {
            for (int n = 0; n < PRACTICES_PER_PROVIDER; n++) {
                UUID practice = UUID.randomUUID();
                if (p == 0) first.add(practice);
                practiceRows.add(new Object[] {
                    practice.toString(), providers.get(p).getId().toString(), "Bench practice " + p + "-" + n, created
                });
                for (int s = 0; s < SCHEDULES_PER_PRACTICE; s++) {
                    UUID schedule = UUID.randomUUID();
                    String template = TEMPLATES[s % TEMPLATES.length];
                    scheduleRows.add(new Object[] {
                        schedule.toString(), practice.toString(), template, today.minusDays(30), farFuture, created
                    });
                    int open = random.nextInt(3) - 1; // -1 overdue, 0 due today, 1 upcoming
                    LocalDate[] days = {
                        today.minusDays(21), today.minusDays(14), today.minusDays(7), today.plusDays(open)
                    };
                    String[] states = {"DONE", "DONE", "MISSED", "OPEN"};
                    for (int k = 0; k < days.length; k++) {
                        LocalDate day = days[k];
                        Timestamp starts = utc(day.atStartOfDay(zone).toInstant());
                        Timestamp ends = utc(day.plusDays(1).atStartOfDay(zone).toInstant());
                        Timestamp missed =
                                utc(day.plusDays(7).atStartOfDay(zone).toInstant());
                        taskRows.add(new Object[] {
                            UUID.randomUUID().toString(),
                            practice.toString(),
                            schedule.toString(),
                            template,
                            "Device " + s,
                            day,
                            starts,
                            starts,
                            ends,
                            missed,
                            states[k],
                            states[k].equals("DONE") ? "PASSED" : null,
                            states[k].equals("DONE") ? ends : null,
                            created
                        });
                    }
                }
            }
        }
        jdbc.batchUpdate(
                "insert into practice (id, provider_id, name, created_at, version, time_zone) values (?, ?, ?, ?, 0,"
                        + " 'Europe/Berlin')",
                practiceRows);
        for (int i = 0; i < scheduleRows.size(); i += 5_000) {
            jdbc.batchUpdate("""
                    insert into maintenance_schedule (id, practice_id, template_id, target_kind, rrule, time_zone,
                        starts_on, due_time, open_days, on_closed_day, assignee_kind, lead_time_minutes, basis, active,
                        refresh_at, created_at, version)
                    values (?, ?, ?, 'PRACTICE', 'FREQ=WEEKLY', 'Europe/Berlin', ?, '08:00:00', 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY',
                        'KEEP', 'ANYONE', 0, 'SCHEDULE', true, ?, ?, 0)""", scheduleRows.subList(i, Math.min(i + 5_000, scheduleRows.size())));
        }
        for (int i = 0; i < taskRows.size(); i += 5_000) {
            jdbc.batchUpdate("""
                    insert into maintenance_task (id, practice_id, schedule_id, template_id, device_key, subject_name,
                        kind, occurrence_on, due_at, starts_at, overdue_at, missed_at, state, step_done, outcome,
                        completed_at, created_at, version)
                    values (?, ?, ?, ?, '00000000-0000-0000-0000-000000000000', ?, 'SCHEDULED', ?, ?, ?, ?, ?, ?, 0, ?,
                        ?, ?, 0)""", taskRows.subList(i, Math.min(i + 5_000, taskRows.size())));
        }
        return first;
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
