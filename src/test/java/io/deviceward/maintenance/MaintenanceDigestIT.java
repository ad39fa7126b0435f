package io.deviceward.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.Application;
import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceService;
import io.deviceward.device.DeviceStatus;
import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeRepository;
import io.deviceward.shared.security.SystemTask;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.MailSink;
import io.deviceward.support.TestDatabase;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two app instances on one database (this test's context and a second one started here) both run the
 * daily digest at the same moment: the assignee gets one email, not two.
 */
@IntegrationTest
class MaintenanceDigestIT {
    private static final UUID BOWIE_DICK = UUID.fromString("0d4a0000-0000-4000-8000-000000000002");

    @Autowired
    PracticeRepository practices;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DeviceService devices;

    @Autowired
    MaintenanceService maintenance;

    @Autowired
    MaintenanceSchedules schedules;

    @Autowired
    MaintenanceDigest digest;

    @Value("${deviceward.oidc.issuer-uri}")
    String issuer;

    @Test
    void theDigestArrivesOnceWithTwoInstancesOnOneDatabase() throws Exception {
        Practice lindenhof = practices.findAll().stream()
                .filter(p -> p.getName().equals("Lindenhof Dental"))
                .findFirst()
                .orElseThrow();
        AppUser nurse = fixtures.memberOf(lindenhof, Role.CLINIC_STAFF);
        UUID practiceId = lindenhof.getId();
        String name = "Digest autoclave " + UUID.randomUUID().toString().substring(0, 8);
        SystemTask.run(() -> {
            UUID device = devices.create(practiceId, autoclave(name)).getId();
            schedules.createSchedule(
                    practiceId,
                    new ScheduleDetails(
                            BOWIE_DICK,
                            new Target(TargetKind.DEVICE, device.toString()),
                            "FREQ=DAILY",
                            maintenance.practice(practiceId).zone(),
                            maintenance.today(practiceId),
                            LocalTime.of(7, 0),
                            EnumSet.allOf(DayOfWeek.class),
                            ClosedDayRule.KEEP,
                            Assignee.person(nurse.getId()),
                            Duration.ZERO,
                            Basis.SCHEDULE));
        });

        // A second Vaadin context installs its own global SecurityContextHolder strategy; this context's must
        // come back when it closes, or later requests here would read the closed one's (and find nobody).
        SecurityContextHolderStrategy ours = SecurityContextHolder.getContextHolderStrategy();
        // Command-line arguments: they outrank application-test.yml (whose port 8089 this context holds).
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + TestDatabase.sharedUrl(),
                        "--spring.datasource.username=" + TestDatabase.user(),
                        "--spring.datasource.password=" + TestDatabase.password(),
                        "--deviceward.oidc.issuer-uri=" + issuer,
                        "--deviceward.demo-data=false",
                        "--spring.main.banner-mode=off")) {
            MaintenanceDigest other = second.getBean(MaintenanceDigest.class);
            CompletableFuture<Void> here = CompletableFuture.runAsync(digest::sendDigests);
            CompletableFuture<Void> there = CompletableFuture.runAsync(other::sendDigests);
            here.join();
            there.join();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(ours);
        }
        MailSink.Mail mail = MailSink.awaitMailTo(nurse.getEmail());
        assertThat(mail.subject()).contains("maintenance task");
        assertThat(mail.body()).contains(name).contains("Bowie-Dick");
        Thread.sleep(1_000); // a second copy would have arrived by now
        List<MailSink.Mail> all = MailSink.mailsTo(nurse.getEmail());
        assertThat(all).hasSize(1);
    }

    private static DeviceDetails autoclave(String name) {
        DeviceDetails details = new DeviceDetails();
        details.setName(name);
        details.setCategory("AUTOCLAVE");
        details.setManufacturer("Melag");
        details.setModel("Vacuklav");
        details.setStatus(DeviceStatus.IN_SERVICE);
        return details;
    }
}
