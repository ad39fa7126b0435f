package io.deviceward.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The UI's texts in English and German (`i18n/messages*.properties`): Vaadin asks it for every
 * {@code getTranslation(key)}. English comes first, so a browser asking for neither language reads English; the user
 * menu switches. A missing key shows as {@code !key!} and is logged, so it is seen, never silently blank. See
 * docs/decisions/2026-12-02-two-languages.md.
 */
@Component
public class Translations implements I18NProvider {
    public static final Locale ENGLISH = Locale.UK;
    public static final Locale GERMAN = Locale.GERMANY;
    static final String BUNDLE = "i18n.messages";
    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    // No fallback to the JVM's default locale: English is the base bundle, German its only child.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, GERMAN);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundle(locale);
        try {
            String text = bundle.getString(key);
            return params.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(params);
        } catch (MissingResourceException e) {
            log.warn("No text for key {} in {}", key, locale);
            return "!" + key + "!";
        }
    }

    static ResourceBundle bundle(Locale locale) {
        Locale language =
                locale != null && locale.getLanguage().equals(GERMAN.getLanguage()) ? Locale.GERMAN : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, language, Translations.class.getClassLoader(), CONTROL);
    }
}
