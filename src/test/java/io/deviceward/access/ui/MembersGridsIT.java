package io.deviceward.access.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import io.deviceward.access.AppUser;
import io.deviceward.access.MemberDirectory;
import io.deviceward.access.Role;
import io.deviceward.practice.Practice;
import io.deviceward.practice.Provider;
import io.deviceward.shared.text.DateTimes;
import io.deviceward.support.BrowserlessSignIn;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The members grids: times in the practice's zone (not UTC, not the server's), the second factors beside the role
 * where they stay in view, a count, a column chooser, and on the provider's page each practice a link to its members.
 */
@IntegrationTest
class MembersGridsIT extends SpringBrowserlessTest {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Instant SIGNED_IN = Instant.parse("2026-06-01T12:00:00Z");

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    Provider provider;
    Practice practice;
    AppUser manager;
    AppUser staff;

    @BeforeEach
    void aPracticeInNewYorkWithAMemberWhoSignedIn() {
        provider = fixtures.provider();
        practice = fixtures.practice(provider);
        jdbc.update(
                "update practice set time_zone = ? where id = ?",
                NEW_YORK.getId(),
                practice.getId().toString());
        manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        staff = fixtures.memberOf(practice, Role.CLINIC_STAFF);
        jdbc.update(
                "update app_user set last_login_at = ? where id = ?",
                Timestamp.from(SIGNED_IN),
                staff.getId().toString());
    }

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    void theMembersPageShowsTimesInThePracticesZoneAndSecondFactorsBesideTheRole() {
        BrowserlessSignIn.as(manager.getId());
        navigate("practices/" + practice.getId() + "/members", MembersView.class);
        var grid = test(membersGrid());

        int row = rowOf(grid, staff);
        String lastSignIn = grid.getCellText(row, grid.getColumnPosition("lastSignIn"));
        assertThat(lastSignIn)
                .isEqualTo(DateTimes.in(NEW_YORK).dateTime(SIGNED_IN))
                .isNotEqualTo(DateTimes.in(ZoneOffset.UTC).dateTime(SIGNED_IN))
                .endsWith("EDT");
        assertThat(grid.getColumnPosition("mfa"))
                .as("second factors right after name, email and role")
                .isEqualTo(3);
        assertThat($(Span.class).id("members-count").getText()).isEqualTo("2 members");

        var chooser = new MenuBarTester<>($(MenuBar.class).id("members-grid-columns"));
        chooser.clickItem("Columns", "Email");
        assertThat(membersGrid().getColumnByKey("email").isVisible()).isFalse();
        assertThat(membersGrid().getColumnByKey("mfa").isVisible())
                .as("second factors cannot be hidden")
                .isTrue();
    }

    @Test
    void thePeoplePageLinksEachPracticeAndShowsItsTimesInItsZone() {
        AppUser admin = fixtures.adminOf(provider);
        BrowserlessSignIn.as(admin.getId());
        navigate("providers/" + provider.getId() + "/members", ProviderMembersView.class);
        var grid = test(providerGrid());

        int row = -1;
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).member().userId().equals(staff.getId())) row = i;
        }
        assertThat(row).isNotNegative();
        assertThat(((Anchor) grid.getCellComponent(row, "where")).getHref())
                .isEqualTo("practices/" + practice.getId() + "/members");
        assertThat(grid.getCellText(row, grid.getColumnPosition("lastSignIn")))
                .isEqualTo(DateTimes.in(NEW_YORK).dateTime(SIGNED_IN));
        assertThat(grid.getColumnPosition("mfa")).isEqualTo(4);
        assertThat($(Span.class).id("provider-members-count").getText()).isEqualTo("3 people");
    }

    @Test
    void theMembersPageReadsInGermanForAGermanReader() {
        BrowserlessSignIn.as(manager.getId());
        UI.getCurrent().setLocale(Locale.GERMANY);
        navigate("practices/" + practice.getId() + "/members", MembersView.class);
        var grid = test(membersGrid());
        int row = rowOf(grid, staff);

        assertThat($(H1.class).first().getText()).isEqualTo("Mitglieder");
        assertThat($(Span.class).id("members-count").getText()).isEqualTo("2 Mitglieder");
        assertThat(membersGrid().getColumnByKey("role").getHeaderText()).isEqualTo("Rolle");
        assertThat(grid.getCellText(row, grid.getColumnPosition("role"))).isEqualTo("Praxispersonal");
        assertThat(((Span) grid.getCellComponent(row, "status")).getText()).isEqualTo("Aktiv");
        assertThat(grid.getCellText(row, grid.getColumnPosition("appliesTo"))).isEqualTo("Diese Praxis");
    }

    @Test
    void theMembersPageReadsInEnglishForAnEnglishReader() {
        BrowserlessSignIn.as(manager.getId());
        UI.getCurrent().setLocale(Locale.UK);
        navigate("practices/" + practice.getId() + "/members", MembersView.class);
        var grid = test(membersGrid());
        int row = rowOf(grid, staff);

        assertThat($(H1.class).first().getText()).isEqualTo("Members");
        assertThat($(Span.class).id("members-count").getText()).isEqualTo("2 members");
        assertThat(membersGrid().getColumnByKey("role").getHeaderText()).isEqualTo("Role");
        assertThat(grid.getCellText(row, grid.getColumnPosition("role"))).isEqualTo("Clinic staff");
        assertThat(((Span) grid.getCellComponent(row, "status")).getText()).isEqualTo("Active");
        assertThat(grid.getCellText(row, grid.getColumnPosition("appliesTo"))).isEqualTo("This practice");
    }

    private static int rowOf(
            GridTester<Grid<MemberDirectory.MemberAccess>, MemberDirectory.MemberAccess> grid, AppUser user) {
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).member().userId().equals(user.getId())) return i;
        }
        throw new AssertionError("no row for " + user.getUsername());
    }

    @SuppressWarnings("unchecked")
    private Grid<MemberDirectory.MemberAccess> membersGrid() {
        return $(Grid.class).id("members-grid");
    }

    @SuppressWarnings("unchecked")
    private Grid<MemberDirectory.ProviderMember> providerGrid() {
        return $(Grid.class).id("provider-members-grid");
    }
}
