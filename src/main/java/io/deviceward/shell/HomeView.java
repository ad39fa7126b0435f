package io.deviceward.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.deviceward.access.Membership;
import io.deviceward.access.PracticeAccess;
import io.deviceward.practice.Practice;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** Where sign-in lands: a provider-wide member goes to the provider overview, others to their first practice. */
@Route(value = "", autoLayout = false)
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {
    private final PracticeAccess access;

    HomeView(PracticeAccess access) {
        this.access = access;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Membership> memberships = access.activeMemberships();
        memberships.stream()
                .filter(Membership::isProviderWide)
                .findFirst()
                .ifPresentOrElse(
                        m -> event.forwardTo(
                                ProviderOverviewView.class,
                                new RouteParameters(
                                        "providerId", m.getProviderId().toString())),
                        () -> {
                            List<Practice> practices = access.accessiblePractices();
                            if (practices.isEmpty()) {
                                event.forwardTo(NoAccessView.class);
                            } else {
                                event.forwardTo(
                                        PracticeOverviewView.class,
                                        new RouteParameters(
                                                "practiceId",
                                                practices.getFirst().getId().toString()));
                            }
                        });
    }
}
