package io.deviceward.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.access.MemberDirectory;
import io.deviceward.access.Role;
import io.deviceward.access.SecondFactor;
import io.deviceward.audit.AuditAction;
import io.deviceward.device.Answer;
import io.deviceward.device.ConnectionType;
import io.deviceward.device.Criticality;
import io.deviceward.device.DeviceImportPreview;
import io.deviceward.device.DeviceStatus;
import io.deviceward.device.DisposalMethod;
import io.deviceward.device.PostureGap;
import io.deviceward.device.RemoteAccess;
import io.deviceward.maintenance.Basis;
import io.deviceward.maintenance.ClosedDayRule;
import io.deviceward.maintenance.Outcome;
import io.deviceward.maintenance.TargetKind;
import io.deviceward.maintenance.TaskKind;
import io.deviceward.maintenance.TaskStatus;
import io.deviceward.maintenance.TemplateKind;
import io.deviceward.mfa.EffectiveMfaPolicy;
import io.deviceward.mfa.MfaMode;
import io.deviceward.segment.FlowAction;
import io.deviceward.segment.NamedService;
import io.deviceward.segment.Protocol;
import io.deviceward.segment.SegmentPurpose;
import io.deviceward.segment.StarterTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationsTest {
    private final Translations translations = new Translations();

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() {
        assertThat(Translations.bundles()).containsKey("messages");
        for (Translations.Bundle bundle : Translations.bundles().values()) {
            Set<String> english = new TreeSet<>(bundle.english().keySet());
            Set<String> german = new TreeSet<>(bundle.german().keySet());
            assertThat(english).as(bundle.name() + ": English texts").isNotEmpty();
            assertThat(german).as(bundle.name() + ": keys only in English").containsAll(english);
            assertThat(english).as(bundle.name() + ": keys only in German").containsAll(german);
        }
    }

    @Test
    void noKeyIsDefinedByTwoBundles() {
        Map<String, String> owner = new TreeMap<>();
        Set<String> twice = new TreeSet<>();
        for (Translations.Bundle bundle : Translations.bundles().values()) {
            for (String key : bundle.english().keySet()) {
                String earlier = owner.putIfAbsent(key, bundle.name());
                if (earlier != null) twice.add(key + " in " + earlier + " and " + bundle.name());
            }
        }
        assertThat(twice).isEmpty();
        assertThat(Translations.texts(Locale.UK)).hasSize(owner.size());
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Pattern literalKey =
                Pattern.compile("\\bt\\(\"([a-z][a-zA-Z0-9.\\-]+)\"|getTranslation\\(\"([a-z][a-zA-Z0-9.\\-]+)\"");
        Set<String> known = Translations.texts(Translations.ENGLISH).keySet();
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
    void everyApostropheIsWrittenTwiceAsMessageFormatWants() {
        Pattern loneQuote = Pattern.compile("(?<!')'(?!')");
        for (Locale locale : List.of(Translations.ENGLISH, Translations.GERMAN)) {
            Set<String> lone = new TreeSet<>();
            Translations.texts(locale).forEach((key, text) -> {
                if (loneQuote.matcher(text).find()) lone.add(key + "=" + text);
            });
            assertThat(lone)
                    .as("texts with a lone ' (MessageFormat would drop it): write ''")
                    .isEmpty();
        }
        assertThat(translations.getTranslation("templates.intro", Locale.UK)).contains("machines' limits");
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfABlank() {
        assertThat(translations.getTranslation("no.such.key", Locale.UK)).isEqualTo("!no.such.key!");
    }

    @Test
    void everyChoiceAViewLabelsHasTextsInBothLanguages() {
        Map<String, String> english = Translations.texts(Translations.ENGLISH);
        Map<String, String> german = Translations.texts(Translations.GERMAN);
        for (Class<? extends Enum<?>> type : Labelled.CHOICES) {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + value.name();
                assertThat(english.containsKey(key)).as(key).isTrue();
                assertThat(german.get(key)).as(key).isNotBlank();
            }
        }
        for (Class<? extends Enum<?>> type : Labelled.NAMED_WITH_OWNER) {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = "enum." + type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName() + "."
                        + value.name();
                assertThat(english.containsKey(key)).as(key).isTrue();
                assertThat(german.get(key)).as(key).isNotBlank();
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
                DisposalMethod.class,
                PostureGap.class,
                DeviceImportPreview.Format.class,
                DeviceImportPreview.Outcome.class,
                SegmentPurpose.class,
                FlowAction.class,
                Protocol.class,
                NamedService.class,
                StarterTemplate.class,
                TaskStatus.class,
                TaskKind.class,
                Outcome.class,
                TemplateKind.class,
                TargetKind.class,
                ClosedDayRule.class,
                Basis.class,
                Role.class,
                SecondFactor.class,
                MfaMode.class);

        /**
         * Nested choices whose own name says nothing (a Status, a Source): their keys name the owner too,
         * {@code enum.<Owner>.<Type>.<NAME>}.
         */
        static final List<Class<? extends Enum<?>>> NAMED_WITH_OWNER =
                List.of(MemberDirectory.Status.class, EffectiveMfaPolicy.Source.class);
    }
}
