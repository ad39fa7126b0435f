package io.deviceward.device.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import io.deviceward.access.PracticeAccess;
import io.deviceward.device.DeviceCsvExport;
import io.deviceward.device.DeviceFilter;
import io.deviceward.device.DeviceImportPreview;
import io.deviceward.device.DeviceImportPreview.Outcome;
import io.deviceward.device.DeviceImportResult;
import io.deviceward.device.DeviceImportService;
import io.deviceward.device.DeviceService;
import io.deviceward.shared.ConcurrentChangeException;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.ui.Notifications;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Imports devices from a CSV file or an nmap scan: upload, look at what would happen row by row,
 * then import (all valid rows, or nothing). Only for roles that may edit the practice's data;
 * opening it without that right is refused and recorded.
 */
@Route("practices/:practiceId/devices/import")
@PageTitle("Import devices · DeviceWard")
@PermitAll
class DeviceImportView extends VerticalLayout implements BeforeEnterObserver {
    private static final Logger log = LoggerFactory.getLogger(DeviceImportView.class);

    private final DeviceImportService imports;
    private final DeviceService devices;
    private final PracticeAccess access;

    private final VerticalLayout uploadStep = new VerticalLayout();
    private final VerticalLayout previewStep = new VerticalLayout();
    private final Upload upload = new Upload();
    private final Span error = new Span();
    private final RouterLink back = new RouterLink();
    private final H2 previewHeading = new H2();
    private final Span summary = new Span();
    private final Grid<DeviceImportPreview.Row> grid = new Grid<>();
    private final Grid.Column<DeviceImportPreview.Row> numberColumn;
    private final Button commit = new Button("Import");
    private final Button commitValid = new Button("Import only the valid rows");
    private final Button cancel = new Button("Cancel");
    private UUID practiceId;
    private DeviceImportPreview preview;

