package io.deviceward.maintenance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a provider changes when it adapts a template: its name and the limits of its number fields (by field key;
 * a field not named keeps its limits, a null bound removes that bound).
 */
public record TemplateAdaptation(
        @NotBlank(message = "Give the template a name") @Size(max = 200)
        String name,

        Map<String, Limits> limits) {
    public TemplateAdaptation {
        limits = limits == null ? Map.of() : Map.copyOf(limits);
    }

    public record Limits(@Nullable BigDecimal min, @Nullable BigDecimal max) {}
}
