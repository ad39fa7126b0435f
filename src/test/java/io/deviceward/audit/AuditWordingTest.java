package io.deviceward.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.shared.text.DateTimes;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AuditWordingTest {
    private static final DateTimes BERLIN = DateTimes.of(ZoneId.of("Europe/Berlin"), Locale.UK);

    /** A feature's vocabulary as the device module gives one: its own labels, one internal field. */
    private final AuditVocabulary devices = new AuditVocabulary() {
        @Override
        public boolean speaksFor(String objectType) {
            return objectType.equals("Device");
        }

        @Override
        public @Nullable String fieldLabel(String field) {
            return switch (field) {
                case "posture.firewall.state" -> "Firewall enabled";
                case "searchHint" -> HIDDEN;
                default -> null;
            };
        }

        @Override
        public @Nullable String valueLabel(String field, String value) {
            return field.equals("posture.firewall.state") && value.equals("NO") ? "No" : null;
        }
    };

    private final AuditWording wording = new AuditWording(List.of(devices));

    @Test
    void fieldsReadWithTheirLabelsAndInternalOnesAreLeftOut() {
        List<FieldChange> changes = wording.changes("Device", """
                {"posture.firewall.state":["YES","NO"],"practiceId":[null,"0b6f3c1e-5d1a-4a44-9a57-0d0f2f4a7c11"],\
                "searchHint":["a","b"],"posture.firewall.note":[null,""],"firmwareUpdatedOn":["2026-03-01","2026-12-01"],\
                "status":["IN_SERVICE","OUT_OF_SERVICE"]}""", BERLIN);

        assertThat(changes)
                .containsExactly(
                        new FieldChange("Firewall enabled", "Yes", "No"),
                        new FieldChange("Firmware updated on", "1 Mar 2026", "1 Dec 2026"),
                        new FieldChange("Status", "In service", "Out of service"));
    }

    @Test
    void anotherFeaturesFieldsReadByTheGenericRules() {
        List<FieldChange> changes = wording.changes(
                "Segment", "{\"vlanId\":[\"10\",\"20\"],\"allowInternet\":[\"false\",\"true\"]}", BERLIN);

        assertThat(changes).containsExactly(new FieldChange("Allow internet", "No", "Yes"));
    }

    @Test
    void aLineSaysOldToNewSetAndCleared() {
        assertThat(AuditWording.line(new FieldChange("Firewall enabled", "Yes", "No")))
                .isEqualTo("Firewall enabled: Yes → No");
        assertThat(AuditWording.line(new FieldChange("Notes", "", "Behind reception")))
                .isEqualTo("Notes: set to Behind reception");
        assertThat(AuditWording.line(new FieldChange("Location", "Room 2", "")))
                .isEqualTo("Location: cleared (was Room 2)");
    }

    @Test
    void genericLabelsDropTheEmbeddedPrefixAndSplitWords() {
        assertThat(AuditWording.genericLabel("posture.backup.checkedOn")).isEqualTo("Backup checked on");
        assertThat(AuditWording.genericLabel("responsiblePerson")).isEqualTo("Responsible person");
        assertThat(AuditWording.genericLabel("segmentId")).isEqualTo(AuditVocabulary.HIDDEN);
    }

    @Test
    void storedTextThatIsNotJsonIsShownAsItIs() {
        assertThat(wording.changes("Device", "not json", BERLIN))
                .containsExactly(new FieldChange("Changes", "", "not json"));
    }
}
