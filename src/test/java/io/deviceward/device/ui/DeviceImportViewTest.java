package io.deviceward.device.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.VaadinService;
import io.deviceward.access.PracticeAccess;
import io.deviceward.device.DeviceCsvExport;
import io.deviceward.device.DeviceImportPreview;
import io.deviceward.device.DeviceImportPreview.Outcome;
import io.deviceward.device.DeviceImportResult;
import io.deviceward.device.DeviceImportService;
import io.deviceward.device.DeviceService;
import io.deviceward.device.ImportPreviews;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.i18n.Translations;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The import page's states, without a browser: what is shown and enabled after a preview. */
class DeviceImportViewTest {
    private final DeviceImportService imports = mock(DeviceImportService.class);
    private DeviceImportView view;
    private UI ui;

    @BeforeEach
    void openView() {
        ui = new UI(); // held here: Vaadin keeps only a weak reference to the current UI
        UI.setCurrent(ui); // for links and notifications; the view itself is not attached (no session here)
        // The texts come from the app's translations, as Vaadin's service would give them.
        VaadinService service = mock(VaadinService.class);
        Instantiator instantiator = mock(Instantiator.class);
        when(service.getInstantiator()).thenReturn(instantiator);
        when(instantiator.getI18NProvider()).thenReturn(new Translations());
        VaadinService.setCurrent(service);
        ui.setLocale(Locale.UK);
        view = newView();
    }

    private DeviceImportView newView() {
        return new DeviceImportView(
                imports, mock(DeviceService.class), mock(DeviceCsvExport.class), mock(PracticeAccess.class));
    }

    @AfterEach
    void close() {
        UI.setCurrent(null);
        VaadinService.setCurrent(null);
    }

    @Test
    void startsWithTheUploadAndTheTemplateLink() {
        assertThat(find("import-upload").isVisible()).isTrue();
        assertThat(find("download-template").isVisible()).isTrue();
        assertThat(find("import-preview-grid").getParent().orElseThrow().isVisible())
                .isFalse();
    }

    @Test
    void aPreviewWithErrorsOffersOnlyTheValidRows() {
        when(imports.preview(any(), eq("devices.csv"), any()))
                .thenReturn(preview(Outcome.NEW, Outcome.UPDATE, Outcome.ERROR));

        view.showPreview("devices.csv", new byte[] {1});

        assertThat(((Span) find("import-summary")).getText()).isEqualTo("1 new, 1 update, 0 unchanged, 1 error");
        assertThat(find("import-preview-grid").getParent().orElseThrow().isVisible())
                .isTrue();
        assertThat(find("import-upload").getParent().orElseThrow().isVisible()).isFalse();
        assertThat(((Button) find("import-commit")).isEnabled()).isFalse();
        assertThat(find("import-commit-valid").isVisible()).isTrue();
        assertThat(find("import-cancel").isVisible()).isTrue();
    }

    @Test
    void theButtonsSayWhatTheyImportInEnglish() {
        when(imports.preview(any(), any(), any())).thenReturn(preview(Outcome.NEW, Outcome.ERROR));

        view.showPreview("devices.csv", new byte[] {1});

        assertThat(((H1) view.getChildren().findFirst().orElseThrow()).getText())
                .isEqualTo("Import devices");
        assertThat(((Button) find("import-commit")).getText()).isEqualTo("Import");
        assertThat(((Button) find("import-commit-valid")).getText()).isEqualTo("Import only the valid rows (1)");
        assertThat(view.getPageTitle()).isEqualTo("Import devices · DeviceWard");
    }

    @Test
    void aGermanReaderReadsTheImportInGerman() {
        ui.setLocale(Locale.GERMANY);
        view = newView();
        when(imports.preview(any(), any(), any())).thenReturn(preview(Outcome.NEW, Outcome.ERROR));

        view.showPreview("devices.csv", new byte[] {1});

        assertThat(((H1) view.getChildren().findFirst().orElseThrow()).getText())
                .isEqualTo("Geräte importieren");
        assertThat(((Button) find("import-commit")).getText()).isEqualTo("Importieren");
        assertThat(((Button) find("import-commit-valid")).getText())
                .isEqualTo("Nur die gültigen Zeilen importieren (1)");
        assertThat(((Button) find("import-cancel")).getText()).isEqualTo("Abbrechen");
        assertThat(view.getPageTitle()).isEqualTo("Geräte importieren · DeviceWard");
    }

    @Test
    void aGermanReaderIsToldInGermanWhenAFileCannotBeRead() {
        ui.setLocale(Locale.GERMANY);
        view = newView();
        when(imports.preview(any(), any(), any())).thenThrow(new IllegalStateException("broken"));

        view.showPreview("devices.csv", new byte[] {1});

        assertThat(((Span) find("import-error")).getText())
                .startsWith("Die Datei konnte nicht gelesen werden, es wurde nichts gespeichert.");
    }

    @Test
    void aCleanPreviewCanBeImportedWhole() {
        when(imports.preview(any(), any(), any())).thenReturn(preview(Outcome.NEW, Outcome.UNCHANGED));

        view.showPreview("devices.csv", new byte[] {1});

        assertThat(((Button) find("import-commit")).isEnabled()).isTrue();
        assertThat(find("import-commit-valid").isVisible()).isFalse();
    }

    @Test
    void onlyErrorsOffersNoImportAtAll() {
        when(imports.preview(any(), any(), any())).thenReturn(preview(Outcome.ERROR));

        view.showPreview("devices.csv", new byte[] {1});

        assertThat(((Button) find("import-commit")).isEnabled()).isFalse();
        assertThat(find("import-commit-valid").isVisible()).isFalse();
    }

    @Test
    void aFileErrorIsShownAsItsMessageAndTheUploadStays() {
        when(imports.preview(any(), any(), any()))
                .thenThrow(new InvalidInputException("file", "Unknown column \"colour\""));

        view.showPreview("devices.csv", new byte[] {1});

        Span error = (Span) find("import-error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Unknown column \"colour\"");
        assertThat(find("import-upload").getParent().orElseThrow().isVisible()).isTrue();
    }

    @Test
    void anUnexpectedFailureShowsNoInternals() {
        when(imports.preview(any(), any(), any()))
                .thenThrow(new IllegalStateException("org.hibernate.SomethingBroke at line 42"));

        view.showPreview("devices.csv", new byte[] {1});

        assertThat(((Span) find("import-error")).getText())
                .startsWith("The file could not be read, and nothing was saved.")
                .doesNotContain("hibernate");
    }

    @Test
    void cancelGoesBackToTheUpload() {
        when(imports.preview(any(), any(), any())).thenReturn(preview(Outcome.NEW));
        when(imports.commit(any(), any(), anyBoolean())).thenReturn(new DeviceImportResult(1, 0, 0, 0));
        view.showPreview("devices.csv", new byte[] {1});

        ((Button) find("import-cancel")).click();

        assertThat(find("import-upload").getParent().orElseThrow().isVisible()).isTrue();
        assertThat(find("import-preview-grid").getParent().orElseThrow().isVisible())
                .isFalse();
    }

    private Component find(String id) {
        return find(view, id);
    }

    private static Component find(Component root, String id) {
        if (root.getId().map(id::equals).orElse(false)) return root;
        return root.getChildren()
                .map(child -> find(child, id))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static DeviceImportPreview preview(Outcome... outcomes) {
        return ImportPreviews.of(outcomes);
    }
}
