package io.deviceward.maintenance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.deviceward.maintenance.EvidenceField;
import io.deviceward.maintenance.FieldType;
import io.deviceward.maintenance.MaintenanceTemplate;
import io.deviceward.maintenance.ProviderTemplates;
import io.deviceward.maintenance.TemplateAdaptation;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.ui.Notifications;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The provider's maintenance templates: the starter set and its own versions. "Adapt" makes a version of a template
 * with another name and the limits of the provider's machines; every practice of the provider can then schedule it.
 */
@Route("providers/:providerId/maintenance/templates")
@PermitAll
class ProviderTemplatesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final ProviderTemplates templates;
    private final Grid<MaintenanceTemplate> grid = new Grid<>(MaintenanceTemplate.class, false);
    private UUID providerId;

    ProviderTemplatesView(ProviderTemplates templates) {
        this.templates = templates;
        setId("provider-templates");
        grid.setId("templates-grid");
        grid.addColumn(MaintenanceTemplate::getName)
                .setHeader(t("templates.column.name"))
                .setFlexGrow(2);
        grid.addColumn(template -> t(template.isStarter() ? "templates.starter" : "templates.own"))
                .setHeader(t("templates.column.origin"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ProviderTemplatesView::limits)
                .setHeader(t("templates.column.limits"))
                .setFlexGrow(2);
        grid.addComponentColumn(template -> {
                    Button adapt = new Button(t("templates.adapt"), click -> openAdaptation(template));
                    adapt.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    adapt.setAriaLabel(t("templates.adapt.of", template.getName()));
                    return adapt;
                })
                .setHeader(t("templates.column.action"))
                .setKey("action")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(new H1(t("templates.title")), new Paragraph(t("templates.intro")), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        providerId = RouteIds.required(event, "providerId");
        grid.setItems(templates.list(providerId));
    }

    /** "Temperature 134–137 °C, Holding time ≥ 180 s": the limits a value must keep. */
    private static String limits(MaintenanceTemplate template) {
        return template.definition().fields().stream()
                .filter(f -> !f.limitText().isEmpty() && f.type() == FieldType.NUMBER)
                .map(f -> f.label() + " " + f.limitText())
                .collect(Collectors.joining(", "));
    }

    private void openAdaptation(MaintenanceTemplate source) {
        Dialog dialog = new Dialog();
        dialog.setId("adapt-template");
        dialog.setHeaderTitle(t("templates.adapt.of", source.getName()));
        TextField name = new TextField(t("templates.name"));
        name.setId("adapted-name");
        name.setRequiredIndicatorVisible(true);
        name.setValue(source.getName() + " (" + t("templates.own") + ")");
        name.setWidthFull();
        FormLayout form = new FormLayout(name);
        form.setColspan(name, 2);
        Map<String, BigDecimalField[]> bounds = new LinkedHashMap<>();
        for (EvidenceField field : source.definition().fields()) {
            if (field.type() != FieldType.NUMBER) continue;
            String unit = field.unit() == null ? "" : " (" + field.unit() + ")";
            BigDecimalField min = new BigDecimalField(t("templates.min", field.label() + unit));
            min.setId("min-" + field.key());
            min.setValue(field.min());
            BigDecimalField max = new BigDecimalField(t("templates.max", field.label() + unit));
            max.setId("max-" + field.key());
            max.setValue(field.max());
            form.add(min, max);
            bounds.put(field.key(), new BigDecimalField[] {min, max});
        }
        Button save = new Button(t("templates.save"), click -> {
            Map<String, TemplateAdaptation.Limits> limits = new HashMap<>();
            bounds.forEach((key, pair) ->
                    limits.put(key, new TemplateAdaptation.Limits(pair[0].getValue(), pair[1].getValue())));
            try {
                MaintenanceTemplate saved =
                        templates.adapt(providerId, source.getId(), new TemplateAdaptation(name.getValue(), limits));
                Notifications.success(t("templates.saved", saved.getName()));
                dialog.close();
                grid.setItems(templates.list(providerId));
            } catch (InvalidInputException e) {
                showError(e, name, bounds);
            } catch (ConstraintViolationException e) {
                name.setInvalid(true);
                name.setErrorMessage(t("templates.name.required"));
            }
        });
        save.setId("save-adapted");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(t("templates.cancel"), click -> dialog.close()), save);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private static void showError(InvalidInputException error, TextField name, Map<String, BigDecimalField[]> bounds) {
        Component target = name;
        if (error.field().startsWith("limits.")) {
            BigDecimalField[] pair = bounds.get(error.field().substring("limits.".length()));
            if (pair != null) target = pair[0];
        }
        if (target instanceof TextField text) {
            text.setInvalid(true);
            text.setErrorMessage(error.getMessage());
        } else if (target instanceof BigDecimalField number) {
            number.setInvalid(true);
            number.setErrorMessage(error.getMessage());
        }
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    @Override
    public String getPageTitle() {
        return t("templates.title") + " · DeviceWard";
    }
}
