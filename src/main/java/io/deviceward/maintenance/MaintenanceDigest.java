package io.deviceward.maintenance;

import io.deviceward.access.MemberDirectory;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.security.SystemTask;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily email of due and overdue work, one per person across their practices: tasks assigned to
 * them, to their role, or to anyone who records maintenance. Sent once a day even with several replicas:
 * the job runs under a ShedLock lock, and each person's day is recorded in maintenance_digest_sent
 * before their mail goes out.
 */
@Component
class MaintenanceDigest {
    private static final Logger log = LoggerFactory.getLogger(MaintenanceDigest.class);

    private final JdbcTemplate jdbc;
    private final MaintenanceService maintenance;
    private final MemberDirectory members;
    private final JavaMailSender mail;
    private final Clock clock;
    private final String from;
    private final String publicUrl;

    MaintenanceDigest(
            JdbcTemplate jdbc,
            MaintenanceService maintenance,
            MemberDirectory members,
            JavaMailSender mail,
            Clock clock,
            @Value("${deviceward.maintenance.digest-from:deviceward@localhost}") String from,
            @Value("${deviceward.public-url}") String publicUrl) {
        this.jdbc = jdbc;
        this.maintenance = maintenance;
        this.members = members;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    record Recipient(UUID userId, String name, String email) {}

    @Scheduled(
            cron = "${deviceward.maintenance.digest-cron:0 0 6 * * *}",
            zone = "${deviceward.maintenance.digest-zone:Europe/Berlin}")
    @SchedulerLock(name = "maintenance-digest", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    public void sendDigests() {
        int sent = SystemTask.call(this::send);
        log.info("Sent {} maintenance digest(s)", sent);
    }

    private int send() {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<Recipient, List<String>> lines = new LinkedHashMap<>();
        List<UUID> practices = jdbc.queryForList(
                "select distinct practice_id from maintenance_task where state = 'OPEN' and starts_at <= ?",
                UUID.class,
                ProviderMaintenance.utc(clock.instant()));
        for (UUID practiceId : practices) {
            DueWork due = maintenance.dueWork(practiceId);
            List<TaskView> work = new ArrayList<>(due.overdue());
            work.addAll(due.dueToday());
            if (work.isEmpty()) continue;
            String practiceName = maintenance.practice(practiceId).getName();
            List<MemberDirectory.Member> people = members.members(practiceId).stream()
                    .filter(MemberDirectory.Member::active)
                    .toList();
            for (TaskView task : work) {
                String line = practiceName + " · " + task.status().label() + " · " + task.title() + " ("
                        + task.day() + ")\n    " + publicUrl + "/practices/" + practiceId + "/maintenance/tasks/"
                        + task.id();
                for (MemberDirectory.Member m : people) {
                    if (isFor(task.task().assignee(), m)) {
                        lines.computeIfAbsent(new Recipient(m.userId(), m.name(), m.email()), r -> new ArrayList<>())
                                .add(line);
                    }
                }
            }
        }
        int sent = 0;
        for (Map.Entry<Recipient, List<String>> entry : lines.entrySet()) {
            Recipient to = entry.getKey();
            int claimed = jdbc.update(
                    "insert ignore into maintenance_digest_sent (user_id, sent_on) values (?, ?)", to.userId(), day);
            if (claimed == 0) continue; // another replica, or an earlier run today, has sent it
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to.email());
            message.setSubject("DeviceWard: " + entry.getValue().size() + " maintenance task"
                    + (entry.getValue().size() == 1 ? "" : "s") + " due or overdue");
            message.setText("Hello " + to.name() + ",\n\nthis is due or overdue today:\n\n"
                    + String.join("\n", entry.getValue()) + "\n\nDeviceWard\n");
            try {
                mail.send(message);
                sent++;
            } catch (MailException e) {
                jdbc.update("delete from maintenance_digest_sent where user_id = ? and sent_on = ?", to.userId(), day);
                log.warn("Could not send the maintenance digest to {}; will try again at the next run", to.email(), e);
            }
        }
        return sent;
    }

    private static boolean isFor(Assignee assignee, MemberDirectory.Member member) {
        return switch (assignee.kind()) {
            case PERSON -> Objects.equals(assignee.userId(), member.userId());
            case ROLE -> !member.providerWide() && member.role() == assignee.role();
            case ANYONE -> !member.providerWide() && member.role().allows(Permission.RECORD_MAINTENANCE);
        };
    }
}