    DeviceImportView(
            DeviceImportService imports, DeviceService devices, DeviceCsvExport export, PracticeAccess access) {
        this.imports = imports;
        this.devices = devices;
        this.access = access;
        setId("device-import");
        setSizeFull();

        // Step 1: the file.
        Anchor template = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName("devices-template.csv");
                    event.setContentType("text/csv;charset=UTF-8");
                    DeviceCsvExport.writeTemplate(event.getOutputStream());
                },
                AttachmentType.DOWNLOAD,
                "Download the empty CSV template");
        template.setId("download-template");
        Anchor current = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName("devices.csv");
                    event.setContentType("text/csv;charset=UTF-8");
                    export.export(practiceId, DeviceFilter.NONE, event.getOutputStream());
                },
                AttachmentType.DOWNLOAD,
                "Download the current devices as CSV");
        current.setId("download-export");

        upload.setId("import-upload");
        upload.setUploadHandler(boundedUpload());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DeviceImportService.MAX_BYTES);
        upload.setAcceptedFileExtensions(".csv", ".xml"); // by extension: browsers report CSV under several MIME types
        upload.addFileRejectedListener(rejected -> showError(
                "The file was not accepted (" + rejected.getErrorMessage().replaceAll("[.\\s]+$", "")
                        + "). Upload a .csv file or nmap .xml output of at most 5 MB."));
        error.setId("import-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);

        Paragraph howTo = new Paragraph(
                "Upload a CSV file with one device per row (the template has every column; "
                        + "only name, category, manufacturer and model are required), or the XML output of an nmap scan "
                        + "(nmap -oX scan.xml 192.168.1.0/24). Nothing is saved until you have looked at the result and confirmed it.");
        back.setText("Back to devices");
        back.setId("import-back");
        uploadStep.setPadding(false);
        uploadStep.add(howTo, new HorizontalLayout(template, current), upload, error, back);

        // Step 2: the preview.
        summary.setId("import-summary");
        grid.setId("import-preview-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        numberColumn = grid.addColumn(DeviceImportPreview.Row::number)
                .setHeader("Row")
                .setKey("number")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.outcome().label())
                .setHeader("Outcome")
                .setKey("outcome")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(DeviceImportPreview.Row::name)
                .setHeader("Name")
                .setKey("name")
                .setFlexGrow(2);
        grid.addColumn(DeviceImportPreview.Row::serialNumber)
                .setHeader("Serial number")
                .setKey("serialNumber")
                .setFlexGrow(1);
        grid.addColumn(DeviceImportPreview.Row::macAddress)
                .setHeader("MAC address")
                .setKey("macAddress")
                .setFlexGrow(1);
        grid.addColumn(DeviceImportPreview.Row::explanation)
                .setHeader("Details")
                .setKey("reason")
                .setFlexGrow(4);
        grid.setPartNameGenerator(row -> row.outcome() == Outcome.ERROR ? "import-error-row" : null);

        commit.setId("import-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.addClickListener(click -> commit(false));
        commitValid.setId("import-commit-valid");
        commitValid.addClickListener(click -> commit(true));
        cancel.setId("import-cancel");
        cancel.addClickListener(click -> showUploadStep());
        HorizontalLayout actions = new HorizontalLayout(commit, commitValid, cancel);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        previewStep.setPadding(false);
        previewStep.setSizeFull();
        previewStep.add(previewHeading, summary, grid, actions);
        previewStep.expand(grid);

        add(new H1("Import devices"), uploadStep, previewStep);
        showUploadStep();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        devices.count(practiceId); // an unknown practice, or one the user may not see: "not found" first
        if (!access.can(practiceId, Permission.EDIT_PRACTICE_DATA)) {
            access.check(practiceId, Permission.EDIT_PRACTICE_DATA.name()); // records the refusal
            throw new AccessDeniedException("May not import devices here");
        }
        back.setRoute(DeviceListView.class, new RouteParameters("practiceId", practiceId.toString()));
        showUploadStep();
    }

    /**
     * Reads at most one byte more than the limit, so an oversized upload that got past the browser's
     * check cannot fill the memory; the service then refuses it with a clear message.
     */
    private UploadHandler boundedUpload() {
        return event -> {
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes(DeviceImportService.MAX_BYTES + 1);
            }
            String fileName = event.getFileName();
            event.getUI().access(() -> showPreview(fileName, content));
        };
    }

    /** Package-private for the view test; otherwise called from the upload handler. */
    void showPreview(String fileName, byte[] content) {
        upload.clearFileList();
        try {
            preview = imports.preview(practiceId, fileName, content);
        } catch (InvalidInputException | NotFoundException e) {
            showError(e.getMessage());
            return;
        } catch (AccessDeniedException e) {
            showError("Your role does not allow importing devices here. The attempt has been recorded.");
            return;
        } catch (RuntimeException e) {
            log.error("Could not preview the import of {}", fileName, e);
            showError(
                    "The file could not be read, and nothing was saved. Check that it is a CSV file or nmap XML output.");
            return;
        }
        error.setVisible(false);
        previewHeading.setText(fileName + " (" + preview.format().label() + ")");
        summary.setText(preview.summary());
        numberColumn.setHeader(preview.format() == DeviceImportPreview.Format.CSV ? "Row" : "Line");
        grid.setItems(preview.rows());
        boolean errors = preview.hasErrors();
        commit.setEnabled(!errors && preview.validRows() > 0);
        commitValid.setVisible(errors && preview.validRows() > 0);
        commitValid.setText("Import only the valid rows (" + preview.validRows() + ")");
        uploadStep.setVisible(false);
        previewStep.setVisible(true);
    }

    private void commit(boolean onlyValidRows) {
        if (preview == null) return;
        try {
            DeviceImportResult result = imports.commit(practiceId, preview, onlyValidRows);
            Notifications.success("Import finished: " + result.summary());
            getUI().ifPresent(ui ->
                    ui.navigate(DeviceListView.class, new RouteParameters("practiceId", practiceId.toString())));
        } catch (ConcurrentChangeException e) {
            showUploadStep();
            showError(e.getMessage()
                    .replace(
                            "Reload it and apply your changes again.",
                            "Nothing was imported. Upload the file again to see the current state."));
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void showUploadStep() {
        preview = null;
        grid.setItems(List.of());
        error.setVisible(false);
        uploadStep.setVisible(true);
        previewStep.setVisible(false);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        Notifications.error(message);
    }
}
