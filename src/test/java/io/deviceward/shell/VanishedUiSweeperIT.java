package io.deviceward.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.practice.Practice;
import io.deviceward.support.BrowserlessSignIn;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A UI whose browser stopped sending heartbeats is released by the sweep; one that still sends them stays. */
@IntegrationTest
class VanishedUiSweeperIT extends SpringBrowserlessTest {
    @Autowired
    Fixtures fixtures;

    @Autowired
    VanishedUiSweeper sweeper;

    Practice practice;

    @BeforeEach
    void signedInOnTheOverview() {
        practice = fixtures.practice(fixtures.provider());
        AppUser manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        BrowserlessSignIn.as(manager.getId());
        navigate("practices/" + practice.getId(), PracticeOverviewView.class);
        sweeper.watch(VaadinSession.getCurrent());
    }

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
    }

    @Test
    void aUiThatStillSendsHeartbeatsStays() {
        UI ui = UI.getCurrent();
        ui.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis());

        sweeper.releaseVanishedUis();

        assertThat(ui.isClosing()).isFalse();
        assertThat(VaadinSession.getCurrent().getUIs()).contains(ui);
    }

    @Test
    void aUiWhoseBrowserVanishedIsClosedAndLeavesTheSession() {
        UI ui = UI.getCurrent();
        long heartbeatTimeout =
                3L * VaadinSession.getCurrent().getConfiguration().getHeartbeatInterval() * 1000;
        ui.getInternals()
                .setLastHeartbeatTimestamp(System.currentTimeMillis()
                        - heartbeatTimeout
                        - Duration.ofMinutes(1).toMillis());

        // The sweep runs on a scheduler thread, where no UI is current.
        UI.setCurrent(null);
        try {
            sweeper.releaseVanishedUis();
        } finally {
            UI.setCurrent(ui);
        }

        assertThat(ui.isClosing()).isTrue();
        assertThat(VaadinSession.getCurrent().getUIs()).doesNotContain(ui);
    }
}
