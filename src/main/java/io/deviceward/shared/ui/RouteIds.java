package io.deviceward.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import io.deviceward.shared.NotFoundException;
import java.util.Optional;
import java.util.UUID;

/** Reads ids from route parameters; a malformed id is simply "not found", like an unknown one. */
public final class RouteIds {
    private RouteIds() {}

    public static UUID required(BeforeEnterEvent event, String name) {
        return event.getRouteParameters()
                .get(name)
                .flatMap(RouteIds::parse)
                .orElseThrow(() -> new NotFoundException("Page"));
    }

    public static Optional<UUID> parse(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
