package io.deviceward.shared.finding;

import io.deviceward.shared.i18n.Text;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing in a practice that needs attention.
 *
 * @param kind a stable key of what was found, such as {@code device.firewall-off}; the API returns it and
 *     filters use it, so it never changes once shipped
 * @param severity how urgent it is
 * @param text the sentence to show, as a key of the feature's bundle and its arguments: each page shows it in its
 *     reader's language ({@code getTranslation(text.key(), text.params())})
 * @param message the same sentence in English, as the API, the exports and the sorting read it: "Autoclave Room 2:
 *     firewall is off"; always {@code text} in English (checked), so the two never drift
 * @param subject what it concerns
 * @param fixPath the app path where it is fixed, without a leading slash, such as
 *     {@code practices/<id>/devices/<id>}: the overviews link there, the API returns it
 */
public record Finding(
        String kind, Severity severity, Text text, String message, FindingSubject subject, String fixPath) {

    /** Worst first, then by message, so lists read the same on every page and in every export. */
    public static final Comparator<Finding> WORST_FIRST =
            Comparator.comparing(Finding::severity).thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(fixPath, "fixPath");
        if (fixPath.startsWith("/")) {
            throw new IllegalArgumentException("fixPath is relative to the app: " + fixPath);
        }
        if (!message.equals(text.english())) {
            throw new IllegalArgumentException("message is the text in English: " + message);
        }
    }

    /** A finding whose English message is its text in English. */
    public Finding(String kind, Severity severity, Text text, FindingSubject subject, String fixPath) {
        this(kind, severity, text, text.english(), subject, fixPath);
    }
}
