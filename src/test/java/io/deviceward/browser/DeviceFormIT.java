package io.deviceward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

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
        DeviceRegistryPage page = new DeviceRegistryPage(browser);

        browser.signIn("manager.lindenhof");
        browser.open("/practices/" + lindenhof + "/devices", "device-list");
        browser.clickWhenReady(By.id("add-device"));
        browser.waitForView("device-form");
        browser.type("device-name", name);
        browser.chooseInComboBox("device-category", "Workstation");
        browser.type("device-manufacturer", "Dell");
        browser.type("device-model", "OptiPlex 7020");
        browser.type("device-serial", serial);
        browser.type("device-location", "Reception");
        browser.type("device-ips", "192.168.50.10, 010.0.0.7");
        browser.type("device-mac", typedMac);
        page.choose("posture-firewall", "No");
        page.click("save-device");

        browser.waitForView("device-page");
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
        browser.open("/practices/" + lindenhof + "/devices/" + id + "/edit", "device-form");
        assertThat(page.value("device-name")).isEqualTo(name);
        assertThat(page.value("device-ips")).isEqualTo("192.168.50.10, 10.0.0.7");
        assertThat(page.value("device-mac")).isEqualTo(storedMac);
        assertThat(browser.selectedLabel("posture-firewall")).isEqualTo("No");

        // Edited: a new location, saved; the device's page tells the history in words, newest first.
        browser.type("device-location", "Treatment room 3");
        page.click("save-device");
        browser.waitForView("device-page");
        assertThat(jdbc.queryForObject("select location from device where id = ?", String.class, id.toString()))
                .isEqualTo("Treatment room 3");
        List<String> history = browser.waitUntil("an added and a changed entry", d -> {
            List<String> entries = d.findElements(By.cssSelector("#device-history li")).stream()
                    .map(e -> e.getText())
                    .toList();
            return entries.size() == 2 ? entries : null;
        });
        assertThat(history.get(0)).contains("Changed").contains("Location: Reception → Treatment room 3");
        assertThat(history.get(1)).contains("Added");
        assertThat(browser.waitFor(By.id("device-findings")).getText()).contains("Firewall is off");

        browser.open("/practices/" + lindenhof + "/devices/" + id + "/edit", "device-form");
        assertThat(page.value("device-location")).isEqualTo("Treatment room 3");
        assertThat(page.value("device-ips")).isEqualTo("192.168.50.10, 10.0.0.7");
    }
}
