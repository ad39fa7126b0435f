package io.deviceward.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Ports and port ranges as a person writes them ("104, 443,8000-8100"), parsed, sorted and merged. Empty
 * means every port.
 */
public record PortRanges(List<Range> ranges) {
    public static final PortRanges ALL = new PortRanges(List.of());

    /** From first to last, both included. */
    public record Range(int first, int last) {
        boolean contains(int port) {
            return port >= first && port <= last;
        }

        @Override
        public String toString() {
            return first == last ? Integer.toString(first) : first + "-" + last;
        }
    }

    /** Parses; throws IllegalArgumentException with a message a person understands. */
    public static PortRanges parse(String text) {
        if (text == null || text.isBlank()) return ALL;
        List<Range> parsed = new ArrayList<>();
        for (String part : text.strip().split("\\s*,\\s*")) {
            if (part.isBlank()) continue;
            String[] bounds = part.strip().split("\\s*-\\s*", -1);
            if (bounds.length > 2) throw new IllegalArgumentException(notPorts(part));
            int first = port(bounds[0], part);
            int last = bounds.length == 2 ? port(bounds[1], part) : first;
            if (last < first) {
                throw new IllegalArgumentException("\"" + part.strip() + "\": the range ends before it starts");
            }
            parsed.add(new Range(first, last));
        }
        parsed.sort(Comparator.comparingInt(Range::first));
        List<Range> merged = new ArrayList<>();
        for (Range r : parsed) {
            if (!merged.isEmpty() && r.first() <= merged.getLast().last() + 1) {
                Range previous = merged.removeLast();
                merged.add(new Range(previous.first(), Math.max(previous.last(), r.last())));
            } else {
                merged.add(r);
            }
        }
        return new PortRanges(List.copyOf(merged));
    }

    private static int port(String text, String part) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("Port " + port + " is outside 1-65535");
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(notPorts(part));
        }
    }

    private static String notPorts(String part) {
        return "\"" + part.strip() + "\" is not a port or a range such as 8000-8100";
    }

    public boolean isAll() {
        return ranges.isEmpty();
    }

    public boolean contains(int port) {
        return isAll() || ranges.stream().anyMatch(r -> r.contains(port));
    }

    /** Whether every port of {@code other} is also one of these. */
    public boolean covers(PortRanges other) {
        if (isAll()) return true;
        if (other.isAll()) return false;
        return other.ranges.stream()
                .allMatch(o -> ranges.stream().anyMatch(r -> r.first() <= o.first() && r.last() >= o.last()));
    }

    /** The normal form: "104,443,8000-8100", or empty for every port. */
    @Override
    public String toString() {
        return ranges.stream().map(Range::toString).collect(Collectors.joining(","));
    }
}
