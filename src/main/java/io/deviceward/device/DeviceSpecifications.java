package io.deviceward.device;

import io.deviceward.shared.tenancy.TenantContext;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/** Turns a {@link DeviceFilter} into a query; the tenant filter adds the practice on top. */
final class DeviceSpecifications {
    private DeviceSpecifications() {}

    /** Whether the filter's text has words for the full-text index (and not only short LIKE fragments). */
    static boolean searchesFullText(DeviceFilter filter) {
        return SearchTerms.of(filter.text(), TenantContext.current()).fullText() != null;
    }

    static Specification<Device> matching(DeviceFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            // The practice the tenant filter narrows to: its words in search_words carry its prefix.
            SearchTerms terms = SearchTerms.of(filter.text(), TenantContext.current());
            if (terms.fullText() != null) {
                where.add(cb.gt(
                        cb.function(
                                DeviceSearchFunctions.MATCH,
                                Double.class,
                                root.get("searchWords"),
                                cb.literal(terms.fullText())),
                        0.0));
            }
            for (String fragment : terms.fragments()) {
                // Too short for the full-text index (or longer than it keeps): checked on the rows the index found (or,
                // alone, on all).
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
                    case FIREWALL_OFF ->
                        where.add(cb.equal(posture.get("firewall").get("state"), Answer.NO));
                    case NOT_IN_BACKUPS ->
                        where.add(cb.equal(posture.get("backup").get("state"), Answer.NO));
                    case POSTURE_UNKNOWN ->
                        where.add(cb.or(Arrays.stream(PostureItem.values())
                                .map(item -> cb.equal(posture.get(item.key()).get("state"), Answer.UNKNOWN))
                                .toArray(Predicate[]::new)));
                }
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /**
     * What a search box's text becomes: words of three or more characters as a full-text query on
     * search_words ("+" prefix word "*" each: every word must start a word of one of the practice's
     * devices), shorter ones as LIKE fragments on search_text. Folded the way search_text is: lower
     * case, "-", ".", ":" and "/" as "_". The prefix is the practice's (see 009-device-search-words.sql):
     * the first 6 hex digits of its id, and with it a word is cut to the 84 characters the index keeps.
     */
    record SearchTerms(String fullText, List<String> fragments) {
        static final int PREFIX_LENGTH = 6;
        static final int MAX_INDEXED_WORD = 84;

        static SearchTerms of(String text, UUID practiceId) {
            if (text == null || text.isBlank()) return new SearchTerms(null, List.of());
            String prefix = prefix(practiceId);
            List<String> words = new ArrayList<>();
            List<String> fragments = new ArrayList<>();
            String folded = NetworkAddresses.ip(text)
                    .orElse(text)
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[-.:/]", "_");
            for (String word : folded.split("[^\\p{L}\\p{N}_]+")) {
                if (word.isEmpty()) continue;
                if (word.length() < 3) {
                    fragments.add(word);
                    continue;
                }
                String indexed = cut(word, MAX_INDEXED_WORD - PREFIX_LENGTH);
                words.add("+" + prefix + indexed + "*");
                if (!indexed.equals(word)) fragments.add(word); // the index has only its start: the rest by LIKE
            }
            return new SearchTerms(words.isEmpty() ? null : String.join(" ", words), fragments);
        }

        /** The practice's prefix of its words in search_words: left(practice_id, 6) in SQL. */
        static String prefix(UUID practiceId) {
            return practiceId.toString().substring(0, PREFIX_LENGTH);
        }

        private static String cut(String word, int codePoints) {
            return word.codePointCount(0, word.length()) <= codePoints
                    ? word
                    : word.substring(0, word.offsetByCodePoints(0, codePoints));
        }
    }
}
