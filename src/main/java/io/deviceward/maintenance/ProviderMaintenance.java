package io.deviceward.maintenance;

import io.deviceward.shared.security.CanViewProvider;
import io.deviceward.shared.security.DenyUnlessGuarded;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Due work across all of a provider's practices, in one query (the tenant filter binds one practice, so
 * this reads with SQL, scoped by the provider). See MaintenanceDueBenchmark for its query plan.
 */
@Service
@DenyUnlessGuarded
public class ProviderMaintenance {
    /** Upcoming work shown this far ahead. */
    static final Duration UPCOMING = Duration.ofDays(7);
    /** The most rows one list shows; the practices' own lists have the rest. */
    static final int LIMIT = 1_000;

    private final JdbcTemplate jdbc;
    private final TaskMaterializer materializer;
    private final Clock clock;

    ProviderMaintenance(JdbcTemplate jdbc, TaskMaterializer materializer, Clock clock) {
        this.jdbc = jdbc;
        this.materializer = materializer;
        this.clock = clock;
    }

    @CanViewProvider
    public ProviderDueWork dueWork(UUID providerId) {
        Instant now = clock.instant();
        refresh(providerId, now);
        return ProviderDueWork.of(jdbc.query("""
                select t.id, t.practice_id, p.name, tp.name, tp.kind, t.subject_name, t.kind, t.occurrence_on,
                       t.due_at, t.starts_at, t.overdue_at, t.missed_at
                from practice p
                join maintenance_task t on t.practice_id = p.id and t.state = 'OPEN' and t.starts_at < ?
                join maintenance_template tp on tp.id = t.template_id
                where p.provider_id = ?
                order by t.starts_at, p.name, t.subject_name
                limit ?""", (rs, i) -> row(rs, now), utc(now.plus(UPCOMING)), providerId, LIMIT));
    }

    /** Brings up to date the practices whose schedules are due for it (usually none: the job has done it). */
    private void refresh(UUID providerId, Instant now) {
        List<UUID> stale = jdbc.queryForList("""
                select distinct s.practice_id from maintenance_schedule s join practice p on p.id = s.practice_id
                where p.provider_id = ? and s.refresh_at <= ?
                union
                select distinct t.practice_id from maintenance_task t join practice p on p.id = t.practice_id
                where p.provider_id = ? and t.state = 'OPEN' and t.missed_at <= ?""", UUID.class, providerId, utc(now), providerId, utc(now));
        stale.forEach(materializer::refresh);
    }

    /** Instants are stored as UTC date-times (Hibernate's default for MariaDB), whatever the JVM's zone. */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static ProviderTask row(ResultSet rs, Instant now) throws SQLException {
        Instant startsAt = instant(rs, 10);
        Instant overdueAt = instant(rs, 11);
        Instant missed = rs.getObject(12) == null ? null : instant(rs, 12);
        TaskStatus status;
        if (missed != null && !now.isBefore(missed)) status = TaskStatus.MISSED;
        else if (!now.isBefore(overdueAt)) status = TaskStatus.OVERDUE;
        else if (!now.isBefore(startsAt)) status = TaskStatus.DUE;
        else status = TaskStatus.UPCOMING;
        return new ProviderTask(
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getObject(1, UUID.class),
                rs.getString(4),
                TemplateKind.valueOf(rs.getString(5)),
                rs.getString(6),
                TaskKind.valueOf(rs.getString(7)),
                rs.getObject(8, LocalDate.class),
                instant(rs, 9),
                status);
    }
}
