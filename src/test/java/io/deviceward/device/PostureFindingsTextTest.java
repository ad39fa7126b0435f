package io.deviceward.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.shared.i18n.Text;
import io.deviceward.shared.i18n.Translations;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The posture findings' sentences come from device.properties, in English exactly as they always read. */
class PostureFindingsTextTest {
    private final Translations translations = new Translations();

    @Test
    void oneDeviceInEnglishAsBefore() {
        assertThat(PostureFindings.text(PostureGap.FIREWALL_OFF, "Autoclave Room 2")
                        .english())
                .isEqualTo("Autoclave Room 2: firewall is off");
        assertThat(PostureFindings.text(PostureGap.NOT_IN_BACKUPS, "Reception printer")
                        .english())
                .isEqualTo("Reception printer: not in backups");
        assertThat(PostureFindings.text(PostureGap.POSTURE_UNKNOWN, "Imaging PC")
                        .english())
                .isEqualTo("Imaging PC: posture not fully checked");
    }

    @Test
    void aGroupInEnglishAsBeforeWithoutThousandsSeparators() {
        assertThat(PostureFindings.text(PostureGap.FIREWALL_OFF, PostureFindings.devices(5))
                        .english())
                .isEqualTo("5 devices: firewall is off");
        assertThat(PostureFindings.text(PostureGap.NOT_IN_BACKUPS, PostureFindings.devices(1200))
                        .english())
                .isEqualTo("1200 devices: not in backups");
        assertThat(PostureFindings.devices(1).english()).isEqualTo("1 device");
    }

    @Test
    void inGerman() {
        assertThat(german(PostureFindings.text(PostureGap.FIREWALL_OFF, "Autoclave Room 2")))
                .isEqualTo("Autoclave Room 2: Firewall aus");
        assertThat(german(PostureFindings.text(PostureGap.NOT_IN_BACKUPS, PostureFindings.devices(5))))
                .isEqualTo("5 Ger\u00e4te: nicht in der Datensicherung");
        assertThat(german(PostureFindings.text(PostureGap.POSTURE_UNKNOWN, PostureFindings.devices(1))))
                .isEqualTo("1 Ger\u00e4t: Sicherheitsstatus nicht vollst\u00e4ndig gepr\u00fcft");
    }

    private String german(Text text) {
        return translations.getTranslation(text.key(), Locale.GERMANY, text.params());
    }
}
