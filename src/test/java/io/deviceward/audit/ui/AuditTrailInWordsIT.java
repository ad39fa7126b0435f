package io.deviceward.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.audit.AuditExport;
import io.deviceward.audit.AuditFilter;
import io.deviceward.audit.FieldChange;
import io.deviceward.device.Answer;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceService;
import io.deviceward.practice.Practice;
import io.deviceward.shared.NotFoundException;
import io.deviceward.support.BrowserlessSignIn;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The trail reads in words, opens an entry, filters by the practice's days, and exports for the auditor. */
@IntegrationTest
class AuditTrailInWordsIT extends SpringBrowserlessTest {
    @Autowired
    Fixtures fixtures;

    @Autowired
    DeviceService devices;

    @Autowired
    AuditExport export;

    Practice practice;
    AppUser manager;
    AppUser auditor;

    @BeforeEach
    void aDeviceWhoseFirewallWasTurnedOff() {
        practice = fixtures.practice(fixtures.provider());
        manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        auditor = fixtures.memberOf(practice, Role.AUDITOR);
        SignIn.run(manager.getId(), () -> {
            DeviceDetails details = Fixtures.device("Autoclave Room 2", "SN-" + UUID.randomUUID());
            details.getPosture().getFirewall().setState(Answer.YES);
            Device device = devices.create(practice.getId(), details);
            details.getPosture().getFirewall().setState(Answer.NO);
            devices.update(practice.getId(), device.getId(), device.getVersion(), details);
        });
        // The auditor tries to write: the refusal is in the trail, in words.
        assertThatThrownBy(() -> SignIn.run(
                        auditor.getId(),
                        () -> devices.create(practice.getId(), Fixtures.device("Sneaky", "SN-" + UUID.randomUUID()))))
                .isInstanceOf(AccessDeniedException.class);
        BrowserlessSignIn.as(auditor.getId());
        UI.getCurrent().setLocale(Locale.UK);
    }

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    void changesReadAsLabelsOldToNewWithoutInternalFields() {
        navigate("practices/" + practice.getId() + "/audit", AuditView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).id("audit-grid");
        var rows = test(grid);

        // The practice, two memberships, the device's creation and change, the refusal.
        assertThat(rows.size()).isEqualTo(6);
        assertThat(rows.getCellText(0, 2)).isEqualTo("Refused");
        assertThat(rows.getCellText(0, 3))
                .contains("Refused to change the practice's data: the Auditor role does not allow it");
        assertThat(rows.getCellText(1, 2)).isEqualTo("Changed");
        assertThat(rows.getCellText(1, 4)).isEqualTo("Firewall enabled: Yes → No");
        assertThat(rows.getCellText(2, 2)).isEqualTo("Added");
        assertThat(rows.getCellText(2, 4)).doesNotContain("practiceId").doesNotContain("{");
        assertThat($(Span.class).id("audit-matches").getText()).isEqualTo("6 entries");
    }

    @Test
    void anEntryOpensWithEveryChangedFieldInWords() {
        navigate("practices/" + practice.getId() + "/audit", AuditView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).id("audit-grid");
        Button details = (Button) test(grid).getCellComponent(2, "entry");
        test(details).click();

        @SuppressWarnings("unchecked")
        Grid<FieldChange> fields = $(Grid.class).id("audit-entry-fields");
        List<FieldChange> shown = fields.getGenericDataView().getItems().toList();
        assertThat(shown).extracting(FieldChange::field).contains("Name", "Firewall enabled", "Status");
        assertThat(shown).extracting(FieldChange::field).doesNotContain("practiceId", "Practice id", "");
        assertThat(shown).contains(new FieldChange("Name", "", "Autoclave Room 2"));
    }

    @Test
    void aRangeOfThePracticesDaysFiltersTheTrail() {
        navigate("practices/" + practice.getId() + "/audit", AuditView.class);
        LocalDate today = LocalDate.now(practice.zone());

        test($(DatePicker.class).id("audit-from")).setValue(today.plusDays(1));
        assertThat($(Span.class).id("audit-matches").getText()).isEqualTo("No entries");
        assertThat(test($(Grid.class).id("audit-grid")).size()).isZero();

        test($(DatePicker.class).id("audit-from")).setValue(today.minusDays(1));
        test($(DatePicker.class).id("audit-to")).setValue(today.plusDays(1));
        assertThat($(Span.class).id("audit-matches").getText()).isEqualTo("6 entries");
    }

    @Test
    void theGridTakesItsSizeFromTheCountShownAboveIt() {
        navigate("practices/" + practice.getId() + "/audit", AuditView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).id("audit-grid");
        test($(DatePicker.class).id("audit-from"))
                .setValue(LocalDate.now(practice.zone()).minusDays(1));
        assertThat($(Span.class).id("audit-matches").getText()).isEqualTo("6 entries");

        @SuppressWarnings({"unchecked", "rawtypes"})
        DataProvider<Object, Object> rows = (DataProvider) grid.getDataProvider();
        long counts =
                countQueriesDuring(() -> assertThat(rows.size(new Query<>())).isEqualTo(6));

        assertThat(counts).as("count queries for the grid's size").isZero();
    }

    /** The SQL count queries Hibernate runs on this thread meanwhile (read from its SQL log, as it ran). */
    private static long countQueriesDuring(Runnable action) {
        Logger sql = (Logger) LoggerFactory.getLogger("org.hibernate.SQL");
        Level level = sql.getLevel();
        boolean additive = sql.isAdditive();
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        sql.addAppender(seen);
        sql.setAdditive(false);
        sql.setLevel(Level.DEBUG);
        try {
            action.run();
        } finally {
            sql.setLevel(level);
            sql.setAdditive(additive);
            sql.detachAppender(seen);
        }
        String thread = Thread.currentThread().getName();
        return seen.list.stream()
                .filter(e -> e.getThreadName().equals(thread))
                .filter(e -> e.getFormattedMessage().toLowerCase(Locale.ROOT).contains("count("))
                .count();
    }

    @Test
    void theAuditorExportsTheFilteredTrailWithTheVerificationInItsHeader() {
        String csv = csvAs(auditor, practice.getId(), AuditFilter.NONE);
        List<String> lines = csv.lines().toList();

        assertThat(lines.get(0)).startsWith("# DeviceWard audit trail, exported ");
        assertThat(lines.get(1)).isEqualTo("# Verification: chain intact, all 6 entries checked");
        assertThat(lines).contains("# Filter: none (the whole trail)");
        assertThat(csv).contains("Entry,When,Who,Action,Object type,Object,Changes");
        assertThat(csv).contains("Firewall enabled: Yes → No").doesNotContain("practiceId");
        assertThat(lines.stream().filter(l -> !l.startsWith("#"))).hasSize(7);

        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
        String none = csvAs(auditor, practice.getId(), new AuditFilter(null, null, tomorrow, null));
        assertThat(none.lines().filter(l -> !l.startsWith("#"))).hasSize(1);
        assertThat(none).contains("# Filter: from ");
    }

    @Test
    void anotherPracticesTrailCannotBeExported() {
        Practice other = fixtures.practice(fixtures.provider());
        assertThatThrownBy(() -> csvAs(auditor, other.getId(), AuditFilter.NONE))
                .isInstanceOf(NotFoundException.class);
    }

    private String csvAs(AppUser user, UUID practiceId, AuditFilter filter) {
        return SignIn.as(user.getId(), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                export.writeCsv(practiceId, filter, Locale.UK, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString(StandardCharsets.UTF_8);
        });
    }
}
