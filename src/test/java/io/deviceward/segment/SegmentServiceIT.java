package io.deviceward.segment;

import static io.deviceward.support.Fixtures.device;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceService;
import io.deviceward.practice.Practice;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Segments and flow rules through the service: the rules it refuses, isolation between practices, roles. */
@IntegrationTest
class SegmentServiceIT {
    @Autowired
    Fixtures fixtures;

    @Autowired
    SegmentService segments;

    @Autowired
    FlowPolicy policy;

    @Autowired
    DeviceService devices;

    @Autowired
    JdbcTemplate jdbc;

    Practice practice;
    Practice other;
    AppUser manager;
    AppUser otherManager;
    AppUser auditor;

    @BeforeEach
    void practices() {
        practice = fixtures.practice(fixtures.provider());
        other = fixtures.practice(fixtures.provider());
        manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        otherManager = fixtures.memberOf(other, Role.PRACTICE_MANAGER);
        auditor = fixtures.memberOf(practice, Role.AUDITOR);
    }

    @Test
    void overlappingNetworksAreRefusedNamingTheOtherSegment() {
        create(SegmentDetails.of("Clinical devices", SegmentPurpose.CLINICAL_DEVICES, 20, "10.66.20.0/24"));

        assertThatThrownBy(() -> create(SegmentDetails.of("Imaging", SegmentPurpose.IMAGING, 30, "10.66.20.128/25")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("10.66.20.128/25 overlaps 10.66.20.0/24 of segment \"Clinical devices\"")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("cidrs");
        assertThatThrownBy(() -> create(SegmentDetails.of("Everything", SegmentPurpose.SERVERS, 40, "10.66.0.0/16")))
                .hasMessage("10.66.0.0/16 overlaps 10.66.20.0/24 of segment \"Clinical devices\"");
        assertThatThrownBy(() ->
                        create(SegmentDetails.of("Twice", SegmentPurpose.SERVERS, 41, "10.67.0.0/24", "10.67.0.64/26")))
                .hasMessage("10.67.0.64/26 overlaps 10.67.0.0/24");
        assertThatThrownBy(() -> create(SegmentDetails.of("Nonsense", SegmentPurpose.SERVERS, 42, "10.66.300.0/24")))
                .hasMessageContaining("10.66.300.0/24");

        // IPv6 beside IPv4 is no overlap; host bits are cleared.
        Segment imaging =
                create(SegmentDetails.of("Imaging", SegmentPurpose.IMAGING, 30, "10.66.30.7/24", "FD00:66:30::/64"));
        assertThat(imaging.getCidrs()).containsExactly("10.66.30.0/24", "fd00:66:30::/64");
        assertThat(imaging.isIsolated()).isTrue();
        // The same network in another practice is that practice's business.
        SignIn.as(
                otherManager.getId(),
                () -> segments.createSegment(
                        other.getId(),
                        SegmentDetails.of("Clinical devices", SegmentPurpose.CLINICAL_DEVICES, 20, "10.66.20.0/24")));
    }

    @Test
    void aVlanUsedTwiceIsRefusedNamingTheOtherSegment() {
        create(SegmentDetails.of("Staff", SegmentPurpose.STAFF_WORKSTATIONS, 10, "10.66.10.0/24"));

        assertThatThrownBy(
                        () -> create(SegmentDetails.of("Printers", SegmentPurpose.PRINTERS_IOT, 10, "10.66.50.0/24")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("VLAN 10 is already used by segment \"Staff\"")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("vlanId");
        assertThatThrownBy(() -> create(SegmentDetails.of("Internet", SegmentPurpose.SERVERS, 11, "10.66.11.0/24")))
                .hasMessageContaining("built in");
    }

    @Test
    void theGatewayLiesInTheSegmentsNetworks() {
        SegmentDetails details = SegmentDetails.of("Staff", SegmentPurpose.STAFF_WORKSTATIONS, 10, "10.66.10.0/24");
        details.setGateway("10.66.11.1");
        assertThatThrownBy(() -> create(details)).hasMessageContaining("10.66.11.1 is not in the segment's networks");
        details.setGateway("10.66.10.1");
        assertThat(create(details).getGateway()).isEqualTo("10.66.10.1");
    }

    @Test
    void anotherPracticesSegmentsAndRulesAreNotFound() {
        Segment theirs = SignIn.as(
                otherManager.getId(),
                () -> segments.createSegment(
                        other.getId(), SegmentDetails.of("Theirs", SegmentPurpose.SERVERS, 40, "10.66.40.0/24")));
        FlowRule theirRule = SignIn.as(
                otherManager.getId(),
                () -> policy.createRule(
                        other.getId(),
                        FlowRuleDetails.allow(
                                Endpoint.segment(theirs.getId()), Endpoint.INTERNET, Protocol.TCP, "443", "Updates")));

        assertThatThrownBy(
                        () -> SignIn.as(manager.getId(), () -> segments.getSegment(practice.getId(), theirs.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignIn.as(manager.getId(), () -> segments.getSegment(other.getId(), theirs.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignIn.as(
                        manager.getId(),
                        () -> segments.updateSegment(
                                practice.getId(), theirs.getId(), theirs.getVersion(), SegmentDetails.of(theirs))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        SignIn.run(manager.getId(), () -> segments.deleteSegment(practice.getId(), theirs.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignIn.as(manager.getId(), () -> policy.getRule(practice.getId(), theirRule.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () -> SignIn.run(manager.getId(), () -> policy.deleteRule(practice.getId(), theirRule.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(SignIn.as(manager.getId(), () -> segments.listSegments(practice.getId())))
                .isEmpty();
        // A rule of this practice cannot name the other practice's segment.
        assertThatThrownBy(() -> SignIn.as(
                        manager.getId(),
                        () -> policy.createRule(
                                practice.getId(),
                                FlowRuleDetails.allow(
                                        Endpoint.INTERNET,
                                        Endpoint.segment(theirs.getId()),
                                        Protocol.TCP,
                                        "443",
                                        "x"))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("destination.id");
        // Nor can a device of this practice be placed in it: a field error, and the device stays where it was.
        Device mine = SignIn.as(manager.getId(), () -> devices.create(practice.getId(), device("Mine", null)));
        assertThatThrownBy(() -> SignIn.as(
                        manager.getId(),
                        () -> devices.changeSegment(practice.getId(), Set.of(mine.getId()), theirs.getId())))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("segmentId");
        assertThat(SignIn.as(manager.getId(), () -> devices.get(practice.getId(), mine.getId()))
                        .getSegmentId())
                .isNull();
    }

    @Test
    void anAuditorReadsButCannotChangeTheMap() {
        Segment staff = create(SegmentDetails.of("Staff", SegmentPurpose.STAFF_WORKSTATIONS, 10, "10.66.10.0/24"));

        assertThat(SignIn.as(auditor.getId(), () -> segments.listSegments(practice.getId())))
                .extracting(Segment::getName)
                .containsExactly("Staff");
        assertThatThrownBy(() -> SignIn.as(
                        auditor.getId(),
                        () -> segments.createSegment(
                                practice.getId(),
                                SegmentDetails.of("Mine", SegmentPurpose.SERVERS, 40, "10.66.40.0/24"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        SignIn.run(auditor.getId(), () -> segments.deleteSegment(practice.getId(), staff.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignIn.as(
                        auditor.getId(),
                        () -> policy.createRule(
                                practice.getId(),
                                FlowRuleDetails.allow(
                                        Endpoint.segment(staff.getId()),
                                        Endpoint.INTERNET,
                                        Protocol.TCP,
                                        "443",
                                        "Web"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignIn.as(
                        auditor.getId(), () -> segments.applyTemplate(practice.getId(), StarterTemplate.DENTAL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignIn.as(auditor.getId(), () -> segments.recordReview(practice.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAllowNeedsAJustificationAndPortsOnlyForTcpAndUdp() {
        Segment staff = create(SegmentDetails.of("Staff", SegmentPurpose.STAFF_WORKSTATIONS, 10, "10.66.10.0/24"));
        FlowRuleDetails noReason =
                FlowRuleDetails.allow(Endpoint.segment(staff.getId()), Endpoint.INTERNET, Protocol.TCP, "443", " ");
        assertThatThrownBy(() -> rule(noReason))
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("justification");
        FlowRuleDetails icmpPorts =
                FlowRuleDetails.allow(Endpoint.segment(staff.getId()), Endpoint.INTERNET, Protocol.ICMP, "7", "Ping");
        assertThatThrownBy(() -> rule(icmpPorts))
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("ports");
        FlowRuleDetails badPorts =
                FlowRuleDetails.allow(Endpoint.segment(staff.getId()), Endpoint.INTERNET, Protocol.TCP, "80-70", "Web");
        assertThatThrownBy(() -> rule(badPorts)).hasMessageContaining("ends before it starts");

        FlowRuleDetails dicom = new FlowRuleDetails();
        dicom.setSource(Endpoint.segment(staff.getId()));
        dicom.setDestination(Endpoint.INTERNET);
        dicom.setAction(FlowAction.ALLOW);
        dicom.setService(NamedService.DICOM);
        dicom.setJustification("Teleradiology");
        FlowRule saved = rule(dicom);
        assertThat(saved.getProtocol()).isEqualTo(Protocol.TCP);
        assertThat(saved.getPorts()).isEqualTo("104,11112");
        assertThat(saved.getPosition()).isEqualTo(10);

        FlowRuleDetails samePosition =
                FlowRuleDetails.deny(Endpoint.segment(staff.getId()), Endpoint.INTERNET, Protocol.ANY, null);
        samePosition.setPosition(10);
        assertThatThrownBy(() -> rule(samePosition))
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("position");
    }

    @Test
    void devicesAreOfferedToTheSegmentTheirAddressFitsAndEveryChangeIsAudited() {
        Segment clinical =
                create(SegmentDetails.of("Clinical devices", SegmentPurpose.CLINICAL_DEVICES, 20, "10.66.20.0/24"));
        create(SegmentDetails.of("Staff", SegmentPurpose.STAFF_WORKSTATIONS, 10, "10.66.10.0/24"));
        Device monitor = deviceAt("Monitor 1", "10.66.20.11");
        deviceAt("Monitor 2", "10.66.20.12");
        deviceAt("Elsewhere", "192.168.1.5");

        List<Placement> placements = SignIn.as(manager.getId(), () -> segments.placements(practice.getId()));
        assertThat(placements).hasSize(1);
        assertThat(placements.getFirst().sentence()).isEqualTo("2 devices fit Clinical devices by their address");

        assertThat(SignIn.as(manager.getId(), () -> segments.placeByAddress(practice.getId(), clinical.getId())))
                .isEqualTo(2);
        assertThat(SignIn.as(
                        manager.getId(),
                        () -> devices.get(practice.getId(), monitor.getId()).getSegmentId()))
                .isEqualTo(clinical.getId());
        assertThat(SignIn.as(manager.getId(), () -> segments.placements(practice.getId())))
                .isEmpty();

        // Deleting the segment takes its devices out first, each change in the trail.
        SignIn.run(manager.getId(), () -> segments.deleteSegment(practice.getId(), clinical.getId()));
        assertThat(SignIn.as(
                        manager.getId(),
                        () -> devices.get(practice.getId(), monitor.getId()).getSegmentId()))
                .isNull();
        assertThat(jdbc.queryForList(
                        "select action from audit_entry where scope_id = ? and object_id = ? order by seq",
                        String.class,
                        practice.getId(),
                        clinical.getId().toString()))
                .hasSize(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where scope_id = ? and object_id = ?",
                        Integer.class,
                        practice.getId(),
                        monitor.getId().toString()))
                .isEqualTo(3); // created, placed, taken out
    }

    @Test
    void aStarterTemplateFillsAnEmptyMapOnly() {
        assertThat(SignIn.as(manager.getId(), () -> segments.applyTemplate(practice.getId(), StarterTemplate.DENTAL)))
                .isEqualTo(7);
        assertThat(SignIn.as(manager.getId(), () -> policy.listRules(practice.getId())))
                .hasSize(10);
        assertThatThrownBy(() -> SignIn.as(
                        manager.getId(), () -> segments.applyTemplate(practice.getId(), StarterTemplate.MEDICAL)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(SignIn.as(
                        otherManager.getId(), () -> segments.applyTemplate(other.getId(), StarterTemplate.MEDICAL)))
                .isEqualTo(8);
    }

    private Segment create(SegmentDetails details) {
        return SignIn.as(manager.getId(), () -> segments.createSegment(practice.getId(), details));
    }

    private FlowRule rule(FlowRuleDetails details) {
        return SignIn.as(manager.getId(), () -> policy.createRule(practice.getId(), details));
    }

    private Device deviceAt(String name, String ip) {
        DeviceDetails d = device(name, "SN-" + UUID.randomUUID());
        d.setIpAddresses(List.of(ip));
        return SignIn.as(manager.getId(), () -> devices.create(practice.getId(), d));
    }
}
