package io.deviceward.maintenance.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceFilter;
import io.deviceward.device.DeviceService;
import io.deviceward.maintenance.MaintenanceService;
import io.deviceward.maintenance.evidence.EvidenceReport;
import io.deviceward.maintenance.evidence.EvidenceService;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.domain.Pageable;

/** Evidence for an auditor: a device or the whole practice, a date range, signed off by name; PDF or CSV. */
@Route("practices/:practiceId/maintenance/evidence")
@PermitAll
public class EvidenceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final EvidenceService evidence;
    private final MaintenanceService maintenance;
    private final DeviceService devices;
    private final ComboBox<Device> device = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField signedOffBy = new TextField();
    private UUID practiceId;

    EvidenceView(EvidenceService evidence, MaintenanceService maintenance, DeviceService devices) {
        this.evidence = evidence;
        this.maintenance = maintenance;
        this.devices = devices;
        setId("maintenance-evidence");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        removeAll();
        LocalDate today = maintenance.today(practiceId);
        device.setId("evidence-device");
        device.setLabel(t("maintenance.evidence.device"));
        device.setItems(
                devices.list(practiceId, DeviceFilter.NONE, Pageable.unpaged()).getContent());
        device.setItemLabelGenerator(Device::getName);
        device.setClearButtonVisible(true);
        from.setId("evidence-from");
        from.setLabel(t("maintenance.evidence.from"));
        from.setValue(today.withDayOfYear(1));
        to.setId("evidence-to");
        to.setLabel(t("maintenance.evidence.to"));
        to.setValue(today);
        signedOffBy.setId("evidence-signed-off-by");
        signedOffBy.setLabel(t("maintenance.evidence.signed-off-by"));
        signedOffBy.setHelperText(t("maintenance.evidence.signed-off-by.helper"));
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] bytes = evidence.pdf(practiceId, report());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "maintenance-evidence.pdf",
                            "application/pdf",
                            bytes.length);
                }),
                t("maintenance.evidence.pdf"));
        pdf.setId("evidence-pdf");
        pdf.addClassName("big-button");
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] bytes = evidence.csv(practiceId, report()).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "maintenance-evidence.csv", "text/csv", bytes.length);
                }),
                t("maintenance.evidence.csv"));
        csv.setId("evidence-csv");
        csv.addClassName("big-button");
        add(
                new H1(t("maintenance.evidence.title")),
                new Paragraph(t("maintenance.evidence.intro")),
                new FormLayout(device, from, to, signedOffBy),
                new HorizontalLayout(pdf, csv));
    }

    private EvidenceReport report() {
        LocalDate start =
                from.getValue() == null ? maintenance.today(practiceId).minusYears(1) : from.getValue();
        LocalDate end = to.getValue() == null ? maintenance.today(practiceId) : to.getValue();
        return evidence.report(
                practiceId,
                device.getValue() == null ? null : device.getValue().getId(),
                start,
                end,
                signedOffBy.getValue());
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    @Override
    public String getPageTitle() {
        return t("maintenance.evidence.page-title");
    }
}
