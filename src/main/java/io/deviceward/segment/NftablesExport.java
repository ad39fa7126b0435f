package io.deviceward.segment;

import inet.ipaddr.IPAddress;
import io.deviceward.device.Device;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The flow rules as one nftables table for the practice's router: a forward chain whose policy is drop,
 * established and related traffic accepted, then one rule per flow rule in order (per address family it
 * has addresses in), each with a comment naming the rule and its justification, and last the traffic
 * inside each segment that is not isolated. The Internet is every address outside the practice's segments.
 */
final class NftablesExport {
    static final String TABLE = "deviceward";
    private static final int COMMENT_MAX = 120;

    private final NetworkSnapshot snapshot;
    private final Map<UUID, Segment> segments;
    private final Map<UUID, Device> devices;

    NftablesExport(NetworkSnapshot snapshot) {
        this.snapshot = snapshot;
        this.segments = snapshot.segmentsById();
        this.devices = snapshot.devicesById();
    }

    enum Family {
        V4("ip", "internal4", "ipv4_addr", "icmp"),
        V6("ip6", "internal6", "ipv6_addr", "ipv6-icmp");

        final String match;
        final String set;
        final String type;
        final String icmp;

        Family(String match, String set, String type, String icmp) {
            this.match = match;
            this.set = set;
            this.type = type;
            this.icmp = icmp;
        }

        boolean holds(IPAddress address) {
            return this == V4 ? address.isIPv4() : address.isIPv6();
        }
    }

    String ruleset() {
        StringBuilder out = new StringBuilder();
        out.append("#!/usr/sbin/nft -f\n");
        out.append("# DeviceWard segment policy: load on the practice's router with nft -f\n");
        out.append("table inet ").append(TABLE).append("\n");
        out.append("delete table inet ").append(TABLE).append("\n\n");
        out.append("table inet ").append(TABLE).append(" {\n");
        for (Family family : Family.values()) {
            List<String> internal = internal(family);
            out.append("    set ").append(family.set).append(" {\n");
            out.append("        type ").append(family.type).append("\n");
            out.append("        flags interval\n");
            if (!internal.isEmpty()) {
                out.append("        elements = { ")
                        .append(String.join(", ", internal))
                        .append(" }\n");
            }
            out.append("    }\n\n");
        }
        out.append("    chain forward {\n");
        out.append("        type filter hook forward priority filter; policy drop;\n");
        out.append("        ct state established,related accept\n");
        out.append("        ct state invalid drop\n");
        for (FlowRule rule : snapshot.rules()) {
            List<String> lines = lines(rule);
            if (lines.isEmpty()) {
                out.append("        # rule ")
                        .append(rule.getPosition())
                        .append(" has no addresses to match: not enforced\n");
            }
            lines.forEach(l -> out.append("        ").append(l).append("\n"));
        }
        for (Segment s : snapshot.segments()) {
            if (s.isIsolated()) continue;
            for (Family family : Family.values()) {
                List<String> cidrs = cidrs(s, family);
                if (cidrs.isEmpty()) continue;
                out.append("        ")
                        .append(family.match)
                        .append(" saddr ")
                        .append(set(cidrs))
                        .append(' ')
                        .append(family.match)
                        .append(" daddr ")
                        .append(set(cidrs))
                        .append(" accept comment ")
                        .append(comment("segment " + s.getName() + " is not isolated"))
                        .append("\n");
            }
        }
        out.append("    }\n");
        out.append("}\n");
        return out.toString();
    }

    private List<String> lines(FlowRule rule) {
        List<String> lines = new ArrayList<>();
        for (Family family : Family.values()) {
            String from = match(rule.getSource(), family, "saddr");
            String to = match(rule.getDestination(), family, "daddr");
            if (from == null || to == null) continue;
            List<String> parts = new ArrayList<>();
            if (!from.isEmpty()) parts.add(from);
            if (!to.isEmpty()) parts.add(to);
            String traffic = traffic(rule, family);
            if (!traffic.isEmpty()) parts.add(traffic);
            parts.add(rule.getAction() == FlowAction.ALLOW ? "accept" : "drop");
            parts.add("comment " + comment(commentText(rule)));
            lines.add(String.join(" ", parts));
        }
        return lines;
    }

    /** The address match of one side, "" for the Internet when the practice has no networks, null when none. */
    private @Nullable String match(Endpoint endpoint, Family family, String direction) {
        return switch (endpoint.kind()) {
            case INTERNET -> family.match + " " + direction + " != @" + family.set;
            case SEGMENT -> {
                Segment s = endpoint.id() == null ? null : segments.get(endpoint.id());
                List<String> cidrs = s == null ? List.of() : cidrs(s, family);
                yield cidrs.isEmpty() ? null : family.match + " " + direction + " " + set(cidrs);
            }
            case DEVICE -> {
                Device d = endpoint.id() == null ? null : devices.get(endpoint.id());
                List<String> ips = d == null
                        ? List.of()
                        : d.getIpAddresses().stream()
                                .map(Cidrs::host)
                                .flatMap(Optional::stream)
                                .filter(family::holds)
                                .map(IPAddress::toCanonicalString)
                                .toList();
                yield ips.isEmpty() ? null : family.match + " " + direction + " " + set(ips);
            }
            case null -> null;
        };
    }

    private static String traffic(FlowRule rule, Family family) {
        PortRanges ports = rule.portRanges();
        return switch (rule.getProtocol()) {
            case TCP, UDP ->
                ports.isAll()
                        ? "meta l4proto " + rule.getProtocol().label()
                        : rule.getProtocol().label() + " dport "
                                + set(ports.ranges().stream()
                                        .map(PortRanges.Range::toString)
                                        .toList());
            case ICMP -> "meta l4proto " + family.icmp;
            case ANY -> "";
        };
    }

    private List<String> internal(Family family) {
        return snapshot.segments().stream()
                .flatMap(s -> cidrs(s, family).stream())
                .sorted()
                .toList();
    }

    private static List<String> cidrs(Segment s, Family family) {
        return s.getCidrs().stream().filter(c -> family.holds(Cidrs.network(c))).toList();
    }

    private static String set(List<String> elements) {
        return elements.size() == 1 ? elements.getFirst() : "{ " + String.join(", ", elements) + " }";
    }

    private String commentText(FlowRule rule) {
        String text = "rule " + rule.getPosition() + ": " + snapshot.nameOf(rule.getSource()) + " -> "
                + snapshot.nameOf(rule.getDestination());
        if (rule.getJustification() != null) text += ": " + rule.getJustification();
        return text;
    }

    /** A quoted comment nft accepts: printable ASCII without quotes, at most 120 characters. */
    static String comment(String text) {
        String safe = text.replace("→", "->")
                .replace("–", "-")
                .replace("—", "-")
                .chars()
                .map(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_')
                .mapToObj(c -> String.valueOf((char) c))
                .collect(Collectors.joining());
        if (safe.length() > COMMENT_MAX) safe = safe.substring(0, COMMENT_MAX - 3) + "...";
        return "\"" + safe + "\"";
    }
}
