package io.deviceward.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.device.Answer;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceService;
import io.deviceward.practice.Practice;
import io.deviceward.support.BrowserlessSignIn;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The practice overview without a browser: the posture findings lead, with their links, then the counts. */
@IntegrationTest
class PracticeOverviewViewIT extends SpringBrowserlessTest {
    @Autowired
    Fixtures fixtures;

    @Autowired
    DeviceService devices;

    Practice practice;
    AppUser manager;

    @BeforeEach
    void practiceWithADeviceWhoseFirewallIsOff() {
        practice = fixtures.practice(fixtures.provider());
        manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        DeviceDetails details = Fixtures.device("Reception printer", "SN-" + UUID.randomUUID());
        details.getPosture().asMap().values().forEach(check -> check.setState(Answer.YES));
        details.getPosture().getFirewall().setState(Answer.NO);
        SignIn.run(manager.getId(), () -> devices.create(practice.getId(), details));
        BrowserlessSignIn.as(manager.getId());
    }

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    void postureFindingsLeadTheOverviewWithALinkToTheDevice() {
        navigate("practices/" + practice.getId(), PracticeOverviewView.class);

        var findings = $(ListItem.class).withClassName("dw-finding").all();
        assertThat(findings).hasSize(1);
        ListItem finding = findings.getFirst();
        assertThat(finding.getElement().getAttribute("data-kind")).isEqualTo("device.firewall-off");
        assertThat(finding.getElement().getTextRecursively()).contains("Reception printer: firewall is off");
        String href = finding.getChildren()
                .filter(child -> child.getElement().getTag().equals("a"))
                .findFirst()
                .orElseThrow()
                .getElement()
                .getAttribute("href");
        assertThat(href).startsWith("practices/" + practice.getId() + "/devices/");
        assertThat($(Span.class).id("devices-count").getText()).isEqualTo("1");
    }

    @Test
    void anEmptyPracticeSaysNothingNeedsAttentionAndOffersTheFirstDevice() {
        Practice empty = fixtures.practice(fixtures.provider());
        AppUser emptyManager = fixtures.memberOf(empty, Role.PRACTICE_MANAGER);
        BrowserlessSignIn.as(emptyManager.getId());

        navigate("practices/" + empty.getId(), PracticeOverviewView.class);

        assertThat($view(Paragraph.class).id("findings-empty").getText())
                .isEqualTo("Nothing needs attention right now.");
        assertThat($(Button.class).id("add-first-device").isVisible()).isTrue();
    }

    @Test
    void aGermanReaderReadsTheFindingInGerman() {
        UI.getCurrent().setLocale(Locale.GERMANY);
        navigate("practices/" + practice.getId(), PracticeOverviewView.class);

        var findings = $(ListItem.class).withClassName("dw-finding").all();
        assertThat(findings).hasSize(1);
        ListItem finding = findings.getFirst();
        assertThat(finding.getElement().getAttribute("data-kind")).isEqualTo("device.firewall-off");
        assertThat(finding.getElement().getTextRecursively())
                .contains("Hoch", "Reception printer: Firewall aus")
                .doesNotContain("firewall is off", "High");
    }

    @Test
    void aGermanReaderReadsTheNavigationAndTheCardsInGerman() {
        UI.getCurrent().setLocale(Locale.GERMANY);
        navigate("practices/" + practice.getId(), PracticeOverviewView.class);

        assertThat($(SideNavItem.class).all())
                .extracting(SideNavItem::getLabel)
                .contains("\u00dcbersicht", "Ger\u00e4te", "Mitglieder", "Wartung", "Pr\u00fcfprotokoll")
                .doesNotContain("Overview", "Devices");
        assertThat($(RouterLink.class).all())
                .extracting(RouterLink::getText)
                .contains("Ger\u00e4teverzeichnis \u00f6ffnen", "Pr\u00fcfprotokoll \u00f6ffnen");
    }
}
