package io.deviceward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

/** The segment map, the flow matrix and the scan check in the browser, on the demo practice's map. */
@IntegrationTest
class SegmentMapIT extends BrowserTestBase {

    @Test
    void theMapShowsTheSegmentsAndABoxOpensItsSegmentWithItsDevices() throws Exception {
        UUID lindenhof = practiceId(LINDENHOF);
        UUID rooms = segment(lindenhof, "Treatment rooms");
        browser.signIn("manager.lindenhof");
        browser.open("/practices/" + lindenhof + "/segments/map", "segment-map");
        WebElement box = browser.waitFor(By.id("seg-s-" + rooms));
        assertThat(box.getDomProperty("textContent"))
                .contains("Treatment rooms")
                .contains("1 device");
        assertThat(browser.driver().findElements(By.cssSelector("#segment-map-diagram svg a.flow")))
                .hasSizeGreaterThanOrEqualTo(6);
        assertThat(browser.waitFor(By.id("segment-map-review")).getText()).contains("Not reviewed yet");
        Path shot = Path.of("target", "segment-map-demo.png");
        Files.createDirectories(shot.getParent());
        Files.copy(
                ((TakesScreenshot) browser.driver())
                        .getScreenshotAs(OutputType.FILE)
                        .toPath(),
                shot,
                StandardCopyOption.REPLACE_EXISTING);

        click(By.cssSelector("#seg-s-" + rooms + " rect"));
        browser.waitForView("segment-form");
        browser.waitForGridCell("segment-devices", "Intraoral X-ray");
        assertThat(browser.path()).isEqualTo("/practices/" + lindenhof + "/segments/" + rooms);
    }

    @Test
    void anArrowAndAMatrixCellOpenTheRulesBehindThem() {
        UUID lindenhof = practiceId(LINDENHOF);
        UUID staff = segment(lindenhof, "Staff workstations");
        UUID servers = segment(lindenhof, "Servers");
        browser.signIn("auditor");
        browser.open("/practices/" + lindenhof + "/segments/map", "segment-map");
        click(By.cssSelector("#flow-s-" + staff + "-s-" + servers + " path"));
        browser.waitForView("flow-rules");
        assertThat(browser.waitFor(By.id("flow-rules-narrowed")).getText())
                .startsWith("Allowed from Staff workstations to Servers: 1 rule");
        browser.waitForGridCell("flow-rules-grid", "Practice management software");

        browser.open("/practices/" + lindenhof + "/segments/matrix", "flow-matrix");
        WebElement cell = browser.waitFor(By.id("cell-s-" + staff + "-s-" + servers));
        assertThat(cell.getText()).isEqualTo("tcp 443");
        assertThat(browser.driver().findElements(By.id("cell-s-" + servers + "-s-" + staff)))
                .isEmpty();
        cell.click();
        browser.waitForView("flow-rules");
        browser.waitForGridCell("flow-rules-grid", "Practice management software");
    }

    @Test
    void aScanUploadedFromGuestWiFiNamesWhatAnsweredAgainstThePolicy() throws Exception {
        UUID lindenhof = practiceId(LINDENHOF);
        Path scan = Files.createTempFile("guest-scan", ".xml");
        Files.writeString(scan, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE nmaprun>
                <nmaprun scanner="nmap" args="nmap -Pn -sT -oX guest.xml 192.168.10.0/24" start="1764547200" version="7.93">
                <host><status state="up"/><address addr="192.168.10.35" addrtype="ipv4"/>
                <ports><port protocol="tcp" portid="104"><state state="open"/></port>
                <port protocol="tcp" portid="22"><state state="filtered"/></port></ports></host>
                <host><status state="up"/><address addr="192.168.10.70" addrtype="ipv4"/>
                <ports><port protocol="tcp" portid="3389"><state state="open"/></port></ports></host>
                </nmaprun>
                """);
        try {
            browser.signIn("manager.lindenhof");
            browser.open("/practices/" + lindenhof + "/segments/scan", "scan-check");
            browser.chooseInComboBox("scan-from", "Guest Wi-Fi");
            upload("scan-upload", scan);
            WebElement summary = browser.waitForVisible(By.id("scan-summary"));
            browser.waitUntil("the summary", d -> summary.getText().contains("2 not enforced, 1 unregistered"));
            assertThat(summary.getText()).contains("Scan from Guest Wi-Fi on 1 Dec 2025, 01:00 CET");
            browser.waitForGridCell(
                    "scan-results",
                    "From Guest Wi-Fi, Intraoral X-ray answered on tcp/104: the firewall does not enforce the policy");
            browser.waitForGridCell(
                    "scan-results", "Unregistered device in Staff workstations: 192.168.10.70 answered on tcp/3389");
            browser.waitForGridCell("scan-history", "Guest Wi-Fi");

            // One click registers the unregistered host: its address and segment are filled in.
            browser.clickWhenReady(By.cssSelector("#scan-results a.scan-register"));
            browser.waitForView("device-form");
            assertThat(browser.waitFor(By.cssSelector("#device-ips input")).getDomProperty("value"))
                    .isEqualTo("192.168.10.70");
            String name = "Found by scan " + UUID.randomUUID().toString().substring(0, 6);
            browser.type("device-name", name);
            browser.chooseInComboBox("device-category", "Workstation");
            browser.type("device-manufacturer", "Unknown");
            browser.type("device-model", "Unknown");
            browser.clickWhenReady(By.id("save-device"));
            browser.waitForView("device-page");
            assertThat(jdbc.queryForObject(
                            "select segment_id from device where practice_id = ? and name = ?",
                            String.class,
                            lindenhof.toString(),
                            name))
                    .isEqualTo(segment(lindenhof, "Staff workstations").toString());
        } finally {
            Files.deleteIfExists(scan);
        }
    }

    private UUID segment(UUID practiceId, String name) {
        return UUID.fromString(jdbc.queryForObject(
                "select id from segment where practice_id = ? and name = ?",
                String.class,
                practiceId.toString(),
                name));
    }

    /** SVG links are clicked as a person does, by a mouse event on the shape. */
    private void click(By by) {
        WebElement element = browser.waitFor(by);
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}));",
                        element);
    }

    private void upload(String uploadId, Path file) {
        WebElement input = browser.waitUntil("the file input of " + uploadId, d ->
                (WebElement) ((JavascriptExecutor) d).executeScript("""
                const upload = document.getElementById(arguments[0]);
                if (!upload) return null;
                return upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));""", uploadId));
        input.sendKeys(file.toAbsolutePath().toString());
    }
}
