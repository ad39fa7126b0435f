package io.deviceward.device;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many devices a practice has, as the triggers of changeset 010 keep it: one row read instead
 * of counting the registry. Only for callers that have checked access to the practice.
 */
@Component
class PracticeDeviceCounts {
    private final JdbcTemplate jdbc;

    PracticeDeviceCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long of(UUID practiceId) {
        List<Long> count = jdbc.queryForList("select devices from practice_device_count where practice_id = ?", Long.class,
                practiceId.toString());
        return count.isEmpty() ? 0 : count.getFirst();
    }
}
