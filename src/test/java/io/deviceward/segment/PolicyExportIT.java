package io.deviceward.segment;

import static io.deviceward.support.Fixtures.device;
import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceService;
import io.deviceward.practice.Practice;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The exported policy: an nftables ruleset the real {@code nft -c -f} accepts, and the CSV. */
@IntegrationTest
class PolicyExportIT {
    @Autowired
    Fixtures fixtures;

    @Autowired
    SegmentService segments;

    @Autowired
    FlowPolicy policy;

    @Autowired
    DeviceService devices;

    @Test
    void theRulesetOfATemplatePracticePassesNftCheck() throws Exception {
        Practice practice = fixtures.practice(fixtures.provider());
        AppUser manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        UUID p = practice.getId();
        SignIn.run(manager.getId(), () -> {
            segments.applyTemplate(p, StarterTemplate.MEDICAL);
            Segment v6 = segments.createSegment(
                    p,
                    SegmentDetails.of(
                            "Lab (IPv6)", SegmentPurpose.CLINICAL_DEVICES, 60, "fd00:66:60::/64", "10.20.60.0/24"));
            DeviceDetails analyser = device("Blood analyser \"Cobas\" – room 3", "SN-" + UUID.randomUUID());
            analyser.setIpAddresses(List.of("fd00:66:60::10"));
            Device a = devices.create(p, analyser);
            devices.changeSegment(p, Set.of(a.getId()), v6.getId());
            Segment servers = segments.listSegments(p).stream()
                    .filter(s -> s.getName().equals("Servers"))
                    .findFirst()
                    .orElseThrow();
            policy.createRule(
                    p,
                    FlowRuleDetails.allow(
                            Endpoint.device(a.getId()),
                            Endpoint.segment(servers.getId()),
                            Protocol.TCP,
                            "2575,8000-8100",
                            "Results to the lab system"));
            policy.createRule(
                    p,
                    FlowRuleDetails.allow(
                            Endpoint.segment(v6.getId()),
                            Endpoint.INTERNET,
                            Protocol.ICMP,
                            null,
                            "Path MTU discovery"));
            policy.createRule(
                    p, FlowRuleDetails.deny(Endpoint.INTERNET, Endpoint.segment(v6.getId()), Protocol.ANY, null));
        });

        String ruleset = SignIn.as(manager.getId(), () -> policy.nftablesRuleset(p));
        assertThat(ruleset)
                .contains("type filter hook forward priority filter; policy drop;")
                .contains("ct state established,related accept")
                .contains(
                        "ip saddr 10.20.20.0/24 ip daddr 10.20.40.0/24 tcp dport 2575 accept comment \"rule 10: Clinical devices -> Servers: Monitors and analysers send results (HL7)\"")
                .contains("ip saddr 10.20.90.0/24 ip daddr != @internal4 tcp dport 443 accept")
                // The analyser has only an IPv6 address, the servers only IPv4 networks: no rule can match, said so.
                .contains("# rule 120 has no addresses to match: not enforced")
                .contains("ip6 saddr fd00:66:60::/64 ip6 daddr != @internal6 meta l4proto ipv6-icmp accept")
                .contains("ip6 saddr != @internal6 ip6 daddr fd00:66:60::/64 drop");
        Path file = Files.createTempFile("deviceward-policy", ".nft");
        try {
            Files.writeString(file, ruleset, StandardCharsets.UTF_8);
            Process nft = new ProcessBuilder("nft", "-c", "-f", file.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(nft.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(nft.waitFor()).as(output + "\n" + ruleset).isZero();
        } finally {
            Files.deleteIfExists(file);
        }

        String csv = SignIn.as(manager.getId(), () -> policy.policyCsv(p));
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo(
                        "position,action,sourceKind,source,destinationKind,destination,protocol,ports,service,justification,owner,reviewDue");
        assertThat(csv)
                .contains(
                        "10,ALLOW,SEGMENT,Clinical devices,SEGMENT,Servers,tcp,2575,HL7 / MLLP,Monitors and analysers send results (HL7),IT provider,");
        assertThat(csv.lines().count()).isEqualTo(1 + 14);
    }
}
