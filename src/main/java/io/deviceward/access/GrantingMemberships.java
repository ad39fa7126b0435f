package io.deviceward.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every membership of a user on a practice or on its provider, active or not, in one plain SQL statement that finds
 * the practice's provider itself (none when the practice does not exist). It runs on every call into a practice
 * (once per request, see PracticeAccess): as JPQL it was translated again on every call (the tenant filter stops
 * Hibernate from keeping a translation) and built entities; that was a fifth of an API call's CPU in the profile.
 * See docs/decisions/2026-12-01-resilience.md, "SQL that is not translated".
 */
@Component
class GrantingMemberships {
    private final JdbcClient jdbc;

    GrantingMemberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Membership> of(UUID userId, UUID practiceId) {
        return jdbc.sql("select id, user_id, role, practice_id, provider_id, expires_at, granted_at, version"
                        + " from membership where user_id = :user and (practice_id = :practice"
                        + " or provider_id = (select provider_id from practice where id = :practice))")
                .param("user", userId.toString())
                .param("practice", practiceId.toString())
                .query((rs, row) -> read(rs))
                .list();
    }

    private static Membership read(ResultSet rs) throws SQLException {
        return Membership.asRead(
                uuid(rs.getString(1)),
                uuid(rs.getString(2)),
                Role.valueOf(rs.getString(3)),
                uuid(rs.getString(4)),
                uuid(rs.getString(5)),
                instant(rs.getObject(6, LocalDateTime.class)),
                instant(rs.getObject(7, LocalDateTime.class)),
                rs.getLong(8));
    }

    private static UUID uuid(String column) {
        return column == null ? null : UUID.fromString(column);
    }

    /** Instants are kept as UTC date-times (Hibernate's default for Instant, as elsewhere). */
    private static Instant instant(LocalDateTime column) {
        return column == null ? null : column.toInstant(ZoneOffset.UTC);
    }
}
