package io.deviceward.access.ui;

import com.vaadin.flow.component.Component;
import io.deviceward.access.SecondFactor;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A member's second factors as the members and people pages read them: unknown (Keycloak did not say), none, or each by name. */
final class SecondFactorTexts {
    private SecondFactorTexts() {}

    static String of(Component page, @Nullable Set<SecondFactor> factors) {
        if (factors == null) return page.getTranslation("access.factors.unknown");
        if (factors.isEmpty()) return page.getTranslation("access.factors.none");
        return factors.stream()
                .map(factor -> page.getTranslation("enum.SecondFactor." + factor.name()))
                .collect(Collectors.joining(", "));
    }
}
