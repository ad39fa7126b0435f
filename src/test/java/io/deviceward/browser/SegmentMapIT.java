package io.deviceward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.browser.pages.DeviceFormPage;
import io.deviceward.browser.pages.DeviceFormPage.Field;
import io.deviceward.browser.pages.FlowMatrixPage;
import io.deviceward.browser.pages.FlowRulesPage;
import io.deviceward.browser.pages.ScanCheckPage;
import io.deviceward.browser.pages.SegmentFormPage;
import io.deviceward.browser.pages.SegmentMapPage;
import io.deviceward.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The segment map, the flow matrix and the scan check in the browser, on the demo practice's map. */
@IntegrationTest
class SegmentMapIT extends BrowserTestBase {

    @Test
    void theMapShowsTheSegmentsAndABoxOpensItsSegmentWithItsDevices() throws Exception {
        UUID lindenhof = practiceId(LINDENHOF);
        UUID rooms = segment(lindenhof, "Treatment rooms");
        signIn("manager.lindenhof");
        SegmentMapPage map = SegmentMapPage.open(browser, lindenhof);
        assertThat(map.boxText(rooms)).contains("Treatment rooms").contains("1 device");
        assertThat(map.flowArrows()).isGreaterThanOrEqualTo(6);
        assertThat(map.review()).contains("Not reviewed yet");
        browser.saveScreenshot(Path.of("target", "segment-map-demo.png"));

        SegmentFormPage segment = map.openSegment(rooms);
        segment.waitForDevice("Intraoral X-ray");
        assertThat(browser.path()).isEqualTo("/practices/" + lindenhof + "/segments/" + rooms);
    }

    @Test
    void anArrowAndAMatrixCellOpenTheRulesBehindThem() {
        UUID lindenhof = practiceId(LINDENHOF);
        UUID staff = segment(lindenhof, "Staff workstations");
        UUID servers = segment(lindenhof, "Servers");
        signIn("auditor");
        FlowRulesPage rules = SegmentMapPage.open(browser, lindenhof).openFlow(staff, servers);
        assertThat(rules.narrowedTo()).startsWith("Allowed from Staff workstations to Servers: 1 rule");
        rules.waitForRule("Practice management software");

        FlowMatrixPage matrix = FlowMatrixPage.open(browser, lindenhof);
        assertThat(matrix.cellText(staff, servers)).isEqualTo("tcp 443");
        assertThat(matrix.hasCell(servers, staff))
                .as("the way back, which no rule allows")
                .isFalse();
        rules = matrix.openCell(staff, servers);
        rules.waitForRule("Practice management software");
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
            signIn("manager.lindenhof");
            ScanCheckPage check = ScanCheckPage.open(browser, lindenhof);
            check.scannedFrom("Guest Wi-Fi");
            check.upload(scan);
            check.waitForSummary("2 not enforced, 1 unregistered");
            assertThat(check.summary()).contains("Scan from Guest Wi-Fi on 1 Dec 2025, 01:00 CET");
            check.waitForResult(
                    "From Guest Wi-Fi, Intraoral X-ray answered on tcp/104: the firewall does not enforce the policy");
            check.waitForResult("Unregistered device in Staff workstations: 192.168.10.70 answered on tcp/3389");
            check.waitForPastScan("Guest Wi-Fi");

            // One click registers the unregistered host: its address and segment are filled in.
            DeviceFormPage form = check.registerUnregisteredHost();
            assertThat(form.value(Field.IP_ADDRESSES)).isEqualTo("192.168.10.70");
            String name = "Found by scan " + UUID.randomUUID().toString().substring(0, 6);
            form.name(name).category("Workstation").manufacturer("Unknown").model("Unknown");
            form.save();
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
}
