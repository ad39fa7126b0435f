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
            SearchTerms terms = SearchTerms.of(filter.text());
            if (terms.fullText() != null) {
                where.add(cb.gt(cb.function(DeviceSearchFunctions.MATCH, Double.class, root.get("searchText"),
                        cb.literal(terms.fullText())), 0.0));
            }
            for (String fragment : terms.fragments()) {
                // Too short for the full-text index: checked on the rows the index found (or, alone, on all).
                where.add(cb.like(root.get("searchText"), "%" + fragment.replace("_", "\\_") + "%", '\\'));
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
                            .map(item -> cb.equal(posture.get(item.key()).get("state"), Answer.UNKNOWN))
                            .toArray(Predicate[]::new)));
                }
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /**
     * What a search box's text becomes: words of three or more characters as a full-text query
     * ("+word*" each: every word must start a word of the device), shorter ones as LIKE fragments.
     * Folded the way the search_text column is: lower case, "-", ".", ":" and "/" as "_".
     */
    record SearchTerms(String fullText, List<String> fragments) {
        static SearchTerms of(String text) {
            if (text == null || text.isBlank()) return new SearchTerms(null, List.of());
            List<String> words = new ArrayList<>();
            List<String> fragments = new ArrayList<>();
            String folded = NetworkAddresses.ip(text).orElse(text).toLowerCase(Locale.ROOT).replaceAll("[-.:/]", "_");
            for (String word : folded.split("[^\\p{L}\\p{N}_]+")) {
                if (word.isEmpty()) continue;
                if (word.length() >= 3) words.add("+" + word + "*");
                else fragments.add(word);
            }
            return new SearchTerms(words.isEmpty() ? null : String.join(" ", words), fragments);
        }
    }
}
