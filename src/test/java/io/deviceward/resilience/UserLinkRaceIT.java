package io.deviceward.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.access.AppUser;
import io.deviceward.access.UserLinkService;
import io.deviceward.access.UserLinkService.Identity;
import io.deviceward.support.IntegrationTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two replicas linking the same person at the same moment, as when the first API calls of a new
 * token reach both: each replica's converter cache serialises only its own calls, so here two threads
 * call {@link UserLinkService} directly, each in its own transaction on its own connection to the real
 * MariaDB. A third connection holds a lock the links need until both have read "no user yet" and wait
 * on it, so the race happens on every run rather than by luck; then it lets go and both must succeed
 * with one user row.
 */
@IntegrationTest
class UserLinkRaceIT {
    @Autowired
    UserLinkService links;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    private final ExecutorService replicas = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        replicas.shutdownNow();
    }

    @Test
    void twoFirstCallsForANewPersonBothSucceedWithOneUser() throws Exception {
        String name = "race-" + UUID.randomUUID();
        Identity identity = new Identity(name, name, name + "@example.test", true, "Race Test");
        List<Future<AppUser>> calls;
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            // An uncommitted row with the same subject, username and email: neither link sees it, so both
            // create a user, and both inserts wait on its keys. Rolled back, the two inserts meet each other.
            try (PreparedStatement insert = blocker.prepareStatement(
                    "insert into app_user (id, username, email, display_name, keycloak_subject, created_at, version)"
                            + " values (?, ?, ?, 'placeholder', ?, now(6), 0)")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, identity.username());
                insert.setString(3, identity.email());
                insert.setString(4, identity.subject());
                insert.executeUpdate();
            }
            calls = bothReplicas(identity);
            awaitBothWaitingOnALock();
            blocker.rollback();
        }

        AppUser first = calls.get(0).get(30, TimeUnit.SECONDS);
        AppUser second = calls.get(1).get(30, TimeUnit.SECONDS);
        assertThat(first.getId()).isEqualTo(second.getId());
        assertThat(usersWithSubject(identity.subject())).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from app_user where email = ?", Integer.class, identity.email()))
                .isEqualTo(1);
    }

    @Test
    void twoFirstCallsOfAnInvitedPersonBothLinkTheInvitedUser() throws Exception {
        String name = "race-" + UUID.randomUUID();
        UUID invited = UUID.randomUUID();
        jdbc.update(
                "insert into app_user (id, username, email, display_name, created_at, version)"
                        + " values (?, ?, ?, 'Invited', now(6), 0)",
                invited,
                name,
                name + "@example.test");
        Identity identity = new Identity(name, name, name + "@example.test", true, "Race Test");
        List<Future<AppUser>> calls;
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            // Both links find the invited user by email and update it; the lock makes both updates wait, so
            // both read version 0 and the second to commit finds the version moved on.
            try (PreparedStatement lock = blocker.prepareStatement("select id from app_user where id = ? for update")) {
                lock.setObject(1, invited);
                lock.executeQuery().close();
            }
            calls = bothReplicas(identity);
            awaitBothWaitingOnALock();
            blocker.commit();
        }

        assertThat(calls.get(0).get(30, TimeUnit.SECONDS).getId()).isEqualTo(invited);
        assertThat(calls.get(1).get(30, TimeUnit.SECONDS).getId()).isEqualTo(invited);
        assertThat(usersWithSubject(identity.subject())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select version from app_user where id = ?", Long.class, invited))
                .as("linked once: the losing side read the link instead of writing it again")
                .isEqualTo(1L);
    }

    private List<Future<AppUser>> bothReplicas(Identity identity) {
        return List.of(
                replicas.submit(() -> links.forToken(identity)), replicas.submit(() -> links.forToken(identity)));
    }

    /** Until two transactions of this test's database wait for a lock (the blocker's), at most 20 s. */
    private void awaitBothWaitingOnALock() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int waiting;
        do {
            Thread.sleep(50);
            waiting = jdbc.queryForObject(
                    "select count(*) from information_schema.innodb_trx t join information_schema.processlist p"
                            + " on p.id = t.trx_mysql_thread_id where t.trx_state = 'LOCK WAIT' and p.db = database()",
                    Integer.class);
        } while (waiting < 2 && System.nanoTime() < deadline);
        assertThat(waiting).as("both links wait on the blocker's lock").isEqualTo(2);
    }

    private int usersWithSubject(String subject) {
        return jdbc.queryForObject("select count(*) from app_user where keycloak_subject = ?", Integer.class, subject);
    }
}
