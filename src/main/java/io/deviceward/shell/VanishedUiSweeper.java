package io.deviceward.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinSessionState;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Releases the UIs whose browser vanished (tab killed, laptop shut, network gone) within minutes. Vaadin closes a
 * UI that missed three heartbeats only when the next request of its session arrives, so a session whose only
 * browser is gone kept its UIs, each a few hundred kilobytes, until the session timed out (issue #14). Every
 * minute this asks Vaadin which UIs are still active ({@link VaadinService#isUIActive}, the heartbeat rule of
 * {@code vaadin.heartbeatInterval}) and closes and removes the rest, under the session's lock. See
 * docs/decisions/2026-12-01-resilience.md.
 */
@Component
class VanishedUiSweeper implements VaadinServiceInitListener {
    private static final Logger log = LoggerFactory.getLogger(VanishedUiSweeper.class);
    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
    }

    @Scheduled(fixedDelayString = "${deviceward.ui.sweep-interval:PT1M}")
    void releaseVanishedUis() {
        for (VaadinSession session : List.copyOf(sessions)) {
            try {
                // Everything about a session is read under its lock: queued behind whatever holds it, or at once
                // when this thread already does (a browserless test).
                if (session.hasLock()) {
                    release(session);
                } else {
                    session.access(() -> release(session));
                }
            } catch (RuntimeException e) {
                sessions.remove(session);
                log.debug("Stopped watching a session that could not be swept", e);
            }
        }
    }

    private void release(VaadinSession session) {
        if (session.getState() != VaadinSessionState.OPEN) {
            sessions.remove(session);
            return;
        }
        for (UI ui : List.copyOf(session.getUIs())) {
            if (!ui.isClosing() && !session.getService().isUIActive(ui)) {
                log.debug("Releasing UI {}: its browser sent no heartbeat", ui.getUIId());
                // As Vaadin closes and removes a UI itself: with the UI current (removeUI insists on it).
                ui.accessSynchronously(() -> {
                    ui.close();
                    session.removeUI(ui);
                });
            }
        }
    }

    /** Watches a session that began before this bean listened (and in tests). */
    void watch(VaadinSession session) {
        sessions.add(session);
    }
}
