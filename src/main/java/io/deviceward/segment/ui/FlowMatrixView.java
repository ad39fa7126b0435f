package io.deviceward.segment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.deviceward.segment.FlowMatrix;
import io.deviceward.segment.FlowPolicy;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/** Segments (and the Internet) against segments: each cell the allowed traffic, a link to its rules. */
@Route("practices/:practiceId/segments/matrix")
@PermitAll
public class FlowMatrixView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final FlowPolicy policy;
    private final Div table = new Div();

    FlowMatrixView(FlowPolicy policy) {
        this.policy = policy;
        setId("flow-matrix");
        table.getStyle().set("overflow", "auto").set("max-width", "100%");
        add(new H1(t("segment.matrix.title")), new Paragraph(t("segment.matrix.intro")), table);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID practiceId = RouteIds.required(event, "practiceId");
        FlowMatrix matrix = policy.matrix(practiceId);
        NativeTable cells = new NativeTable();
        cells.setId("flow-matrix-table");
        cells.addClassName("flow-matrix");
        NativeTableRow head = cells.getHead().addRow();
        head.addHeaderCell().setText(t("segment.matrix.corner"));
        for (FlowMatrix.Axis column : matrix.axes()) {
            header(head, column.name(), "col");
        }
        for (FlowMatrix.Axis row : matrix.axes()) {
            NativeTableRow tr = cells.getBody().addRow();
            header(tr, row.name(), "row");
            for (FlowMatrix.Axis column : matrix.axes()) {
                String traffic = matrix.traffic(row.key(), column.key());
                NativeTableCell td = tr.addDataCell();
                if (!traffic.isEmpty()) {
                    Anchor rules = new Anchor(
                            "practices/" + practiceId + "/segments/flows?from=" + row.key() + "&to=" + column.key(),
                            traffic);
                    rules.setId("cell-" + row.key() + "-" + column.key());
                    td.add(rules);
                }
            }
        }
        table.removeAll();
        table.add(cells);
    }

    private static void header(NativeTableRow row, String text, String scope) {
        NativeTableHeaderCell th = row.addHeaderCell();
        th.setText(text);
        th.getElement().setAttribute("scope", scope);
    }

    @Override
    public String getPageTitle() {
        return t("segment.matrix.page-title");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
