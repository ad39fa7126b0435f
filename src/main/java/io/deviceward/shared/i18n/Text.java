package io.deviceward.shared.i18n;

import java.util.List;
import java.util.Objects;

/**
 * A text to show in the reader's language, not yet formatted: a key of the bundles and its arguments. A service
 * that writes a sentence (a finding) returns one, so each page shows it in its reader's language and the English
 * sentence (for the API, exports and sorting) comes from the same bundle text. An argument may itself be a
 * {@code Text} (translated in the same language) or a {@link java.time.LocalDate} (for a {@code {n,date,...}}
 * pattern); see {@link Translations}.
 *
 * @param key a key of the bundles, such as {@code device.finding.firewall-off}
 * @param args the arguments of its MessageFormat pattern, in order
 */
public record Text(String key, List<Object> args) {

    public Text {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Text of(String key, Object... args) {
        return new Text(key, List.of(args));
    }

    /** The arguments as {@code getTranslation(key, params)} takes them. */
    public Object[] params() {
        return args.toArray();
    }

    /** The text in English, as the API and exports read it. */
    public String english() {
        return Translations.english(key, params());
    }
}
