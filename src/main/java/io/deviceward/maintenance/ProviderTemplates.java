package io.deviceward.maintenance;

import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.security.CanAdministerProvider;
import io.deviceward.shared.security.CanViewProvider;
import io.deviceward.shared.security.DenyUnlessGuarded;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A provider's own templates: the starter set adapted to its clinics' machines (another name, the manufacturer's
 * limits). Every practice of the provider can schedule them, no other practice sees them. Starters never change.
 */
@Service
@Validated
@DenyUnlessGuarded
public class ProviderTemplates {
    private final TemplateRepository templates;

    ProviderTemplates(TemplateRepository templates) {
        this.templates = templates;
    }

    /** The starter set, then the provider's own, as practices of the provider see them. */
    @CanViewProvider
    @Transactional(readOnly = true)
    public List<MaintenanceTemplate> list(UUID providerId) {
        return templates.availableTo(providerId);
    }

    /** A new template of the provider from a starter (or from one of its own), with the adaptation applied. */
    @CanAdministerProvider
    @Transactional
    public MaintenanceTemplate adapt(UUID providerId, UUID templateId, @Valid TemplateAdaptation adaptation) {
        MaintenanceTemplate source = templates
                .findById(templateId)
                .filter(t -> t.getProviderId() == null || t.getProviderId().equals(providerId))
                .orElseThrow(() -> new NotFoundException("Template"));
        String name = adaptation.name().strip();
        if (templates.availableTo(providerId).stream().anyMatch(t -> t.getName().equalsIgnoreCase(name))) {
            throw new InvalidInputException(
                    "name", "A template named \"" + name + "\" exists already; choose another name");
        }
        TemplateDefinition definition = withLimits(source.definition(), adaptation.limits());
        return templates.save(MaintenanceTemplate.adaptedFrom(source, providerId, name, definition));
    }

    private static TemplateDefinition withLimits(
            TemplateDefinition definition, Map<String, TemplateAdaptation.Limits> limits) {
        for (String key : limits.keySet()) {
            EvidenceField field = definition
                    .field(key)
                    .orElseThrow(() -> new InvalidInputException("limits." + key, "The template has no field " + key));
            if (field.type() != FieldType.NUMBER) {
                throw new InvalidInputException("limits." + key, field.label() + " is not a number and has no limits");
            }
        }
        List<EvidenceField> fields = new ArrayList<>();
        for (EvidenceField field : definition.fields()) {
            TemplateAdaptation.Limits changed = limits.get(field.key());
            if (changed == null) {
                fields.add(field);
                continue;
            }
            if (changed.min() != null && changed.max() != null && changed.min().compareTo(changed.max()) > 0) {
                throw new InvalidInputException(
                        "limits." + field.key(),
                        field.label() + ": the lowest value (" + changed.min().toPlainString()
                                + ") is above the highest (" + changed.max().toPlainString() + ")");
            }
            fields.add(new EvidenceField(
                    field.key(),
                    field.label(),
                    field.type(),
                    field.unit(),
                    changed.min(),
                    changed.max(),
                    field.step(),
                    field.required()));
        }
        return new TemplateDefinition(definition.checklist(), fields);
    }
}
