package io.deviceward.segment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.deviceward.access.PracticeAccess;
import io.deviceward.segment.SegmentMapReview;
import io.deviceward.segment.SegmentService;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.ui.Notifications;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The segment map drawn on the server (ELK layout, SVG): boxes with their device counts, arrows for the
 * allowed flows; a box opens its segment, an arrow the rules behind it. Downloadable as SVG.
 */
@Route("practices/:practiceId/segments/map")
@PermitAll
public class SegmentMapView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final SegmentService segments;
    private final PracticeAccess access;
    private final Div diagram = new Div();
    private final Paragraph review = new Paragraph();
    private final HorizontalLayout actions = new HorizontalLayout();
    private @Nullable UUID practiceId;

    SegmentMapView(SegmentService segments, PracticeAccess access) {
        this.segments = segments;
        this.access = access;
        setId("segment-map");
        diagram.setId("segment-map-diagram");
        diagram.getStyle().set("overflow", "auto").set("max-width", "100%");
        review.setId("segment-map-review");
        add(new H1(t("segment.map.title")), review, actions, diagram);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        refresh();
    }

    private void refresh() {
        UUID p = practiceId;
        String svg = segments.mapSvg(p);
        diagram.removeAll();
        // A div's inner HTML: the browser then parses the markup as SVG (an svg root made by Html would be an HTML
        // element).
        Div frame = new Div();
        frame.addClassName("segment-map-frame");
        frame.getElement().setProperty("innerHTML", svg);
        diagram.add(frame);
        review.setText(segments.lastReview(p)
                .map(r -> t("segment.map.reviewed", String.valueOf(r.getReviewedOn()), r.getReviewedBy()))
                .orElse(t("segment.map.not-reviewed")));
        actions.removeAll();
        actions.add(
                SegmentsView.download(
                        "segment-map-download",
                        t("segment.map.download"),
                        "segment-map.svg",
                        "image/svg+xml",
                        () -> segments.mapSvg(p)),
                new Anchor("practices/" + p + "/segments/matrix", t("segment.map.link.matrix")),
                new Anchor("practices/" + p + "/segments", t("segment.map.link.segments")));
        if (access.can(p, Permission.EDIT_PRACTICE_DATA)) {
            Button reviewed = new Button(t("segment.map.mark-reviewed"), c -> {
                SegmentMapReview r = segments.recordReview(p);
                Notifications.success(t("segment.map.review-recorded", String.valueOf(r.getReviewedOn())));
                refresh();
            });
            reviewed.setId("segment-map-reviewed");
            actions.add(reviewed);
        }
    }

    @Override
    public String getPageTitle() {
        return t("segment.map.page-title");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
