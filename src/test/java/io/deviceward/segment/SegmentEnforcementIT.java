package io.deviceward.segment;

import static io.deviceward.support.Fixtures.device;
import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.device.Answer;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceService;
import io.deviceward.practice.Practice;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The generated ruleset enforces the policy in a real kernel: network namespaces for the segments' hosts and
 * the Internet, a router namespace loaded with the ruleset, and TCP connections that must (or must not) get
 * through. Runs as root (as CI does); every address exists only inside the test's own namespaces.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SegmentEnforcementIT {
    static final String CLINICAL_1 = "10.66.20.11";
    static final String CLINICAL_2 = "10.66.20.12";
    static final String STAFF_1 = "10.66.10.11";
    static final String STAFF_UNREGISTERED = "10.66.10.99";
    static final String GUEST_1 = "10.66.90.11";
    static final String INTERNET_HOST = "10.66.200.10";
    static final int VIEWER = 8104;
    static final int WEB = 8443;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SegmentService segments;

    @Autowired
    SegmentFindingSource findingSource;

    @Autowired
    FlowPolicy policy;

    @Autowired
    DeviceService devices;

    @Autowired
    ScanChecks scanChecks;

    Practice practice;
    AppUser manager;
    Segment guest;
    NetworkLab lab;
    String ruleset;

    @BeforeAll
    void practiceAndNetwork() throws Exception {
        practice = fixtures.practice(fixtures.provider());
        manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        UUID p = practice.getId();
        SignIn.run(manager.getId(), () -> {
            Segment clinical = segments.createSegment(
                    p,
                    withGateway(
                            SegmentDetails.of("Clinical devices", SegmentPurpose.CLINICAL_DEVICES, 20, "10.66.20.0/24"),
                            "10.66.20.1"));
            Segment staff = segments.createSegment(
                    p,
                    withGateway(
                            SegmentDetails.of("Staff", SegmentPurpose.STAFF_WORKSTATIONS, 10, "10.66.10.0/24"),
                            "10.66.10.1"));
            guest = segments.createSegment(
                    p,
                    withGateway(
                            SegmentDetails.of("Guest Wi-Fi", SegmentPurpose.GUEST_WIFI, 90, "10.66.90.0/24"),
                            "10.66.90.1"));
            Device monitor = deviceAt(p, "Patient monitor", CLINICAL_1, Answer.YES);
            Device pump = deviceAt(p, "Infusion pump", CLINICAL_2, Answer.NO);
            Device desk = deviceAt(p, "Front desk PC", STAFF_1, Answer.NO);
            devices.changeSegment(p, Set.of(monitor.getId(), pump.getId()), clinical.getId());
            devices.changeSegment(p, Set.of(desk.getId()), staff.getId());
            policy.createRule(
                    p,
                    FlowRuleDetails.allow(
                            Endpoint.segment(staff.getId()),
                            Endpoint.segment(clinical.getId()),
                            Protocol.TCP,
                            String.valueOf(VIEWER),
                            "Staff view the monitors' trends"));
            policy.createRule(
                    p,
                    FlowRuleDetails.allow(
                            Endpoint.segment(guest.getId()),
                            Endpoint.INTERNET,
                            Protocol.TCP,
                            String.valueOf(WEB),
                            "Internet for patients"));
            policy.createRule(
                    p,
                    FlowRuleDetails.allow(
                            Endpoint.segment(staff.getId()),
                            Endpoint.INTERNET,
                            Protocol.TCP,
                            String.valueOf(WEB),
                            "Web for staff"));
        });
        ruleset = SignIn.as(manager.getId(), () -> policy.nftablesRuleset(p));

        lab = new NetworkLab(); // removed in @AfterAll, also when what follows fails
        lab.host("clin1", CLINICAL_1, "10.66.20.1");
        lab.host("clin2", CLINICAL_2, "10.66.20.1");
        lab.host("staff1", STAFF_1, "10.66.10.1");
        lab.host("staff9", STAFF_UNREGISTERED, "10.66.10.1");
        lab.host("guest1", GUEST_1, "10.66.90.1");
        lab.host("inet", INTERNET_HOST, "10.66.200.1");
        lab.listen("clin1", CLINICAL_1, VIEWER);
        lab.listen("clin2", CLINICAL_2, VIEWER);
        lab.listen("staff1", STAFF_1, VIEWER);
        lab.listen("staff9", STAFF_UNREGISTERED, VIEWER);
        lab.listen("inet", INTERNET_HOST, WEB);
        lab.listen("inet", INTERNET_HOST, VIEWER);
        lab.loadRuleset(ruleset);
    }

    @AfterAll
    void removeNetwork() {
        if (lab != null) lab.close();
    }

    @Test
    void eachAllowedFlowConnects() throws Exception {
        assertThat(lab.connects("staff1", CLINICAL_1, VIEWER))
                .as("staff -> clinical viewer")
                .isTrue();
        assertThat(lab.connects("staff1", CLINICAL_2, VIEWER))
                .as("staff -> second clinical device")
                .isTrue();
        assertThat(lab.connects("guest1", INTERNET_HOST, WEB))
                .as("guest -> internet web")
                .isTrue();
        assertThat(lab.connects("staff1", INTERNET_HOST, WEB))
                .as("staff -> internet web")
                .isTrue();
        // Staff is not isolated: its hosts reach each other through the router.
        assertThat(lab.connects("staff9", STAFF_1, VIEWER))
                .as("inside a segment that is not isolated")
                .isTrue();
    }

    @Test
    void whatThePolicyDoesNotAllowIsDropped() throws Exception {
        assertThat(lab.connects("clin2", CLINICAL_1, VIEWER))
                .as("device to device inside an isolated segment")
                .isFalse();
        assertThat(lab.connects("guest1", CLINICAL_1, VIEWER))
                .as("guest Wi-Fi to a patient-data device")
                .isFalse();
        assertThat(lab.connects("guest1", STAFF_1, VIEWER))
                .as("guest Wi-Fi to staff")
                .isFalse();
        assertThat(lab.connects("inet", CLINICAL_1, VIEWER))
                .as("internet to a clinical device")
                .isFalse();
        assertThat(lab.connects("inet", STAFF_1, VIEWER))
                .as("internet to staff")
                .isFalse();
        assertThat(lab.connects("staff1", INTERNET_HOST, VIEWER))
                .as("staff to the internet on a port not allowed")
                .isFalse();
        assertThat(lab.connects("clin1", INTERNET_HOST, WEB))
                .as("clinical to the internet")
                .isFalse();
    }

    @Test
    void aScanFromGuestWiFiFindsNoViolationWithTheRulesetAndNamesThemWithout() throws Exception {
        ScanCheck enforced = importScan();
        assertThat(enforced.getViolations())
                .as(String.join("\n", enforced.getMessages()))
                .isZero();
        assertThat(enforced.getUnregistered()).isZero();
        assertThat(enforced.getHostsScanned()).isEqualTo(4);

        lab.flushRuleset();
        try {
            ScanCheck open = importScan();
            assertThat(open.getMessages())
                    .contains(
                            "From Guest Wi-Fi, Patient monitor answered on tcp/" + VIEWER
                                    + ": the firewall does not enforce the policy",
                            "From Guest Wi-Fi, Front desk PC answered on tcp/" + VIEWER
                                    + ": the firewall does not enforce the policy",
                            "Unregistered device in Staff: " + STAFF_UNREGISTERED + " answered on tcp/" + VIEWER);
            assertThat(open.getMessages()).noneMatch(m -> m.contains(INTERNET_HOST + " answered on tcp/" + WEB));
            assertThat(SignIn.as(manager.getId(), () -> findingSource.findings(practice.getId())))
                    .extracting(f -> f.message())
                    .contains("From Guest Wi-Fi, Patient monitor answered on tcp/" + VIEWER
                            + ": the firewall does not enforce the policy");
            // Kept as evidence, with the scan's own date.
            assertThat(SignIn.as(manager.getId(), () -> scanChecks.list(practice.getId())))
                    .extracting(ScanCheck::getId)
                    .contains(enforced.getId(), open.getId());
        } finally {
            lab.loadRuleset(ruleset);
        }
    }

    private ScanCheck importScan() throws Exception {
        Path out = Files.createTempFile("guest-scan", ".xml");
        try {
            lab.inHost(
                    "guest1",
                    List.of(
                            "nmap",
                            "-Pn",
                            "-sT",
                            "-n",
                            "-T4",
                            "--max-retries",
                            "1",
                            "--host-timeout",
                            "30s",
                            "-p",
                            VIEWER + "," + WEB,
                            "-oX",
                            out.toString(),
                            CLINICAL_1,
                            CLINICAL_2,
                            STAFF_1,
                            STAFF_UNREGISTERED));
            byte[] xml = Files.readAllBytes(out);
            return SignIn.as(
                    manager.getId(),
                    () -> scanChecks.check(
                            practice.getId(), guest.getId(), "guest.xml", new ByteArrayInputStream(xml)));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static SegmentDetails withGateway(SegmentDetails details, String gateway) {
        details.setGateway(gateway);
        return details;
    }

    private Device deviceAt(UUID p, String name, String ip, Answer patientData) {
        DeviceDetails d = device(name, "SN-" + UUID.randomUUID());
        d.setIpAddresses(List.of(ip));
        d.setStoresPatientData(patientData);
        return devices.create(p, d);
    }
}
