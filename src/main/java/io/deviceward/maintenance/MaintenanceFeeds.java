package io.deviceward.maintenance;

import io.deviceward.access.CurrentUser;
import io.deviceward.access.Membership;
import io.deviceward.access.MembershipRepository;
import io.deviceward.access.Role;
import io.deviceward.access.SignedInUser;
import io.deviceward.practice.Practice;
import io.deviceward.practice.ProviderDirectory;
import io.deviceward.shared.security.DenyUnlessGuarded;
import io.deviceward.shared.security.OpenAccess;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.security.SystemTask;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's calendar feed of their maintenance tasks (.ics), behind a token they create and can revoke.
 * Only the token's SHA-256 is stored; the token is the feed's only credential, so a revoked or unknown
 * one reads nothing, and the feed shows only the practices the person is a member of now.
 */
@Service
@DenyUnlessGuarded
public class MaintenanceFeeds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final MembershipRepository memberships;
    private final ProviderDirectory providers;
    private final MaintenanceService maintenance;
    private final Clock clock;

    MaintenanceFeeds(
            JdbcTemplate jdbc,
            CurrentUser currentUser,
            MembershipRepository memberships,
            ProviderDirectory providers,
            MaintenanceService maintenance,
            Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.memberships = memberships;
        this.providers = providers;
        this.maintenance = maintenance;
        this.clock = clock;
    }

    /** A new feed token for the signed-in person; any earlier one stops working. Shown once. */
    @OpenAccess("the signed-in person's own feed token; no practice data")
    @Transactional
    public String newToken() {
        UUID user = currentUser.require().appUserId();
        revoke(user);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update(
                "insert into maintenance_feed_token (id, user_id, token_hash, created_at) values (?, ?, ?, ?)",
                UUID.randomUUID(),
                user,
                hash(token),
                ProviderMaintenance.utc(clock.instant()));
        return token;
    }

    @OpenAccess("the signed-in person's own feed token; no practice data")
    @Transactional
    public void revoke() {
        revoke(currentUser.require().appUserId());
    }

    @OpenAccess("the signed-in person's own feed token; no practice data")
    @Transactional(readOnly = true)
    public boolean hasToken() {
        UUID user = currentUser.require().appUserId();
        Integer open = jdbc.queryForObject(
                "select count(*) from maintenance_feed_token where user_id = ? and revoked_at is null",
                Integer.class,
                user);
        return open != null && open > 0;
    }

    private void revoke(UUID user) {
        jdbc.update(
                "update maintenance_feed_token set revoked_at = ? where user_id = ? and revoked_at is null",
                ProviderMaintenance.utc(clock.instant()),
                user);
    }

    /** The feed of the token's owner, or empty for an unknown or revoked token. */
    @OpenAccess("the token is the credential; the feed holds only the owner's tasks in practices they belong to now")
    public Optional<String> ics(String token) {
        List<UUID> owners = jdbc.queryForList(
                "select user_id from maintenance_feed_token where token_hash = ? and revoked_at is null",
                UUID.class,
                hash(token));
        if (owners.isEmpty()) return Optional.empty();
        UUID user = owners.getFirst();
        return Optional.of(SystemTask.call(() -> feedOf(user)));
    }

    private String feedOf(UUID user) {
        Instant now = clock.instant();
        Map<UUID, Set<Role>> rolesByPractice = new LinkedHashMap<>();
        for (Membership m : memberships.findByUserId(user)) {
            if (!m.isActiveAt(now) || m.getRole() == Role.AUDITOR) continue;
            List<UUID> practices = m.getPracticeId() != null
                    ? List.of(m.getPracticeId())
                    : providers.practicesOf(m.getProviderId()).stream()
                            .map(Practice::getId)
                            .toList();
            practices.forEach(p -> rolesByPractice
                    .computeIfAbsent(p, k -> EnumSet.noneOf(Role.class))
                    .add(m.getRole()));
        }
        List<IcsCalendar.Event> events = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        rolesByPractice.forEach((practiceId, roles) -> {
            String practiceName = maintenance.practice(practiceId).getName();
            for (TaskView t : maintenance.tasks(practiceId, null, today.minusDays(14), today.plusDays(60))) {
                if (t.status() == TaskStatus.DONE || t.status() == TaskStatus.MISSED) continue;
                if (!forUser(t.task().assignee(), user, roles)) continue;
                events.add(new IcsCalendar.Event(
                        t.id(),
                        t.dueAt(),
                        t.title(),
                        practiceName + " · " + t.status().label()));
            }
        });
        return IcsCalendar.write(events, now);
    }

    private static boolean forUser(Assignee assignee, UUID user, Set<Role> roles) {
        return switch (assignee.kind()) {
            case PERSON -> user.equals(assignee.userId());
            case ROLE -> roles.contains(assignee.role());
            case ANYONE -> roles.stream().anyMatch(r -> r.allows(Permission.RECORD_MAINTENANCE));
        };
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the signed-in person is known (the page shows the feed controls only then). */
    @OpenAccess("tells only whether someone is signed in")
    public boolean signedIn() {
        return currentUser.find().map(SignedInUser::appUserId).isPresent();
    }
}
