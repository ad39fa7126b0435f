package io.deviceward.findings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.shared.i18n.Translations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A finding's kind in words, for the filter: never the key itself. */
class FindingKindsTest {
    /** The sources that name finding kinds. */
    private static final List<Path> SOURCES = List.of(
            Path.of("src/main/java/io/deviceward/device/PostureFindings.java"),
            Path.of("src/main/java/io/deviceward/segment/SegmentFindings.java"),
            Path.of("src/main/java/io/deviceward/segment/ScanCheck.java"),
            Path.of("src/main/java/io/deviceward/maintenance/MaintenanceFindings.java"));

    private static final Pattern KIND = Pattern.compile("\"((?:device|segment|maintenance)\\.[a-z][a-z-]*)\"");

    @Test
    void theAreaThenWhatWasFoundInWords() {
        assertThat(FindingKinds.label("device.firewall-off")).isEqualTo("Device: firewall off");
        assertThat(FindingKinds.label("segment.patient-data-reachable-from-guest"))
                .isEqualTo("Segment: patient data reachable from guest");
        assertThat(FindingKinds.label("maintenance.overdue")).isEqualTo("Maintenance: overdue");
    }

    @Test
    void aKindWithoutAnAreaIsStillWords() {
        assertThat(FindingKinds.label("unknown-thing")).isEqualTo("Unknown thing");
    }

    @Test
    void eachKindIsNamedInItsFeaturesBundleInBothLanguagesTheEnglishAsBefore() throws IOException {
        Set<String> kinds = new TreeSet<>();
        for (Path source : SOURCES) {
            Matcher m = KIND.matcher(Files.readString(source));
            while (m.find()) kinds.add(m.group(1));
        }
        assertThat(kinds).hasSize(21).contains("device.firewall-off", "segment.scan-unregistered-device");
        Translations translations = new Translations();
        for (String kind : kinds) {
            String key = FindingKinds.key(kind);
            assertThat(key).startsWith(kind.substring(0, kind.indexOf('.')) + ".finding.kind.");
            assertThat(Translations.has(key)).as(key).isTrue();
            assertThat(Translations.english(key)).as(key).isEqualTo(FindingKinds.label(kind));
            assertThat(translations.getTranslation(key, Locale.GERMANY))
                    .as(key)
                    .isNotEqualTo(FindingKinds.label(kind))
                    .doesNotStartWith("!");
        }
        assertThat(translations.getTranslation(FindingKinds.key("device.firewall-off"), Locale.GERMANY))
                .isEqualTo("Ger\u00e4t: Firewall aus");
    }
}
