package io.deviceward.segment;

import io.deviceward.device.Device;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Who can reach whom over the allowed flows, hop by hop: a guest who may reach a workstation that may reach
 * the imaging server reaches the imaging server. Each segment is three nodes — traffic into it ({@code in}),
 * a host in it ({@code host}) and traffic out of it ({@code out}) — and each placed device one; a segment
 * that is not isolated joins its {@code out} to its {@code in}. An allow counts unless an earlier deny of the
 * same source and destination covers all of its traffic (a partial deny is ignored: conservative).
 */
final class Reachability {
    private final Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
    private final Map<UUID, Segment> segments;
    private final Map<UUID, Device> devices;

    Reachability(NetworkSnapshot snapshot) {
        this.segments = snapshot.segmentsById();
        this.devices = snapshot.devicesById();
        graph.addVertex(internet());
        for (Segment s : snapshot.segments()) {
            UUID id = s.getId();
            graph.addVertex(in(id));
            graph.addVertex(host(id));
            graph.addVertex(out(id));
            graph.addEdge(in(id), host(id));
            graph.addEdge(host(id), out(id));
            if (!s.isIsolated()) graph.addEdge(out(id), in(id));
        }
        for (Device d : snapshot.devices()) {
            graph.addVertex(device(d.getId()));
            if (d.getSegmentId() != null && segments.containsKey(d.getSegmentId())) {
                graph.addEdge(in(d.getSegmentId()), device(d.getId()));
                graph.addEdge(device(d.getId()), out(d.getSegmentId()));
            }
        }
        List<FlowRule> denies = new ArrayList<>();
        for (FlowRule rule : snapshot.rules()) {
            if (rule.getAction() == FlowAction.DENY) {
                denies.add(rule);
                continue;
            }
            if (denies.stream().anyMatch(deny -> shadows(deny, rule))) continue;
            String from = sourceNode(rule.getSource());
            String to = destinationNode(rule.getDestination());
            if (from != null
                    && to != null
                    && graph.containsVertex(from)
                    && graph.containsVertex(to)
                    && !from.equals(to)) {
                graph.addEdge(from, to);
            }
        }
    }

    /** Whether an earlier deny takes all of an allow's traffic. */
    static boolean shadows(FlowRule deny, FlowRule allow) {
        return deny.getSource().equals(allow.getSource())
                && deny.getDestination().equals(allow.getDestination())
                && (deny.getProtocol() == Protocol.ANY
                        || (deny.getProtocol() == allow.getProtocol()
                                && deny.portRanges().covers(allow.portRanges())));
    }

    /** From a host in the segment: the path to each device it reaches, as the segments passed through. */
    Map<UUID, List<String>> devicesReachableFromSegment(UUID segmentId, List<Device> targets) {
        return reachable(host(segmentId), targets);
    }

    Map<UUID, List<String>> devicesReachableFromInternet(List<Device> targets) {
        return reachable(internet(), targets);
    }

    private Map<UUID, List<String>> reachable(String start, List<Device> targets) {
        var paths = new BFSShortestPath<>(graph).getPaths(start);
        Map<UUID, List<String>> result = new LinkedHashMap<>();
        for (Device target : targets) {
            String node = device(target.getId());
            if (!graph.containsVertex(node)) continue;
            GraphPath<String, DefaultEdge> path = paths.getPath(node);
            if (path == null) continue;
            result.put(target.getId(), through(path, start, target));
        }
        return result;
    }

    /** The segments and devices a path passes through, beside where it starts and the target's own segment. */
    private List<String> through(GraphPath<String, DefaultEdge> path, String start, Device target) {
        List<String> names = new ArrayList<>();
        for (String vertex : path.getVertexList()) {
            if (vertex.equals(start)) continue;
            if (vertex.startsWith("in:")) {
                UUID id = UUID.fromString(vertex.substring(3));
                if (id.equals(target.getSegmentId())) continue;
                Optional.ofNullable(segments.get(id)).map(Segment::getName).ifPresent(names::add);
            } else if (vertex.startsWith("device:")) {
                UUID id = UUID.fromString(vertex.substring(7));
                if (id.equals(target.getId())) continue;
                Optional.ofNullable(devices.get(id)).map(Device::getName).ifPresent(names::add);
            } else if (vertex.equals(internet())) {
                names.add("the Internet");
            }
        }
        return names;
    }

    private static String sourceNode(Endpoint e) {
        return switch (e.kind()) {
            case INTERNET -> internet();
            case SEGMENT -> e.id() == null ? null : out(e.id());
            case DEVICE -> e.id() == null ? null : device(e.id());
            case null -> null;
        };
    }

    private static String destinationNode(Endpoint e) {
        return switch (e.kind()) {
            case INTERNET -> internet();
            case SEGMENT -> e.id() == null ? null : in(e.id());
            case DEVICE -> e.id() == null ? null : device(e.id());
            case null -> null;
        };
    }

    private static String internet() {
        return "internet";
    }

    private static String in(UUID id) {
        return "in:" + id;
    }

    private static String host(UUID id) {
        return "host:" + id;
    }

    private static String out(UUID id) {
        return "out:" + id;
    }

    private static String device(UUID id) {
        return "device:" + id;
    }
}
