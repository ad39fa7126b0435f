package io.deviceward.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.audit.AuditAction;
import io.deviceward.device.Answer;
import io.deviceward.device.ConnectionType;
import io.deviceward.device.Criticality;
import io.deviceward.device.DeviceStatus;
import io.deviceward.device.DisposalMethod;
import io.deviceward.device.RemoteAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationsTest {
    private final Translations translations = new Translations();

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> english =
                new TreeSet<>(Translations.bundle(Translations.ENGLISH).keySet());
        Set<String> german =
                new TreeSet<>(Translations.bundle(Translations.GERMAN).keySet());
        assertThat(german).as("keys only in English").containsAll(english);
        assertThat(english).as("keys only in German").containsAll(german);
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Pattern literalKey =
                Pattern.compile("\\bt\\(\"([a-z][a-zA-Z0-9.\\-]+)\"|getTranslation\\(\"([a-z][a-zA-Z0-9.\\-]+)\"");
        Set<String> known = Translations.bundle(Translations.ENGLISH).keySet();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literalKey.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    // Keys built from a prefix ("posture." + item.key()) end with a dot; the enum test covers those.
                    if (!key.endsWith(".") && !known.contains(key)) missing.add(file.getFileName() + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void germanReadersReadGermanAndEveryoneElseEnglish() {
        assertThat(translations.getTranslation("device.page.attention", Locale.GERMANY))
                .isEqualTo("Handlungsbedarf");
        assertThat(translations.getTranslation("device.page.attention", Locale.GERMAN))
                .isEqualTo("Handlungsbedarf");
        assertThat(translations.getTranslation("device.page.attention", Locale.UK))
                .isEqualTo("Needs attention");
        assertThat(translations.getTranslation("device.page.attention", Locale.FRANCE))
                .isEqualTo("Needs attention");
        assertThat(translations.getProvidedLocales().getFirst()).isEqualTo(Translations.ENGLISH);
    }

    @Test
    void parametersAndCountsAreFormattedPerLanguage() {
        assertThat(translations.getTranslation("audit.matches", Locale.UK, 0)).isEqualTo("No entries");
        assertThat(translations.getTranslation("audit.matches", Locale.UK, 1)).isEqualTo("1 entry");
        assertThat(translations.getTranslation("audit.matches", Locale.UK, 1200))
                .isEqualTo("1,200 entries");
        assertThat(translations.getTranslation("audit.matches", Locale.GERMANY, 1200))
                .isEqualTo("1.200 Einträge");
        assertThat(translations.getTranslation("device.page.check.on", Locale.GERMANY, "03.11.2026"))
                .isEqualTo("geprüft am 03.11.2026");
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfABlank() {
        assertThat(translations.getTranslation("no.such.key", Locale.UK)).isEqualTo("!no.such.key!");
    }

    @Test
    void everyChoiceAViewLabelsHasTextsInBothLanguages() {
        ResourceBundle english = Translations.bundle(Translations.ENGLISH);
        ResourceBundle german = Translations.bundle(Translations.GERMAN);
        for (Class<? extends Enum<?>> type : Labelled.CHOICES) {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + value.name();
                assertThat(english.containsKey(key)).as(key).isTrue();
                assertThat(german.getString(key)).as(key).isNotBlank();
            }
        }
    }

    /** The choices the translated views label through {@code enum.<Type>.<NAME>} keys. */
    static final class Labelled {
        static final List<Class<? extends Enum<?>>> CHOICES = List.of(
                AuditAction.class,
                DeviceStatus.class,
                ConnectionType.class,
                Answer.class,
                RemoteAccess.class,
                Criticality.class,
                DisposalMethod.class);
    }
}
