package io.deviceward.maintenance;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings every practice's tasks up to now in the background (occurrences coming near, missed ones), so
 * the provider list and the digest are current without anyone opening a page. Once across replicas.
 */
@Component
class MaintenanceJobs {
    private final JdbcTemplate jdbc;
    private final TaskMaterializer materializer;
    private final Clock clock;

    MaintenanceJobs(JdbcTemplate jdbc, TaskMaterializer materializer, Clock clock) {
        this.jdbc = jdbc;
        this.materializer = materializer;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${deviceward.maintenance.refresh-every:PT5M}",
            initialDelayString = "${deviceward.maintenance.refresh-every:PT5M}")
    @SchedulerLock(name = "maintenance-refresh", lockAtMostFor = "PT30M")
    public void refreshAll() {
        var now = ProviderMaintenance.utc(clock.instant());
        List<UUID> stale = jdbc.queryForList("""
                select distinct practice_id from maintenance_schedule where refresh_at <= ?
                union
                select distinct practice_id from maintenance_task where state = 'OPEN' and missed_at <= ?""", UUID.class, now, now);
        stale.forEach(materializer::refresh);
    }
}
