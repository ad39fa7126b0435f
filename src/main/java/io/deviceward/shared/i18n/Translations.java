package io.deviceward.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DateFormatSymbols;
import java.text.Format;
import java.text.MessageFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The UI's texts in English and German: Vaadin asks it for every {@code getTranslation(key)}. Each feature keeps its
 * own bundle, {@code i18n/<feature>.properties} (English, the base) and {@code i18n/<feature>_de.properties}; the
 * shell's and the shared texts are in {@code i18n/messages}. They are read once and merged; a key two bundles both
 * define stops the start (TranslationsTest checks it too). English comes first, so a browser asking for neither
 * language reads English; the user menu switches. A missing key shows as {@code !key!} and is logged, so it is seen,
 * never silently blank. See docs/decisions/2026-12-02-two-languages.md.
 */
@Component
public class Translations implements I18NProvider {
    public static final Locale ENGLISH = Locale.UK;
    public static final Locale GERMAN = Locale.GERMANY;
    static final String FOLDER = "i18n/";
    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, GERMAN);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(key, locale, params);
    }

    /**
     * The text in English, outside any page: what a service writes where one language is needed (a finding's
     * sentence for the API, the exports and sorting), from the same bundle text a page shows.
     */
    public static String english(String key, Object... params) {
        return translate(key, ENGLISH, params);
    }

    /** Whether a bundle defines the key (for texts derived from data, such as a finding's kind, with a fallback). */
    public static boolean has(String key) {
        return Loaded.ENGLISH_TEXTS.containsKey(key);
    }

    private static String translate(String key, Locale locale, Object... params) {
        Locale language = german(locale) ? GERMAN : ENGLISH;
        String text = texts(language).get(key);
        if (text == null) {
            log.warn("No text for key {} in {}", key, locale);
            return "!" + key + "!";
        }
        // Always through MessageFormat, with or without parameters, so an apostrophe is written '' in every text.
        MessageFormat format = new MessageFormat(text, language);
        for (Format part : format.getFormats()) {
            if (part instanceof SimpleDateFormat date) {
                // A LocalDate argument is its calendar day: no time zone may shift it.
                date.setTimeZone(UTC);
                // English months read "Sep" as they always have, not en-GB's "Sept".
                if (language == ENGLISH) date.setDateFormatSymbols(DateFormatSymbols.getInstance(Locale.ENGLISH));
            }
        }
        return format.format(arguments(language, params));
    }

    /** A {@link Text} argument in the same language; a {@link LocalDate} as the date a {@code date} pattern formats. */
    private static Object[] arguments(Locale language, Object[] params) {
        Object[] resolved = params.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof Text text) {
                resolved[i] = translate(text.key(), language, text.params());
            } else if (resolved[i] instanceof LocalDate day) {
                resolved[i] = Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
            }
        }
        return resolved;
    }

    /** Every key and its text in English, or in German for a German locale. */
    static Map<String, String> texts(Locale locale) {
        return german(locale) ? Loaded.GERMAN_TEXTS : Loaded.ENGLISH_TEXTS;
    }

    /** The bundles found, by name ({@code messages}, {@code device}, …), each with its English and German keys. */
    static Map<String, Bundle> bundles() {
        return Loaded.BUNDLES;
    }

    record Bundle(String name, Map<String, String> english, Map<String, String> german) {}

    private static boolean german(Locale locale) {
        return locale != null && locale.getLanguage().equals(GERMAN.getLanguage());
    }

    /** Read on first use: the bundles do not change while the app runs. */
    private static final class Loaded {
        static final Map<String, Bundle> BUNDLES = read();
        static final Map<String, String> ENGLISH_TEXTS = merge(Bundle::english);
        static final Map<String, String> GERMAN_TEXTS = merge(Bundle::german);

        private static Map<String, Bundle> read() {
            try {
                Resource[] found = new PathMatchingResourcePatternResolver(Translations.class.getClassLoader())
                        .getResources("classpath*:" + FOLDER + "*.properties");
                Map<String, Bundle> bundles = new TreeMap<>();
                Arrays.stream(found)
                        .map(Resource::getFilename)
                        .filter(name -> name != null && !name.contains("_"))
                        .sorted(Comparator.naturalOrder())
                        .distinct()
                        .forEach(file -> {
                            String name = file.substring(0, file.length() - ".properties".length());
                            bundles.put(
                                    name, new Bundle(name, load(name + ".properties"), load(name + "_de.properties")));
                        });
                return bundles;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Map<String, String> load(String file) {
            Properties properties = new Properties();
            try (InputStream in = Translations.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
                if (in == null) return Map.of();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> texts = new TreeMap<>();
            properties.forEach((key, value) -> texts.put((String) key, (String) value));
            return texts;
        }

        private static Map<String, String> merge(Function<Bundle, Map<String, String>> language) {
            Map<String, String> merged = new LinkedHashMap<>();
            for (Bundle bundle : BUNDLES.values()) {
                for (Map.Entry<String, String> text : language.apply(bundle).entrySet()) {
                    if (merged.putIfAbsent(text.getKey(), text.getValue()) != null) {
                        throw new IllegalStateException("The text key " + text.getKey() + " is defined twice; "
                                + bundle.name() + " repeats a key of another bundle in " + FOLDER);
                    }
                }
            }
            return Map.copyOf(merged);
        }
    }
}
