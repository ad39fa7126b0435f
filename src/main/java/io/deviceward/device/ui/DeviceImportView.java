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
import com.vaadin.flow.router.HasDynamicTitle;
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
@PermitAll
class DeviceImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
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
    private final Button commit = new Button();
    private final Button commitValid = new Button();
    private final Button cancel = new Button();
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
                t("device.import.template"));
        template.setId("download-template");
        Anchor current = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName("devices.csv");
                    event.setContentType("text/csv;charset=UTF-8");
                    export.export(practiceId, DeviceFilter.NONE, event.getOutputStream());
                },
                AttachmentType.DOWNLOAD,
                t("device.import.current"));
        current.setId("download-export");

        upload.setId("import-upload");
        upload.setUploadHandler(boundedUpload());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DeviceImportService.MAX_BYTES);
        upload.setAcceptedFileExtensions(".csv", ".xml"); // by extension: browsers report CSV under several MIME types
        upload.addFileRejectedListener(rejected ->
                showError(t("device.import.rejected", rejected.getErrorMessage().replaceAll("[.\\s]+$", ""))));
        error.setId("import-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);

        Paragraph howTo = new Paragraph(t("device.import.how-to"));
        back.setText(t("device.import.back"));
        back.setId("import-back");
        uploadStep.setPadding(false);
        uploadStep.add(howTo, new HorizontalLayout(template, current), upload, error, back);

        // Step 2: the preview.
        summary.setId("import-summary");
        grid.setId("import-preview-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        numberColumn = grid.addColumn(DeviceImportPreview.Row::number)
                .setHeader(t("device.import.column.row"))
                .setKey("number")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> label(row.outcome()))
                .setHeader(t("device.import.column.outcome"))
                .setKey("outcome")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(DeviceImportPreview.Row::name)
                .setHeader(t("device.import.column.name"))
                .setKey("name")
                .setFlexGrow(2);
        grid.addColumn(DeviceImportPreview.Row::serialNumber)
                .setHeader(t("device.import.column.serial"))
                .setKey("serialNumber")
                .setFlexGrow(1);
        grid.addColumn(DeviceImportPreview.Row::macAddress)
                .setHeader(t("device.import.column.mac"))
                .setKey("macAddress")
                .setFlexGrow(1);
        grid.addColumn(DeviceImportPreview.Row::explanation)
                .setHeader(t("device.import.column.details"))
                .setKey("reason")
                .setFlexGrow(4);
        grid.setPartNameGenerator(row -> row.outcome() == Outcome.ERROR ? "import-error-row" : null);

        commit.setText(t("device.import.commit"));
        commit.setId("import-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.addClickListener(click -> commit(false));
        commitValid.setText(t("device.import.commit-valid"));
        commitValid.setId("import-commit-valid");
        commitValid.addClickListener(click -> commit(true));
        cancel.setText(t("device.import.cancel"));
        cancel.setId("import-cancel");
        cancel.addClickListener(click -> showUploadStep());
        HorizontalLayout actions = new HorizontalLayout(commit, commitValid, cancel);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        previewStep.setPadding(false);
        previewStep.setSizeFull();
        previewStep.add(previewHeading, summary, grid, actions);
        previewStep.expand(grid);

        add(new H1(t("device.import.heading")), uploadStep, previewStep);
        showUploadStep();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        devices.count(practiceId); // an unknown practice, or one the user may not see: "not found" first
        if (!access.can(practiceId, Permission.EDIT_PRACTICE_DATA)) {
            access.check(practiceId, Permission.EDIT_PRACTICE_DATA.name()); // records the refusal
            // The message is for the log, never shown: the not-allowed page says it in the reader's language.
            throw new AccessDeniedException(Permission.EDIT_PRACTICE_DATA.name());
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
            showError(t("device.import.not-allowed"));
            return;
        } catch (RuntimeException e) {
            log.error("Could not preview the import of {}", fileName, e);
            showError(t("device.import.unreadable"));
            return;
        }
        error.setVisible(false);
        previewHeading.setText(t("device.import.preview", fileName, label(preview.format())));
        summary.setText(preview.summary());
        numberColumn.setHeader(t(
                preview.format() == DeviceImportPreview.Format.CSV
                        ? "device.import.column.row"
                        : "device.import.column.line"));
        grid.setItems(preview.rows());
        boolean errors = preview.hasErrors();
        commit.setEnabled(!errors && preview.validRows() > 0);
        commitValid.setVisible(errors && preview.validRows() > 0);
        commitValid.setText(t("device.import.commit-valid.count", preview.validRows()));
        uploadStep.setVisible(false);
        previewStep.setVisible(true);
    }

    private void commit(boolean onlyValidRows) {
        if (preview == null) return;
        try {
            DeviceImportResult result = imports.commit(practiceId, preview, onlyValidRows);
            Notifications.success(t("device.import.finished", result.summary()));
            getUI().ifPresent(ui ->
                    ui.navigate(DeviceListView.class, new RouteParameters("practiceId", practiceId.toString())));
        } catch (ConcurrentChangeException e) {
            showUploadStep();
            showError(changedMeanwhile(e.getMessage()));
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    /**
     * The service's sentence on who changed what, with its last sentence (reload and apply again) replaced by what
     * an import means: nothing was imported, upload again.
     */
    private String changedMeanwhile(String message) {
        int end = message.lastIndexOf(". ");
        String what = end < 0 ? message : message.substring(0, end + 1);
        return what + " " + t("device.import.changed-meanwhile");
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

    /** A choice's label in the reader's language: {@code enum.<Type>.<NAME>}. */
    private String label(Enum<?> choice) {
        return t("enum." + choice.getDeclaringClass().getSimpleName() + "." + choice.name());
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    @Override
    public String getPageTitle() {
        return t("device.import.title");
    }
}
