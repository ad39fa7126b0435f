package io.deviceward.segment.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.deviceward.segment.FlowMatrix;
import io.deviceward.segment.SegmentService;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/** Segments (and the Internet) against segments: each cell the allowed traffic, a link to its rules. */
@Route("practices/:practiceId/segments/matrix")
@PageTitle("Flow matrix · DeviceWard")
@PermitAll
public class FlowMatrixView extends VerticalLayout implements BeforeEnterObserver {
    private final SegmentService segments;
    private final Div table = new Div();

    FlowMatrixView(SegmentService segments) {
        this.segments = segments;
        setId("flow-matrix");
        table.getStyle().set("overflow", "auto").set("max-width", "100%");
        add(new H1("Flow matrix"), new Paragraph("Rows send, columns receive. An empty cell is denied."), table);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID practiceId = RouteIds.required(event, "practiceId");
        FlowMatrix matrix = segments.matrix(practiceId);
        StringBuilder html = new StringBuilder(
                "<table id=\"flow-matrix-table\" class=\"flow-matrix\"><thead><tr><th>From \\ To</th>");
        for (FlowMatrix.Axis column : matrix.axes())
            html.append("<th scope=\"col\">").append(esc(column.name())).append("</th>");
        html.append("</tr></thead><tbody>");
        for (FlowMatrix.Axis row : matrix.axes()) {
            html.append("<tr><th scope=\"row\">").append(esc(row.name())).append("</th>");
            for (FlowMatrix.Axis column : matrix.axes()) {
                String traffic = matrix.traffic(row.key(), column.key());
                html.append("<td>");
                if (!traffic.isEmpty()) {
                    html.append("<a id=\"cell-")
                            .append(esc(row.key()))
                            .append("-")
                            .append(esc(column.key()))
                            .append("\" href=\"practices/")
                            .append(practiceId)
                            .append("/segments/flows?from=")
                            .append(esc(row.key()))
                            .append("&amp;to=")
                            .append(esc(column.key()))
                            .append("\">")
                            .append(esc(traffic))
                            .append("</a>");
                }
                html.append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        table.removeAll();
        table.add(new Html(html.toString()));
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
