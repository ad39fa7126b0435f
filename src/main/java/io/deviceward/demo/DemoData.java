package io.deviceward.demo;

import io.deviceward.access.AppUser;
import io.deviceward.access.AppUserRepository;
import io.deviceward.access.Membership;
import io.deviceward.access.MembershipRepository;
import io.deviceward.access.Role;
import io.deviceward.device.Answer;
import io.deviceward.device.ConnectionType;
import io.deviceward.device.Criticality;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceFilter;
import io.deviceward.device.DeviceService;
import io.deviceward.device.DeviceStatus;
import io.deviceward.maintenance.Assignee;
import io.deviceward.maintenance.Basis;
import io.deviceward.maintenance.ClosedDayRule;
import io.deviceward.maintenance.MaintenanceSchedules;
import io.deviceward.maintenance.MaintenanceService;
import io.deviceward.maintenance.ScheduleDetails;
import io.deviceward.maintenance.Target;
import io.deviceward.maintenance.TargetKind;
import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeRepository;
import io.deviceward.practice.Provider;
import io.deviceward.practice.ProviderRepository;
import io.deviceward.segment.Endpoint;
import io.deviceward.segment.FlowPolicy;
import io.deviceward.segment.FlowRuleDetails;
import io.deviceward.segment.NamedService;
import io.deviceward.segment.Protocol;
import io.deviceward.segment.Segment;
import io.deviceward.segment.SegmentDetails;
import io.deviceward.segment.SegmentPurpose;
import io.deviceward.segment.SegmentService;
import io.deviceward.shared.security.SystemTask;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads one IT provider with three practices and a user for every role, once, into an empty
 * database; the users match the demo accounts in the Keycloak realm file by their verified email.
 * Off in production (DEVICEWARD_DEMO_DATA=false).
 */
