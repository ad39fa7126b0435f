package io.deviceward.device.ui;

import com.vaadin.flow.router.QueryParameters;
import io.deviceward.device.DeviceFilter;
import io.deviceward.device.DeviceStatus;
import io.deviceward.device.PostureGap;
import io.deviceward.shared.ui.RouteIds;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The device list's filters as its URL query ({@code ?q=…&category=…&status=…&segment=…&gap=…}), so a filtered view
 * can be bookmarked and shared; a mangled value shows everything rather than an error.
 */
final class DeviceFilterQuery {
    private DeviceFilterQuery() {}

    static QueryParameters toQuery(DeviceFilter filter) {
        Map<String, String> query = new HashMap<>();
        if (filter.text() != null && !filter.text().isBlank()) query.put("q", filter.text());
        if (filter.category() != null) query.put("category", filter.category());
        if (filter.status() != null) query.put("status", filter.status().name());
        if (filter.segmentId() != null) query.put("segment", filter.segmentId().toString());
        if (filter.gap() != null) query.put("gap", filter.gap().name());
        return QueryParameters.simple(query);
    }

    static DeviceFilter fromQuery(QueryParameters query) {
        return new DeviceFilter(
                query.getSingleParameter("q").orElse(null),
                query.getSingleParameter("category").orElse(null),
                query.getSingleParameter("status")
                        .flatMap(v -> parseEnum(DeviceStatus.class, v))
                        .orElse(null),
                query.getSingleParameter("segment").flatMap(RouteIds::parse).orElse(null),
                query.getSingleParameter("gap")
                        .flatMap(v -> parseEnum(PostureGap.class, v))
                        .orElse(null));
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a mangled link shows everything rather than an error
        }
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
