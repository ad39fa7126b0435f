package io.deviceward.device;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** Turns a {@link DeviceFilter} into a query; the tenant filter adds the practice on top. */
final class DeviceSpecifications {
    private DeviceSpecifications() {}

    static Specification<Device> matching(DeviceFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            String like = likePattern(filter.text());
            if (like != null) {
                // Columns use a case-insensitive collation: no lower(), which would only cost time.
                List<Predicate> any = new ArrayList<>(List.of(
                        cb.like(root.get("name"), like, '\\'),
                        cb.like(root.get("manufacturer"), like, '\\'),
                        cb.like(root.get("model"), like, '\\'),
                        cb.like(root.get("serialNumber"), like, '\\'),
                        cb.like(root.get("location"), like, '\\'),
                        cb.like(root.get("hostname"), like, '\\'),
                        cb.like(root.get("ipAddresses").as(String.class), like, '\\'),
                        cb.like(root.get("macAddress"), like.replace('-', ':'), '\\')));
                NetworkAddresses.ip(filter.text()).ifPresent(ip ->
                        any.add(cb.like(root.get("ipAddresses").as(String.class), "%" + ip + "%")));
                where.add(cb.or(any.toArray(Predicate[]::new)));
            }
            if (filter.category() != null && !filter.category().isBlank()) {
                where.add(cb.equal(root.get("category"), filter.category()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.segmentId() != null) {
                where.add(cb.equal(root.get("segmentId"), filter.segmentId()));
            }
            if (filter.gap() != null) {
                Path<Object> posture = root.get("posture");
                switch (filter.gap()) {
                    case FIREWALL_OFF -> where.add(cb.equal(posture.get("firewall").get("state"), Answer.NO));
                    case NOT_IN_BACKUPS -> where.add(cb.equal(posture.get("backup").get("state"), Answer.NO));
                    case POSTURE_UNKNOWN -> where.add(cb.or(java.util.Arrays.stream(PostureItem.values())
                            .map(item -> cb.equal(posture.get(field(item)).get("state"), Answer.UNKNOWN))
                            .toArray(Predicate[]::new)));
                }
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    static String field(PostureItem item) {
        return item.key();
    }

    static String likePattern(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        String escaped = search.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