@Component
@ConditionalOnProperty(name = "deviceward.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {
    static final String PASSWORD = "Demo-Pass-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record DemoLogin(String username, String what) {}

    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("provider.admin", "provider admin of MedNet IT Services: all three practices"),
            new DemoLogin("manager.lindenhof", "practice manager of Lindenhof Dental"),
            new DemoLogin("staff.lindenhof", "clinic staff at Lindenhof Dental"),
            new DemoLogin("manager.riverside", "practice manager of Riverside Family Clinic"),
            new DemoLogin("auditor", "auditor of Lindenhof Dental and Riverside Family Clinic, for 90 days"),
            new DemoLogin("expired.auditor", "auditor whose access has expired"),
            new DemoLogin("newcomer", "signed up, but no access yet"));

    private final ProviderRepository providers;
    private final PracticeRepository practices;
    private final AppUserRepository users;
    private final MembershipRepository memberships;
    private final DeviceService devices;
    private final MaintenanceService maintenance;
    private final MaintenanceSchedules schedules;
    private final SegmentService segments;
    private final FlowPolicy policy;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int port;

    DemoData(
            ProviderRepository providers,
            PracticeRepository practices,
            AppUserRepository users,
            MembershipRepository memberships,
            DeviceService devices,
            MaintenanceService maintenance,
            MaintenanceSchedules schedules,
            SegmentService segments,
            FlowPolicy policy,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${server.port:8080}") int port) {
        this.providers = providers;
        this.practices = practices;
        this.users = users;
        this.memberships = memberships;
        this.devices = devices;
        this.maintenance = maintenance;
        this.schedules = schedules;
        this.segments = segments;
        this.policy = policy;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.port = port;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (providers.count() > 0) {
            return; // demo data goes into an empty database only; never over real data
        }
        SystemTask.run(this::load);
        log.info("Loaded the demo data: one provider, three practices, {} users", LOGINS.size());
    }

    private void load() {
        Instant now = clock.instant();
        Practice[] created = transaction.execute(status -> {
            Provider provider = providers.save(new Provider("MedNet IT Services", now));
            Practice lindenhof = practices.save(new Practice(provider, "Lindenhof Dental", now));
            Practice riverside = practices.save(new Practice(provider, "Riverside Family Clinic", now));
            practices.save(new Practice(provider, "Harbour Pediatrics", now));

            AppUser petra = user("provider.admin", "petra.admin@mednet-it.example", "Petra Admin", now);
            AppUser lena = user("manager.lindenhof", "lena.lindner@lindenhof-dental.example", "Lena Lindner", now);
            AppUser sam = user("staff.lindenhof", "sam.staff@lindenhof-dental.example", "Sam Staff", now);
            AppUser rick = user("manager.riverside", "rick.rivers@riverside-clinic.example", "Rick Rivers", now);
            AppUser alex = user("auditor", "alex.auditor@audit-partners.example", "Alex Auditor", now);
            AppUser eve = user("expired.auditor", "eve.expired@audit-partners.example", "Eve Expired", now);

            memberships.save(Membership.onProvider(petra.getId(), Role.PROVIDER_ADMIN, provider.getId(), null, now));
            memberships.save(Membership.onPractice(lena.getId(), Role.PRACTICE_MANAGER, lindenhof.getId(), null, now));
            memberships.save(Membership.onPractice(sam.getId(), Role.CLINIC_STAFF, lindenhof.getId(), null, now));
            memberships.save(Membership.onPractice(rick.getId(), Role.PRACTICE_MANAGER, riverside.getId(), null, now));
            Instant auditEnds = now.plus(Duration.ofDays(90));
            memberships.save(Membership.onPractice(alex.getId(), Role.AUDITOR, lindenhof.getId(), auditEnds, now));
            memberships.save(Membership.onPractice(alex.getId(), Role.AUDITOR, riverside.getId(), auditEnds, now));
            memberships.save(Membership.onPractice(
                    eve.getId(),
                    Role.AUDITOR,
                    lindenhof.getId(),
                    now.minus(Duration.ofDays(10)),
                    now.minus(Duration.ofDays(100))));
            return new Practice[] {lindenhof, riverside};
        });
        // Devices go through the service: the tenant is bound per call, so they cannot share the transaction above.
        devices.create(
                created[0].getId(),
                networked(
                        device(
                                "Autoclave Room 2",
                                "AUTOCLAVE",
                                "Melag",
                                "Vacuklav 43 B+",
                                "MLG-43-88812",
                                "Sterilisation room"),
                        "192.168.10.21",
                        "00:1b:44:11:3a:b7",
                        Answer.NO,
                        Answer.YES,
                        Answer.NO));
        devices.create(
                created[0].getId(),
                networked(
                        device(
                                "Intraoral X-ray",
                                "IMAGING",
                                "Dürr Dental",
                                "VistaIntra DC",
                                "DD-VI-20417",
                                "Treatment room 1"),
                        "192.168.10.35",
                        "00:1b:44:11:3a:c2",
                        Answer.YES,
                        Answer.YES,
                        Answer.YES));
        devices.create(
                created[0].getId(),
                device("Dental chair 1", "DENTAL_CHAIR", "KaVo", "ESTETICA E70", "KV-E70-5531", "Treatment room 1"));
        devices.create(
                created[0].getId(),
                networked(
                        device(
                                "Reception printer",
                                "PRINTER_SCANNER",
                                "Brother",
                                "MFC-L8900CDW",
                                "BR-L89-33001",
                                "Reception"),
                        "192.168.10.50",
                        "30:05:5c:8a:11:02",
                        Answer.UNKNOWN,
                        Answer.NO,
                        Answer.NO));
        devices.create(
                created[1].getId(),
                networked(
                        device(
                                "Patient monitor A",
                                "PATIENT_MONITOR",
                                "Philips",
                                "IntelliVue MX450",
                                "PH-MX450-7781",
                                "Observation room"),
                        "10.20.0.11",
                        "00:09:fb:21:7c:40",
                        Answer.YES,
                        Answer.YES,
                        Answer.YES));
        devices.create(
                created[1].getId(),
                device(
                        "Infusion pump 3",
                        "INFUSION_PUMP",
                        "B. Braun",
                        "Infusomat Space",
                        "BB-IS-661203",
                        "Treatment room 3"));
        segmentMap(created[0].getId());
        schedules(created[0].getId());
    }

    /** Lindenhof's steriliser checks and IT checks, from the starter templates. */
    private void schedules(UUID practiceId) {
        Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        LocalDate today = maintenance.today(practiceId);
        ZoneId zone = maintenance.practice(practiceId).zone();
        UUID xray = devices.list(practiceId, new DeviceFilter(null, "IMAGING", null, null, null), Pageable.unpaged())
                .getContent()
                .getFirst()
                .getId();
        record Plan(String template, Target target, String rrule, Assignee assignee) {}
        List<Plan> plans = List.of(
                new Plan(
                        "autoclave.bowie-dick",
                        new Target(TargetKind.CATEGORY, "AUTOCLAVE"),
                        "FREQ=DAILY",
                        Assignee.role(Role.CLINIC_STAFF)),
                new Plan(
                        "autoclave.spore-test",
                        new Target(TargetKind.CATEGORY, "AUTOCLAVE"),
                        "FREQ=WEEKLY;BYDAY=MO",
                        Assignee.role(Role.CLINIC_STAFF)),
                new Plan(
                        "it.firmware-check",
                        new Target(TargetKind.DEVICE, xray.toString()),
                        "FREQ=MONTHLY;BYDAY=1MO",
                        Assignee.ANYONE),
                new Plan("it.access-review", Target.practice(), "FREQ=MONTHLY;INTERVAL=3", Assignee.ANYONE));
        for (Plan plan : plans) {
            UUID template = maintenance.templates(practiceId).stream()
                    .filter(t -> t.getCode().equals(plan.template()))
                    .findFirst()
                    .orElseThrow()
                    .getId();
            schedules.createSchedule(
                    practiceId,
                    new ScheduleDetails(
                            template,
                            plan.target(),
                            plan.rrule(),
                            zone,
                            today,
                            LocalTime.of(8, 0),
                            weekdays,
                            ClosedDayRule.MOVE_TO_NEXT_OPEN,
                            plan.assignee(),
                            Duration.ofDays(1),
                            Basis.SCHEDULE));
        }
    }

    /** Lindenhof's segment map: its devices placed by their addresses, the flows a dental practice needs. */
    private void segmentMap(UUID practiceId) {
        var staff = segments.createSegment(
                practiceId,
                SegmentDetails.of("Staff workstations", SegmentPurpose.STAFF_WORKSTATIONS, 10, "192.168.10.64/26"));
        var rooms = segments.createSegment(
                practiceId,
                SegmentDetails.of("Treatment rooms", SegmentPurpose.CLINICAL_DEVICES, 20, "192.168.10.32/28"));
        var sterile = segments.createSegment(
                practiceId, SegmentDetails.of("Sterilisation", SegmentPurpose.PRINTERS_IOT, 30, "192.168.10.16/28"));
        var printers = segments.createSegment(
                practiceId, SegmentDetails.of("Printers", SegmentPurpose.PRINTERS_IOT, 50, "192.168.10.48/28"));
        var servers = segments.createSegment(
                practiceId, SegmentDetails.of("Servers", SegmentPurpose.SERVERS, 40, "192.168.10.128/27"));
        var guest = segments.createSegment(
                practiceId, SegmentDetails.of("Guest Wi-Fi", SegmentPurpose.GUEST_WIFI, 90, "192.168.90.0/24"));
        segments.createSegment(
                practiceId, SegmentDetails.of("Vendor access", SegmentPurpose.VENDOR_ACCESS, 99, "192.168.99.0/24"));
        for (var segment : List.of(rooms, sterile, printers)) segments.placeByAddress(practiceId, segment.getId());
        policy.createRule(practiceId, rule(rooms, servers, NamedService.DICOM, "X-ray images to the imaging archive"));
        policy.createRule(practiceId, rule(staff, servers, NamedService.HTTPS, "Practice management software"));
        policy.createRule(practiceId, rule(staff, rooms, NamedService.DICOM, "Viewing X-rays at the front desk"));
        policy.createRule(practiceId, rule(staff, printers, NamedService.RAW_PRINT, "Printing"));
        policy.createRule(practiceId, rule(sterile, servers, NamedService.HTTPS, "Sterilisation logs for the records"));
        policy.createRule(
                practiceId,
                FlowRuleDetails.allow(
                        Endpoint.segment(guest.getId()),
                        Endpoint.INTERNET,
                        Protocol.TCP,
                        "80,443",
                        "Internet for patients"));
        policy.createRule(
                practiceId,
                FlowRuleDetails.allow(
                        Endpoint.segment(servers.getId()),
                        Endpoint.INTERNET,
                        Protocol.TCP,
                        "443",
                        "Updates and cloud backup"));
    }

    private static FlowRuleDetails rule(Segment from, Segment to, NamedService service, String why) {
        FlowRuleDetails details = FlowRuleDetails.allow(
                Endpoint.segment(from.getId()), Endpoint.segment(to.getId()), service.protocol(), service.ports(), why);
        details.setService(service);
        details.setOwner("MedNet IT Services");
        return details;
    }

    /** A demo device on the network, with the posture an installer typically leaves behind. */
    private static DeviceDetails networked(
            DeviceDetails details, String ip, String mac, Answer firewall, Answer backup, Answer patientData) {
        details.setIpAddresses(List.of(ip));
        details.setMacAddress(mac);
        details.setConnection(ConnectionType.WIRED);
        details.setStoresPatientData(patientData);
        details.getPosture().getFirewall().setState(firewall);
        details.getPosture().getBackup().setState(backup);
        details.setCriticality(patientData == Answer.YES ? Criticality.HIGH : Criticality.MEDIUM);
        return details;
    }

    private AppUser user(String username, String email, String name, Instant now) {
        return users.save(new AppUser(username, email, name, now));
    }

    private static DeviceDetails device(
            String name, String category, String manufacturer, String model, String serial, String location) {
        DeviceDetails details = new DeviceDetails();
        details.setName(name);
        details.setCategory(category);
        details.setManufacturer(manufacturer);
        details.setModel(model);
        details.setSerialNumber(serial);
        details.setLocation(location);
        details.setStatus(DeviceStatus.IN_SERVICE);
        return details;
    }

    @EventListener(ApplicationReadyEvent.class)
    void printLogins() {
        StringBuilder text = new StringBuilder("\n\n  DeviceWard is ready at http://localhost:" + port
                + "\n\n  Demo logins (password " + PASSWORD + "):\n");
        LOGINS.forEach(login -> text.append(String.format("    %-18s %s%n", login.username(), login.what())));
        log.info(text.toString());
    }
}
