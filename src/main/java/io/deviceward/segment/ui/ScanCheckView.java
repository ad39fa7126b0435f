package io.deviceward.segment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.deviceward.access.PracticeAccess;
import io.deviceward.segment.ScanCheck;
import io.deviceward.segment.ScanChecks;
import io.deviceward.segment.Segment;
import io.deviceward.segment.SegmentService;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.tenancy.PracticeZones;
import io.deviceward.shared.text.DateTimes;
import io.deviceward.shared.ui.Notifications;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Checks the real network: upload an {@code nmap -oX} file and say from which segment it ran; what answered
 * although the policy denies it, and hosts that are not registered, are listed and kept as evidence.
 */
@Route("practices/:practiceId/segments/scan")
@PermitAll
public class ScanCheckView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final SegmentService segments;
    private final ScanChecks scans;
    private final PracticeAccess access;
    private final ComboBox<Segment> from = new ComboBox<>(t("segment.scan.from"));
    private final Upload upload = new Upload();
    private final Paragraph summary = new Paragraph();
    private final Grid<ScanCheck.Result> results = new Grid<>();
    private final Grid<ScanCheck> history = new Grid<>();
    private @Nullable UUID practiceId;

    private final PracticeZones zones;
    private boolean canEdit;
    private DateTimes times = DateTimes.of(ZoneOffset.UTC, Locale.UK);

    ScanCheckView(SegmentService segments, ScanChecks scans, PracticeAccess access, PracticeZones zones) {
        this.zones = zones;
        this.segments = segments;
        this.scans = scans;
        this.access = access;
        setId("scan-check");
        from.setId("scan-from");
        from.setItemLabelGenerator(Segment::getName);
        from.setWidth("20em");
        upload.setId("scan-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileExtensions(".xml");
        upload.setUploadHandler(handler());
        summary.setId("scan-summary");
        results.setId("scan-results");
        results.addColumn(r -> r.kind().endsWith("unregistered-device")
                        ? t("segment.scan.kind.unregistered")
                        : t("segment.scan.kind.not-enforced"))
                .setHeader(t("segment.scan.column.what"))
                .setAutoWidth(true);
        results.addColumn(result ->
                        getTranslation(result.text().key(), result.text().params()))
                .setHeader(t("segment.scan.column.result"))
                .setFlexGrow(4);
        results.addComponentColumn(this::registerLink)
                .setHeader(t("segment.scan.column.action"))
                .setAutoWidth(true);
        results.setAllRowsVisible(true);
        history.setId("scan-history");
        history.addColumn(c -> times.dateTime(c.getScannedAt()))
                .setHeader(t("segment.scan.column.scanned"))
                .setAutoWidth(true);
        history.addColumn(ScanCheck::getFromSegmentName).setHeader(t("segment.scan.column.from"));
        history.addColumn(ScanCheck::getFileName).setHeader(t("segment.scan.column.file"));
        history.addColumn(ScanCheck::getHostsScanned).setHeader(t("segment.scan.column.hosts"));
        history.addColumn(ScanCheck::getViolations).setHeader(t("segment.scan.column.not-enforced"));
        history.addColumn(ScanCheck::getUnregistered).setHeader(t("segment.scan.column.unregistered"));
        history.setAllRowsVisible(true);
        history.addItemClickListener(c -> show(c.getItem()));
        add(
                new H1(t("segment.scan.title")),
                new Paragraph(t("segment.scan.intro")),
                from,
                upload,
                summary,
                results,
                new H2(t("segment.scan.kept")),
                history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        times = DateTimes.in(zones.zone(practiceId));
        from.setItems(segments.listSegments(practiceId));
        canEdit = access.can(practiceId, Permission.EDIT_PRACTICE_DATA);
        from.setVisible(canEdit);
        upload.setVisible(canEdit);
        history.setItems(scans.list(practiceId));
        summary.setVisible(false);
        results.setVisible(false);
    }

    private UploadHandler handler() {
        return event -> {
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes(MAX_BYTES + 1);
            }
            String fileName = event.getFileName();
            event.getUI().access(() -> check(fileName, content));
        };
    }

    /** Package-private for tests; otherwise called from the upload handler. */
    void check(String fileName, byte[] content) {
        upload.clearFileList();
        Segment segment = from.getValue();
        if (segment == null) {
            Notifications.error(t("segment.scan.choose-segment"));
            return;
        }
        try {
            ScanCheck check = scans.check(practiceId, segment.getId(), fileName, new ByteArrayInputStream(content));
            show(check);
            history.setItems(scans.list(practiceId));
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    /** One click from an unregistered host to the device form, its address and segment filled in (editors only). */
    private Component registerLink(ScanCheck.Result result) {
        if (!canEdit || !result.unregistered() || result.address() == null) return new Span();
        String query = "ip=" + URLEncoder.encode(result.address(), StandardCharsets.UTF_8)
                + (result.segmentId() == null ? "" : "&segment=" + result.segmentId());
        Anchor add = new Anchor("practices/" + practiceId + "/devices/new?" + query, t("segment.scan.register"));
        add.addClassName("scan-register");
        add.getElement().setAttribute("aria-label", t("segment.scan.register.aria", result.address()));
        return add;
    }

    private void show(ScanCheck check) {
        summary.setText(t(
                check.getViolations() == 0 && check.getUnregistered() == 0
                        ? "segment.scan.summary.clean"
                        : "segment.scan.summary",
                check.getFromSegmentName(),
                times.dateTime(check.getScannedAt()),
                check.getHostsScanned(),
                check.getViolations(),
                check.getUnregistered()));
        summary.setVisible(true);
        results.setItems(check.getResults());
        results.setVisible(!check.getResults().isEmpty());
    }

    @Override
    public String getPageTitle() {
        return t("segment.scan.page-title");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
