package io.deviceward.shared.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deviceward.shared.i18n.Text;
import io.deviceward.shared.i18n.Translations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every finding source writes its sentences as keys of its own feature's bundle, present in English and German, and
 * a finding's English message is always its text in English.
 */
class FindingTextsTest {
    /** The sources that build findings (and the scan results that become findings). */
    static final List<Path> SOURCES = List.of(
            Path.of("src/main/java/io/deviceward/device/PostureFindings.java"),
            Path.of("src/main/java/io/deviceward/segment/SegmentFindings.java"),
            Path.of("src/main/java/io/deviceward/segment/SegmentFindingSource.java"),
            Path.of("src/main/java/io/deviceward/segment/ScanChecks.java"),
            Path.of("src/main/java/io/deviceward/segment/ScanCheck.java"),
            Path.of("src/main/java/io/deviceward/maintenance/MaintenanceFindings.java"));

    private static final Pattern TEXT_KEY = Pattern.compile("Text\\.of\\(\\s*\"([a-z][a-zA-Z0-9.\\-]+)\"");
    private static final Pattern CONSTANT_KEY = Pattern.compile("\"([a-z]+\\.finding\\.[a-zA-Z0-9.\\-]+)\"");

    @Test
    void everyKeyAFindingSourceWritesIsInItsOwnBundleInBothLanguages() throws IOException {
        Set<String> missing = new TreeSet<>();
        int keys = 0;
        for (Path source : SOURCES) {
            String code = Files.readString(source);
            String feature = source.getParent().getFileName().toString();
            Set<String> found = new TreeSet<>();
            for (Pattern pattern : List.of(TEXT_KEY, CONSTANT_KEY)) {
                Matcher m = pattern.matcher(code);
                while (m.find()) found.add(m.group(1));
            }
            for (String key : found) {
                keys++;
                if (!key.startsWith(feature + ".finding."))
                    missing.add(source.getFileName() + ": " + key + " (not " + feature + ".finding.*)");
                if (!Translations.has(key)) missing.add(source.getFileName() + ": " + key + " (no English)");
                if (Translations.english(key).startsWith("!")
                        || new Translations()
                                .getTranslation(key, Locale.GERMANY)
                                .startsWith("!")) {
                    missing.add(source.getFileName() + ": " + key + " (no text)");
                }
            }
        }
        assertThat(keys).as("keys found in the finding sources").isGreaterThan(25);
        assertThat(missing).isEmpty();
    }

    @Test
    void theMessageIsTheTextInEnglish() {
        Finding finding = new Finding(
                "device.firewall-off",
                Severity.HIGH,
                Text.of("device.finding.firewall-off", "Autoclave Room 2"),
                FindingSubject.of("DEVICE", UUID.randomUUID(), "Autoclave Room 2"),
                "practices/x/devices/y");
        assertThat(finding.message()).isEqualTo("Autoclave Room 2: firewall is off");
        assertThat(new Translations()
                        .getTranslation(
                                finding.text().key(),
                                Locale.GERMANY,
                                finding.text().params()))
                .isEqualTo("Autoclave Room 2: Firewall aus");

        assertThatThrownBy(() -> new Finding(
                        finding.kind(),
                        finding.severity(),
                        finding.text(),
                        "Autoclave Room 2: something else",
                        finding.subject(),
                        finding.fixPath()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTextArgumentIsTranslatedInTheSameLanguage() {
        Text grouped = Text.of("device.finding.firewall-off", Text.of("device.finding.devices", 5));
        assertThat(grouped.english()).isEqualTo("5 devices: firewall is off");
        assertThat(new Translations().getTranslation(grouped.key(), Locale.GERMANY, grouped.params()))
                .isEqualTo("5 Ger\u00e4te: Firewall aus");
    }
}
