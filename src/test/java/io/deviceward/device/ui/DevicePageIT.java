package io.deviceward.device.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.device.Answer;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceService;
import io.deviceward.practice.Practice;
import io.deviceward.support.BrowserlessSignIn;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A device's page: key facts, the posture checklist with its dates, what needs attention, the history in words. */
@IntegrationTest
class DevicePageIT extends SpringBrowserlessTest {
    @Autowired
    Fixtures fixtures;

    @Autowired
    DeviceService devices;

    Practice practice;
    AppUser manager;
    Device autoclave;

    @BeforeEach
    void anAutoclaveWithItsFirewallTurnedOff() {
        practice = fixtures.practice(fixtures.provider());
        manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        DeviceDetails details = Fixtures.device("Autoclave Room 2", "SN-" + UUID.randomUUID());
        details.getPosture().asMap().values().forEach(check -> check.setState(Answer.YES));
        details.getPosture().getFirewall().setCheckedOn(LocalDate.of(2026, 11, 3));
        autoclave = SignIn.as(manager.getId(), () -> devices.create(practice.getId(), details));
        details.getPosture().getFirewall().setState(Answer.NO);
        details.getPosture().getFirewall().setNote("Vendor turned it off during install");
        autoclave = SignIn.as(
                manager.getId(),
                () -> devices.update(practice.getId(), autoclave.getId(), autoclave.getVersion(), details));
        BrowserlessSignIn.as(manager.getId());
        UI.getCurrent().setLocale(Locale.UK);
    }

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    void thePageSaysWhatNeedsAttentionAndWhenEachItemWasChecked() {
        navigate(DeviceNavigation.pathOf(practice.getId(), autoclave.getId()), DeviceView.class);

        List<ListItem> findings = $(ListItem.class).withClassName("dw-finding").all();
        assertThat(findings).hasSize(1);
        assertThat(findings.getFirst().getElement().getAttribute("data-kind")).isEqualTo("device.firewall-off");
        assertThat(findings.getFirst().getElement().getTextRecursively()).contains("Firewall is off");

        ListItem firewall = checklistItem("firewall");
        assertThat(firewall.getElement().getAttribute("data-state")).isEqualTo("NO");
        assertThat(firewall.getElement().getTextRecursively())
                .contains("Firewall enabled: No")
                .contains("checked 3 Nov 2026")
                .contains("Vendor turned it off during install");
        assertThat(checklistItem("backup").getElement().getTextRecursively()).contains("never checked");

        assertThat($(DescriptionList.class).id("device-facts").getElement().getTextRecursively())
                .contains("Serial number");
    }

    @Test
    void theHistoryReadsInWordsNewestFirst() {
        navigate(DeviceNavigation.pathOf(practice.getId(), autoclave.getId()), DeviceView.class);

        UnorderedList history = $(UnorderedList.class).id("device-history");
        List<String> entries = history.getChildren()
                .map(entry -> entry.getElement().getTextRecursively())
                .toList();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0))
                .contains("Changed")
                .contains("Firewall enabled: Yes → No")
                .contains("Firewall enabled (note): set to Vendor turned it off during install")
                .doesNotContain("posture.")
                .doesNotContain("{");
        assertThat(entries.get(1)).contains("Added");
    }

    @Test
    void aDeviceWithNothingWrongSaysSo() {
        DeviceDetails fine = Fixtures.device("Reception printer", "SN-" + UUID.randomUUID());
        fine.getPosture().asMap().values().forEach(check -> check.setState(Answer.YES));
        Device printer = SignIn.as(manager.getId(), () -> devices.create(practice.getId(), fine));

        navigate(DeviceNavigation.pathOf(practice.getId(), printer.getId()), DeviceView.class);

        assertThat($(Paragraph.class).id("device-findings-empty").getText())
                .isEqualTo("Nothing needs attention on this device.");
    }

    @Test
    void aGermanReaderReadsThePageInGermanWithGermanDates() {
        UI.getCurrent().setLocale(Locale.GERMANY);
        navigate(DeviceNavigation.pathOf(practice.getId(), autoclave.getId()), DeviceView.class);

        assertThat($(H2.class).all())
                .extracting(H2::getText)
                .contains("Handlungsbedarf", "Sicherheitsstatus", "Verlauf");
        assertThat(checklistItem("firewall").getElement().getTextRecursively())
                .contains("Firewall aktiv: Nein")
                .contains("geprüft am 03.11.2026");
    }

    private ListItem checklistItem(String key) {
        return $(UnorderedList.class)
                .id("device-posture-checklist")
                .getChildren()
                .map(ListItem.class::cast)
                .filter(item -> key.equals(item.getElement().getAttribute("data-item")))
                .findFirst()
                .orElseThrow();
    }
}
