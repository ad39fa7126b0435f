package io.deviceward.segment;

import static io.deviceward.support.Fixtures.device;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.device.Answer;
import io.deviceward.device.ConnectionType;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceService;
import io.deviceward.device.RemoteAccess;
import io.deviceward.practice.Practice;
import io.deviceward.shared.finding.Finding;
import io.deviceward.shared.finding.FindingSource;
import io.deviceward.shared.finding.Severity;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import io.deviceward.support.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The findings of a small fixture practice, each one of them, recomputed from the data on every call. */
@IntegrationTest
class SegmentFindingsIT {
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
    List<FindingSource> sources;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theFixturePracticesFindingsAreExactlyTheExpectedOnes() {
        Practice practice = fixtures.practice(fixtures.provider());
        AppUser manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        UUID p = practice.getId();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

        SignIn.run(manager.getId(), () -> {
            Segment guest = segments.createSegment(
                    p, SegmentDetails.of("Guest Wi-Fi", SegmentPurpose.GUEST_WIFI, 90, "10.66.90.0/24"));
            Segment staff = segments.createSegment(
                    p, SegmentDetails.of("Staff", SegmentPurpose.STAFF_WORKSTATIONS, 10, "10.66.10.0/24"));
            Segment imaging = segments.createSegment(
                    p, SegmentDetails.of("Imaging", SegmentPurpose.IMAGING, 30, "10.66.30.0/24"));
            SegmentDetails treatment =
                    SegmentDetails.of("Treatment rooms", SegmentPurpose.CLINICAL_DEVICES, 20, "10.66.20.0/24");
            treatment.setIsolated(false);
            Segment rooms = segments.createSegment(p, treatment);
            Segment vendor = segments.createSegment(
                    p, SegmentDetails.of("Vendor access", SegmentPurpose.VENDOR_ACCESS, 99, "10.66.99.0/24"));

            Device xray = deviceAt(p, "Intraoral X-ray", "IMAGING", "10.66.30.10", Answer.YES, null);
            Device monitor = deviceAt(p, "Patient monitor", "PATIENT_MONITOR", "10.66.20.11", Answer.NO, null);
            Device laptop = deviceAt(p, "Laptop", "WORKSTATION", "10.66.10.77", Answer.NO, null);
            deviceAt(p, "Autoclave", "AUTOCLAVE", "192.168.5.5", Answer.NO, null);
            deviceAt(p, "Dental chair 2", "DENTAL_CHAIR", null, Answer.NO, RemoteAccess.PERMANENT);
            devices.changeSegment(p, Set.of(xray.getId()), imaging.getId());
            devices.changeSegment(p, Set.of(monitor.getId(), laptop.getId()), rooms.getId());

            policy.createRule(
                    p,
                    FlowRuleDetails.allow(
                            Endpoint.segment(guest.getId()),
                            Endpoint.segment(staff.getId()),
                            Protocol.TCP,
                            "3389",
                            "Remote desktop for the visiting dentist"));
            FlowRuleDetails dicom = FlowRuleDetails.allow(
                    Endpoint.segment(staff.getId()),
                    Endpoint.segment(imaging.getId()),
                    Protocol.TCP,
                    "104",
                    "Viewing X-rays");
            policy.createRule(p, dicom);
            FlowRuleDetails web = FlowRuleDetails.allow(
                    Endpoint.segment(staff.getId()), Endpoint.INTERNET, Protocol.ANY, null, "Web");
            web.setReviewDue(today.minusDays(1));
            policy.createRule(p, web);
            FlowRule updates = policy.createRule(
                    p,
                    FlowRuleDetails.allow(
                            Endpoint.segment(vendor.getId()), Endpoint.INTERNET, Protocol.TCP, "443", "Vendor portal"));
            // A justification lost outside the service (a restored backup, a script): the finding still tells.
            jdbc.update("update flow_rule set justification = null where id = ?", updates.getId());
        });

        List<Finding> findings = SignIn.as(manager.getId(), () -> findingSource.findings(p));
        assertThat(findings)
                .extracting(Finding::kind, Finding::severity, Finding::message)
                .containsExactly(
                        tuple(
                                "segment.patient-data-reachable-from-guest",
                                Severity.CRITICAL,
                                "Intraoral X-ray stores patient data and can be reached from Guest Wi-Fi through Staff: allow only the flows it needs"),
                        tuple(
                                "segment.device-outside-segment",
                                Severity.HIGH,
                                "Laptop has the address 10.66.10.77, outside its segment Treatment rooms (10.66.20.0/24)"),
                        tuple(
                                "segment.allow-any-rule",
                                Severity.HIGH,
                                "Rule 30 (Staff → Internet, any) allows all traffic: name the protocols and ports it needs"),
                        tuple(
                                "segment.permanent-vendor-access",
                                Severity.HIGH,
                                "The vendor has permanent remote access to Dental chair 2: give access on request, for the time of the work"),
                        tuple(
                                "segment.clinical-devices-not-isolated",
                                Severity.HIGH,
                                "Treatment rooms holds 1 clinical device but is not isolated: its devices can reach each other"),
                        tuple("segment.device-without-segment", Severity.MEDIUM, "Autoclave is in no network segment"),
                        tuple(
                                "segment.rule-review-overdue",
                                Severity.MEDIUM,
                                "Rule 30 (Staff → Internet, any) was due for review on " + today.minusDays(1)),
                        tuple(
                                "segment.allow-without-justification",
                                Severity.MEDIUM,
                                "Rule 40 (Vendor access → Internet, tcp 443) has no justification"),
                        tuple("segment.map-not-reviewed", Severity.MEDIUM, "The segment map has never been reviewed"));
        assertThat(findings).allSatisfy(f -> assertThat(f.fixPath()).startsWith("practices/" + p + "/"));
        // The bean the overviews collect gives the same list.
        assertThat(SignIn.as(
                        manager.getId(),
                        () -> sources.stream()
                                .filter(s -> s instanceof SegmentFindingSource)
                                .findFirst()
                                .orElseThrow()
                                .findings(p)))
                .isEqualTo(findings);

        // A review clears that finding for 12 months; a year and a month later it is back.
        SignIn.run(manager.getId(), () -> segments.recordReview(p));
        assertThat(SignIn.as(manager.getId(), () -> findingSource.findings(p)))
                .extracting(Finding::kind)
                .doesNotContain("segment.map-not-reviewed");
        clock.advance(Duration.ofDays(400));
        assertThat(SignIn.as(manager.getId(), () -> findingSource.findings(p)))
                .extracting(Finding::message)
                .contains("The segment map was last reviewed on " + today + ", more than 12 months ago");
    }

    private Device deviceAt(
            UUID practiceId, String name, String category, String ip, Answer patientData, RemoteAccess remote) {
        DeviceDetails d = device(name, "SN-" + UUID.randomUUID());
        d.setCategory(category);
        if (ip != null) {
            d.setIpAddresses(List.of(ip));
            d.setConnection(ConnectionType.WIRED);
        }
        d.setStoresPatientData(patientData);
        d.setRemoteAccess(remote);
        return devices.create(practiceId, d);
    }
}
