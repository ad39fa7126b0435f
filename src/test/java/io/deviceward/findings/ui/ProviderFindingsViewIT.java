package io.deviceward.findings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.device.Answer;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceService;
import io.deviceward.practice.Practice;
import io.deviceward.practice.Provider;
import io.deviceward.shared.finding.Severity;
import io.deviceward.support.BrowserlessSignIn;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The provider-wide findings page: every practice's open findings, filtered by practice, severity and kind (in
 * words), each a link to its fix; and for no one but those with a role on the whole provider.
 */
@IntegrationTest
class ProviderFindingsViewIT extends SpringBrowserlessTest {
    @Autowired
    Fixtures fixtures;

    @Autowired
    DeviceService devices;

    Provider provider;
    Practice dental;
    Practice clinic;
    AppUser admin;
    AppUser dentalManager;

    @BeforeEach
    void twoPracticesWithFindings() {
        provider = fixtures.provider();
        dental = fixtures.practice(provider);
        clinic = fixtures.practice(provider);
        admin = fixtures.adminOf(provider);
        dentalManager = fixtures.memberOf(dental, Role.PRACTICE_MANAGER);
        AppUser clinicManager = fixtures.memberOf(clinic, Role.PRACTICE_MANAGER);
        // Dental: a firewall off (and nothing else open); clinic: a device left out of the backups.
        create(dentalManager, dental, "Autoclave Room 2", Answer.NO, Answer.YES);
        create(clinicManager, clinic, "Reception printer", Answer.YES, Answer.NO);
        BrowserlessSignIn.as(admin.getId());
    }

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    void listsEveryPracticesFindingsAsSentencesThatLinkToTheFix() {
        navigate(path(), ProviderFindingsView.class);
        var grid = test(grid());

        assertThat(grid.size()).isEqualTo(2);
        assertThat($(Span.class).id("provider-findings-count").getText()).isEqualTo("2 open findings");
        Anchor first = (Anchor) grid.getCellComponent(0, "finding");
        assertThat(first.getText()).isEqualTo("Autoclave Room 2: firewall is off");
        assertThat(first.getHref()).startsWith("practices/" + dental.getId() + "/devices/");
        assertThat(((Anchor) grid.getCellComponent(0, "practice")).getHref()).isEqualTo("practices/" + dental.getId());
        assertThat(((Anchor) grid.getCellComponent(1, "finding")).getText())
                .isEqualTo("Reception printer: not in backups");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersByPracticeSeverityAndKindInWords() {
        navigate(path(), ProviderFindingsView.class);
        Select<Practice> practice = $(Select.class).id("findings-practice");
        Select<Severity> severity = $(Select.class).id("findings-severity");
        Select<String> kind = $(Select.class).id("findings-kind");

        test(practice).selectItem(clinic.getName());
        assertThat(messages()).containsExactly("Reception printer: not in backups");
        assertThat($(Span.class).id("provider-findings-count").getText()).isEqualTo("1 of 2 open findings matches");

        practice.setValue(null);
        assertThat(messages()).hasSize(2);

        test(severity).selectItem(Severity.HIGH.label());
        assertThat(messages()).containsExactly("Autoclave Room 2: firewall is off");
        severity.setValue(null);

        assertThat(test(kind).getSuggestions())
                .as("kinds by their labels, not their keys")
                .contains("Device: firewall off", "Device: not in backups");
        test(kind).selectItem("Device: not in backups");
        assertThat(messages()).containsExactly("Reception printer: not in backups");

        test(practice).selectItem(dental.getName());
        assertThat(messages()).isEmpty();
        assertThat(grid().getEmptyStateText()).startsWith("No open finding matches these filters");
    }

    @Test
    void aLinkWithAPracticeOpensTheListNarrowedToIt() {
        navigate(path(), ProviderFindingsView.class);
        UI.getCurrent().navigate(path(), QueryParameters.fromString("practice=" + clinic.getId()));
        assertThat(messages()).containsExactly("Reception printer: not in backups");
    }

    @Test
    void aPracticeManagerGetsNotFound() {
        BrowserlessSignIn.as(dentalManager.getId());
        UI.getCurrent().navigate(path());
        assertThat(notFoundShown()).isTrue();
        assertThat($(Grid.class).withId("provider-findings-grid").all()).isEmpty();
    }

    @Test
    void aProviderAdminOfAnotherProviderGetsNotFound() {
        AppUser otherAdmin = fixtures.adminOf(fixtures.provider());
        BrowserlessSignIn.as(otherAdmin.getId());
        UI.getCurrent().navigate(path());
        assertThat(notFoundShown()).isTrue();
        assertThat($(Grid.class).withId("provider-findings-grid").all()).isEmpty();
    }

    private boolean notFoundShown() {
        return !$(VerticalLayout.class).withId("not-found").all().isEmpty();
    }

    private List<String> messages() {
        var grid = test(grid());
        return IntStream.range(0, grid.size())
                .mapToObj(row -> ((Anchor) grid.getCellComponent(row, "finding")).getText())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private Grid<ProviderFindingsView.Row> grid() {
        return $(Grid.class).id("provider-findings-grid");
    }

    private String path() {
        return "providers/" + provider.getId() + "/findings";
    }

    private void create(AppUser manager, Practice practice, String name, Answer firewall, Answer backup) {
        DeviceDetails details = Fixtures.device(name, "SN-" + UUID.randomUUID());
        details.setStoresPatientData(Answer.NO);
        details.getPosture().asMap().values().forEach(check -> check.setState(Answer.YES));
        details.getPosture().getFirewall().setState(firewall);
        details.getPosture().getBackup().setState(backup);
        SignIn.run(manager.getId(), () -> devices.create(practice.getId(), details));
    }
}
