package io.deviceward.segment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.jspecify.annotations.Nullable;

/**
 * Draws the segment map as SVG on the server: ELK's layered algorithm places the boxes and routes the
 * arrows (orthogonally, left to right), this class writes the markup. Boxes and arrows are links (to the
 * segment and to its rules), so the map is clickable in the page; the same document is the download.
 */
public final class SegmentMapSvg {
    private static final double NODE_WIDTH = 190;
    private static final double NODE_HEIGHT = 58;
    private static final double CHAR_WIDTH = 6.4;
    private static final double LABEL_HEIGHT = 14;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private SegmentMapSvg() {}

    /** The map as a standalone SVG document; links are relative to the app (the page's base). */
    public static String render(UUID practiceId, SegmentMap map) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 90.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 20.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(20));
        Map<String, ElkNode> nodes = new HashMap<>();
        for (SegmentMap.Node node : map.nodes()) {
            ElkNode n = ElkGraphUtil.createNode(root);
            n.setIdentifier(node.key());
            n.setWidth(NODE_WIDTH);
            n.setHeight(NODE_HEIGHT);
            nodes.put(node.key(), n);
        }
        Map<ElkEdge, SegmentMap.Arrow> arrows = new HashMap<>();
        for (SegmentMap.Arrow arrow : map.arrows()) {
            ElkEdge e = ElkGraphUtil.createSimpleEdge(nodes.get(arrow.from()), nodes.get(arrow.to()));
            String text = label(arrow.traffic());
            ElkLabel label = ElkGraphUtil.createLabel(text, e);
            label.setWidth(text.length() * CHAR_WIDTH);
            label.setHeight(LABEL_HEIGHT);
            arrows.put(e, arrow);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        StringBuilder svg = new StringBuilder(8_192);
        double width = Math.ceil(root.getWidth());
        double height = Math.ceil(root.getHeight());
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" class=\"segment-map\" width=\"")
                .append(num(width))
                .append("\" height=\"")
                .append(num(height))
                .append("\" viewBox=\"0 0 ")
                .append(num(width))
                .append(' ')
                .append(num(height))
                // A group, not an img: an img's content is hidden from assistive technology, and this one holds
                // links to every segment and flow (axe-core: nested-interactive).
                .append("\" role=\"group\" aria-label=\"Segment map\">\n");
        svg.append("<style>.seg rect{stroke:#334;stroke-width:1.2}.seg text{font:600 13px sans-serif;fill:#123}"
                + ".seg .sub{font:400 11px sans-serif;fill:#345}.flow path{fill:none;stroke:#2a6;stroke-width:1.6}"
                + ".flow text{font:400 11px sans-serif;fill:#164}.flow:hover path{stroke:#084;stroke-width:2.6}"
                + ".seg:hover rect{stroke-width:2.4}</style>\n");
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#2a6\"/>"
                + "</marker></defs>\n");
        String base = "practices/" + practiceId + "/segments";
        for (Map.Entry<ElkEdge, SegmentMap.Arrow> entry : arrows.entrySet()) {
            ElkEdge e = entry.getKey();
            SegmentMap.Arrow arrow = entry.getValue();
            if (e.getSections().isEmpty()) continue;
            ElkEdgeSection section = e.getSections().getFirst();
            StringBuilder d = new StringBuilder("M")
                    .append(num(section.getStartX()))
                    .append(',')
                    .append(num(section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) {
                d.append(" L").append(num(bend.getX())).append(',').append(num(bend.getY()));
            }
            d.append(" L").append(num(section.getEndX())).append(',').append(num(section.getEndY()));
            svg.append("<a class=\"flow\" id=\"flow-")
                    .append(esc(arrow.from() + "-" + arrow.to()))
                    .append("\" href=\"")
                    .append(esc(base + "/flows?from=" + arrow.from() + "&to=" + arrow.to()))
                    .append("\"><title>")
                    .append(esc(arrow.traffic().size()
                            + (arrow.ruleIds().size() == 1 ? " rule: " : " rules: ")
                            + String.join(", ", arrow.traffic())))
                    .append("</title><path d=\"")
                    .append(d)
                    .append("\" marker-end=\"url(#arrow)\"/>");
            for (ElkLabel label : e.getLabels()) {
                svg.append("<text x=\"")
                        .append(num(label.getX()))
                        .append("\" y=\"")
                        .append(num(label.getY() + LABEL_HEIGHT - 3))
                        .append("\">")
                        .append(esc(label.getText()))
                        .append("</text>");
            }
            svg.append("</a>\n");
        }
        for (SegmentMap.Node node : map.nodes()) {
            ElkNode n = nodes.get(node.key());
            String href = node.segmentId() == null ? base + "/flows?from=internet" : base + "/" + node.segmentId();
            svg.append("<a class=\"seg\" id=\"seg-")
                    .append(esc(node.key()))
                    .append("\" href=\"")
                    .append(esc(href))
                    .append("\"><title>")
                    .append(esc(node.name()))
                    .append("</title><rect x=\"")
                    .append(num(n.getX()))
                    .append("\" y=\"")
                    .append(num(n.getY()))
                    .append("\" width=\"")
                    .append(num(NODE_WIDTH))
                    .append("\" height=\"")
                    .append(num(NODE_HEIGHT))
                    .append("\" rx=\"8\" fill=\"")
                    .append(fill(node.purpose()))
                    .append("\"/><text x=\"")
                    .append(num(n.getX() + 10))
                    .append("\" y=\"")
                    .append(num(n.getY() + 22))
                    .append("\">")
                    .append(esc(shorten(node.name(), 26)))
                    .append("</text><text class=\"sub\" x=\"")
                    .append(num(n.getX() + 10))
                    .append("\" y=\"")
                    .append(num(n.getY() + 42))
                    .append("\">")
                    .append(esc(subtitle(node)))
                    .append("</text></a>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String subtitle(SegmentMap.Node node) {
        if (node.purpose() == null) return "everything outside the practice";
        String devices = node.deviceCount() + (node.deviceCount() == 1 ? " device" : " devices");
        String inside =
                node.isolated() ? (node.allowsInside() ? "isolated, with exceptions" : "isolated") : "not isolated";
        return devices + " · " + inside;
    }

    private static String label(List<String> traffic) {
        String text = String.join(", ", traffic);
        return shorten(text, 40);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String fill(@Nullable SegmentPurpose purpose) {
        if (purpose == null) return "#e8eef7";
        return switch (purpose) {
            case CLINICAL_DEVICES, IMAGING -> "#fde2e1";
            case STAFF_WORKSTATIONS -> "#e3f0ff";
            case SERVERS -> "#efe6ff";
            case PRINTERS_IOT -> "#fff4d6";
            case GUEST_WIFI, VENDOR_ACCESS -> "#fbe7c6";
            case MANAGEMENT -> "#e2f5ea";
        };
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
