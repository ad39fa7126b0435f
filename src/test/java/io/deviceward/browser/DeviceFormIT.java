package io.deviceward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.browser.pages.DeviceFormPage;
import io.deviceward.browser.pages.DeviceFormPage.Field;
import io.deviceward.browser.pages.DeviceListPage;
import io.deviceward.browser.pages.DevicePage;
import io.deviceward.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The device form in the browser: what is typed is stored normalised, and every save lands in the history. */
@IntegrationTest
class DeviceFormIT extends BrowserTestBase {

    @Test
    void createsADeviceWithNormalisedAddressesThenEditsItAndShowsBothInTheHistory() {
        UUID lindenhof = practiceId(LINDENHOF);
        String unique = "dwf" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String name = "Form test " + unique;
        String serial = "FT-" + unique;
        // A MAC unique per run too (the practice allows each MAC once): 00-AA-xx-xx-xx-xx from the unique part.
        String hex = unique.substring(3).toUpperCase();
        String typedMac = "00-AA-" + hex.substring(0, 2) + "-" + hex.substring(2, 4) + "-" + hex.substring(4, 6) + "-"
                + hex.substring(6, 8);
        String storedMac = typedMac.replace('-', ':').toLowerCase();

        signIn("manager.lindenhof");
        DeviceFormPage form = DeviceListPage.open(browser, lindenhof).addDevice();
        form.name(name)
                .category("Workstation")
                .manufacturer("Dell")
                .model("OptiPlex 7020")
                .serialNumber(serial)
                .location("Reception")
                .ipAddresses("192.168.50.10, 010.0.0.7")
                .macAddress(typedMac)
                .firewall("No");
        form.save();

        assertThat(browser.path()).startsWith("/practices/" + lindenhof + "/devices/");
        UUID id = eventually(
                "the device in the database",
                () -> jdbc
                        .query(
                                "select id from device where practice_id = ? and serial_number = ?",
                                (rs, row) -> UUID.fromString(rs.getString(1)),
                                lindenhof.toString(),
                                serial)
                        .stream()
                        .findFirst()
                        .orElse(null));
        assertThat(jdbc.queryForObject("select ip_addresses from device where id = ?", String.class, id.toString()))
                .contains("192.168.50.10")
                .contains("10.0.0.7")
                .doesNotContain("010.");
        assertThat(jdbc.queryForObject("select mac_address from device where id = ?", String.class, id.toString()))
                .isEqualTo(storedMac);

        // Opened again: the addresses as stored, in their canonical form; the firewall answer kept.
        form = DeviceFormPage.openEdit(browser, lindenhof, id);
        assertThat(form.value(Field.NAME)).isEqualTo(name);
        assertThat(form.value(Field.IP_ADDRESSES)).isEqualTo("192.168.50.10, 10.0.0.7");
        assertThat(form.value(Field.MAC_ADDRESS)).isEqualTo(storedMac);
        assertThat(form.firewallAnswer()).isEqualTo("No");

        // Edited: a new location, saved; the device's page tells the history in words, newest first.
        DevicePage device = form.location("Treatment room 3").save();
        assertThat(jdbc.queryForObject("select location from device where id = ?", String.class, id.toString()))
                .isEqualTo("Treatment room 3");
        List<String> history = device.waitForHistoryEntries(2);
        assertThat(history.get(0)).contains("Changed").contains("Location: Reception → Treatment room 3");
        assertThat(history.get(1)).contains("Added");
        assertThat(device.findings()).contains("Firewall is off");

        form = DeviceFormPage.openEdit(browser, lindenhof, id);
        assertThat(form.value(Field.LOCATION)).isEqualTo("Treatment room 3");
        assertThat(form.value(Field.IP_ADDRESSES)).isEqualTo("192.168.50.10, 10.0.0.7");
    }
}
