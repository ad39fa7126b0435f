package io.deviceward.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ports, networks, the nmap reader, the ruleset (checked by the real nft) and the map drawing, without Spring. */
class PolicyUnitsTest {

    @Test
    void portsAreParsedSortedAndMerged() {
        assertThat(PortRanges.parse(" 443, 104,8000-8100, 8050-8200 ,105").toString())
                .isEqualTo("104-105,443,8000-8200");
        assertThat(PortRanges.parse("").isAll()).isTrue();
        assertThat(PortRanges.parse("104,443").covers(PortRanges.parse("443"))).isTrue();
        assertThat(PortRanges.parse("443").covers(PortRanges.ALL)).isFalse();
        assertThatThrownBy(() -> PortRanges.parse("70000")).hasMessageContaining("outside 1-65535");
        assertThatThrownBy(() -> PortRanges.parse("http")).hasMessageContaining("\"http\" is not a port");
    }

    @Test
    void networksOverlapWhenOneContainsTheOther() {
        assertThat(Cidrs.overlap(Cidrs.network("10.0.0.0/16"), Cidrs.network("10.0.5.0/24")))
                .isTrue();
        assertThat(Cidrs.overlap(Cidrs.network("10.0.0.0/24"), Cidrs.network("10.0.1.0/24")))
                .isFalse();
        assertThat(Cidrs.overlap(Cidrs.network("10.0.0.0/8"), Cidrs.network("fd00::/8")))
                .isFalse();
        assertThat(Cidrs.canonical("10.0.0.9/24")).isEqualTo("10.0.0.0/24");
        assertThatThrownBy(() -> Cidrs.network("10.0.0.1")).hasMessageContaining("not a network");
    }

    @Test
    void theNmapReaderKeepsOpenPortsOnly() {
        String xml = """
                <?xml version="1.0"?><!DOCTYPE nmaprun><nmaprun start="1764547200">
                <host><address addr="10.0.0.5" addrtype="ipv4"/><address addr="00:11:22:33:44:55" addrtype="mac"/>
                <ports><port protocol="tcp" portid="104"><state state="open"/></port>
                <port protocol="tcp" portid="22"><state state="filtered"/></port>
                <port protocol="udp" portid="161"><state state="open"/></port></ports></host>
                <host><address addr="10.0.0.6" addrtype="ipv4"/></host></nmaprun>""";
        NmapScan scan = NmapScan.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(scan.startedAt()).isEqualTo(Instant.parse("2025-12-01T00:00:00Z"));
        assertThat(scan.hosts()).hasSize(2);
        assertThat(scan.hosts().getFirst().open())
                .containsExactly(new NmapScan.Port(Protocol.TCP, 104), new NmapScan.Port(Protocol.UDP, 161));
        assertThatThrownBy(() -> NmapScan.read(new ByteArrayInputStream("<html/>".getBytes())))
                .hasMessageContaining("not an nmap XML file");
    }

    @Test
    void theRulesetOfSegmentsAndRulesPassesNftCheck() throws Exception {
        Segment staff = segment("Staff", SegmentPurpose.STAFF_WORKSTATIONS, "10.66.10.0/24", "fd00:66:10::/64");
        Segment clinical = segment("Clinical \"A\" – rooms", SegmentPurpose.CLINICAL_DEVICES, "10.66.20.0/24");
        List<FlowRule> rules = List.of(
                rule(
                        10,
                        Endpoint.segment(staff.getId()),
                        Endpoint.segment(clinical.getId()),
                        Protocol.TCP,
                        "104,8000-8100",
                        FlowAction.ALLOW),
                rule(20, Endpoint.segment(staff.getId()), Endpoint.INTERNET, Protocol.ANY, null, FlowAction.ALLOW),
                rule(30, Endpoint.INTERNET, Endpoint.segment(clinical.getId()), Protocol.ICMP, null, FlowAction.DENY),
                rule(
                        40,
                        Endpoint.segment(clinical.getId()),
                        Endpoint.segment(staff.getId()),
                        Protocol.UDP,
                        null,
                        FlowAction.ALLOW));
        String ruleset = new NftablesExport(new NetworkSnapshot(List.of(staff, clinical), rules, List.of())).ruleset();
        assertThat(ruleset)
                .contains(
                        "ip saddr 10.66.10.0/24 ip daddr 10.66.20.0/24 tcp dport { 104, 8000-8100 } accept comment \"rule 10: Staff -> Clinical _A_ - rooms: because\"")
                .contains("ip6 saddr fd00:66:10::/64 ip6 daddr != @internal6 accept")
                .contains("ip saddr != @internal4 ip daddr 10.66.20.0/24 meta l4proto icmp drop")
                .contains("ip saddr 10.66.20.0/24 ip daddr 10.66.10.0/24 meta l4proto udp accept")
                .contains(
                        "ip saddr 10.66.10.0/24 ip daddr 10.66.10.0/24 accept comment \"segment Staff is not isolated\"");
        Path file = Files.createTempFile("policy", ".nft");
        try {
            Files.writeString(file, ruleset);
            Process nft = new ProcessBuilder("nft", "-c", "-f", file.toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(nft.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(nft.waitFor()).as(out + "\n" + ruleset).isZero();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void theMapIsLaidOutAndDrawnWithLinks() throws Exception {
        UUID practice = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        SegmentMap map = new SegmentMap(
                List.of(
                        new SegmentMap.Node(
                                SegmentMap.key(a),
                                a,
                                "Staff & friends",
                                SegmentPurpose.STAFF_WORKSTATIONS,
                                3,
                                false,
                                false),
                        new SegmentMap.Node(SegmentMap.key(b), b, "Imaging", SegmentPurpose.IMAGING, 1, true, false),
                        new SegmentMap.Node(SegmentMap.INTERNET_KEY, null, "Internet", null, 0, false, false)),
                List.of(
                        new SegmentMap.Arrow(
                                SegmentMap.key(a), SegmentMap.key(b), List.of("tcp 104"), List.of(UUID.randomUUID())),
                        new SegmentMap.Arrow(
                                SegmentMap.key(a),
                                SegmentMap.INTERNET_KEY,
                                List.of("tcp 443"),
                                List.of(UUID.randomUUID()))));
        String svg = SegmentMapSvg.render(practice, map);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "segment-map-unit.svg"), svg); // to look at
        assertThat(svg)
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("href=\"practices/" + practice + "/segments/" + b + "\"")
                .contains("Staff &amp; friends")
                .contains("3 devices · not isolated")
                .contains(">tcp 104</text>")
                .contains("marker-end=\"url(#arrow)\"");
    }

    private static Segment segment(String name, SegmentPurpose purpose, String... cidrs) {
        Segment s = new Segment(Instant.now());
        SegmentDetails d = SegmentDetails.of(name, purpose, null, cidrs);
        s.apply(d, List.of(cidrs), null);
        return s;
    }

    private static FlowRule rule(
            int position, Endpoint from, Endpoint to, Protocol protocol, String ports, FlowAction action) {
        FlowRule r = new FlowRule(Instant.now());
        FlowRuleDetails d = action == FlowAction.ALLOW
                ? FlowRuleDetails.allow(from, to, protocol, ports, "because")
                : FlowRuleDetails.deny(from, to, protocol, ports);
        r.apply(d, protocol, ports == null ? null : PortRanges.parse(ports).toString(), position);
        return r;
    }
}
