package io.deviceward.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.shared.i18n.Text;
import io.deviceward.shared.i18n.Translations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The segment map's and the scan check's finding sentences come from segment.properties, in English exactly as they
 * always read (SegmentFindingsIT and SegmentEnforcementIT check them on a real practice), and read in German.
 */
class SegmentFindingTextsTest {
    private final Translations translations = new Translations();
    private final Text rule30 =
            SegmentFindings.ruleText(30, "Staff", "Internet", Text.of("segment.finding.traffic-any"));
    private final Text rule40 = SegmentFindings.ruleText(40, "Vendor access", "Internet", "tcp 443");

    @Test
    void theMapsSentencesInEnglishAsBefore() {
        assertThat(SegmentFindings.exposedText(
                                "Intraoral X-ray",
                                Text.of("segment.finding.from-segment", "Guest Wi-Fi"),
                                List.of("Staff"))
                        .english())
                .isEqualTo("Intraoral X-ray stores patient data and can be reached from Guest Wi-Fi through Staff: "
                        + "allow only the flows it needs");
        assertThat(SegmentFindings.exposedText("Server", Text.of("segment.finding.from-internet"), List.of())
                        .english())
                .isEqualTo("Server stores patient data and can be reached from the Internet: allow only the flows it "
                        + "needs");
        assertThat(Text.of("segment.finding.allow-any-rule", rule30, Text.of("segment.finding.all-traffic"))
                        .english())
                .isEqualTo(
                        "Rule 30 (Staff \u2192 Internet, any) allows all traffic: name the protocols and ports it needs");
        assertThat(Text.of("segment.finding.allow-any-rule", rule40, Text.of("segment.finding.every-port", "tcp"))
                        .english())
                .isEqualTo(
                        "Rule 40 (Vendor access \u2192 Internet, tcp 443) allows every tcp port: name the protocols and "
                                + "ports it needs");
        assertThat(Text.of("segment.finding.allow-without-justification", rule40)
                        .english())
                .isEqualTo("Rule 40 (Vendor access \u2192 Internet, tcp 443) has no justification");
        assertThat(Text.of("segment.finding.review-overdue", rule30, LocalDate.of(2026, 9, 3))
                        .english())
                .isEqualTo("Rule 30 (Staff \u2192 Internet, any) was due for review on 2026-09-03");
        assertThat(SegmentFindings.ruleText(1200, "A", "B", "udp").english()).isEqualTo("Rule 1200 (A \u2192 B, udp)");
        assertThat(Text.of(
                                "segment.finding.device-outside-segment",
                                "Laptop",
                                "10.66.10.77",
                                "Treatment rooms",
                                "10.66.20.0/24")
                        .english())
                .isEqualTo("Laptop has the address 10.66.10.77, outside its segment Treatment rooms (10.66.20.0/24)");
        assertThat(Text.of("segment.finding.devices-without-segment", 2).english())
                .isEqualTo("2 devices are in no network segment");
        assertThat(Text.of("segment.finding.clinical-devices-not-isolated", "Treatment rooms", 1L)
                        .english())
                .isEqualTo(
                        "Treatment rooms holds 1 clinical device but is not isolated: its devices can reach each other");
        assertThat(Text.of("segment.finding.clinical-devices-not-isolated", "Treatment rooms", 3L)
                        .english())
                .isEqualTo(
                        "Treatment rooms holds 3 clinical devices but is not isolated: its devices can reach each other");
        assertThat(Text.of("segment.finding.map-not-reviewed", LocalDate.of(2025, 12, 31))
                        .english())
                .isEqualTo("The segment map was last reviewed on 2025-12-31, more than 12 months ago");
    }

    @Test
    void theMapsSentencesInGerman() {
        assertThat(german(Text.of("segment.finding.review-overdue", rule30, LocalDate.of(2026, 9, 3))))
                .isEqualTo(
                        "Regel 30 (Staff \u2192 Internet, beliebig) h\u00e4tte am 03.09.2026 \u00fcberpr\u00fcft werden sollen");
        assertThat(german(SegmentFindings.exposedText(
                        "Intraoral X-ray", Text.of("segment.finding.from-segment", "Guest Wi-Fi"), List.of("Staff"))))
                .isEqualTo("Intraoral X-ray speichert Patientendaten und ist aus dem Netzsegment Guest Wi-Fi \u00fcber "
                        + "Staff erreichbar: Erlauben Sie nur die Verbindungen, die das Ger\u00e4t braucht");
        assertThat(german(Text.of("segment.finding.devices-without-segment", 1)))
                .isEqualTo("1 Ger\u00e4t ist in keinem Netzsegment");
        assertThat(german(Text.of("segment.finding.devices-without-segment", 4)))
                .isEqualTo("4 Ger\u00e4te sind in keinem Netzsegment");
    }

    @Test
    void theScanChecksSentencesInEnglishAsBefore() {
        assertThat(ScanChecks.notEnforcedText("Guest Wi-Fi", "Intraoral X-ray", "tcp/104")
                        .english())
                .isEqualTo(
                        "From Guest Wi-Fi, Intraoral X-ray answered on tcp/104: the firewall does not enforce the policy");
        assertThat(ScanChecks.unregisteredText("Staff workstations", "192.168.10.70", "tcp/3389, tcp/22")
                        .english())
                .isEqualTo("Unregistered device in Staff workstations: 192.168.10.70 answered on tcp/3389, tcp/22");
    }

    @Test
    void aKeptCheckKeepsEachResultsKeyAndArguments() {
        ScanCheck check = new ScanCheck(UUID.randomUUID(), "Guest Wi-Fi", "scan.xml", Instant.EPOCH, Instant.EPOCH, 2);
        UUID segment = UUID.randomUUID();
        List<ScanCheck.Result> results = List.of(
                new ScanCheck.Result(
                        ScanCheck.POLICY_NOT_ENFORCED,
                        UUID.randomUUID(),
                        ScanChecks.notEnforcedText("Guest Wi-Fi", "Intraoral X-ray", "tcp/104")),
                new ScanCheck.Result(
                        ScanCheck.UNREGISTERED,
                        null,
                        ScanChecks.unregisteredText("Staff", "10.0.1.70", "tcp/3389"),
                        "10.0.1.70",
                        segment));
        check.record(results);

        assertThat(check.getResults()).isEqualTo(results);
        assertThat(german(check.getResults().getLast().text()))
                .isEqualTo("Nicht registriertes Ger\u00e4t in Staff: 10.0.1.70 hat auf tcp/3389 geantwortet");
    }

    @Test
    void aCheckKeptBeforeKeysShowsItsSentenceAsWritten() {
        ScanCheck check = new ScanCheck(UUID.randomUUID(), "Staff", "scan.xml", Instant.EPOCH, Instant.EPOCH, 1);
        String old = "Unregistered device in Staff: 10.0.1.70 answered on tcp/3389";
        ReflectionTestUtils.setField(
                check,
                "results",
                ScanCheck.UNREGISTERED + "\t\t" + old + "\n" + ScanCheck.POLICY_NOT_ENFORCED + "\t\t"
                        + "From Staff, 10.0.1.9 answered on tcp/22: the firewall does not enforce the policy\t\t");

        assertThat(check.getMessages())
                .containsExactly(
                        old, "From Staff, 10.0.1.9 answered on tcp/22: the firewall does not enforce the policy");
        assertThat(german(check.getResults().getFirst().text())).isEqualTo(old);
    }

    private String german(Text text) {
        return translations.getTranslation(text.key(), Locale.GERMANY, text.params());
    }
}
