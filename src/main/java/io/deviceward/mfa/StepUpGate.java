package io.deviceward.mfa;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.deviceward.access.CurrentUser;
import io.deviceward.access.PracticeAccess;
import io.deviceward.access.SecondFactorVerdict;
import io.deviceward.access.SignedInUser;
import io.deviceward.shared.security.StepUpAuthorizationRequests;
import io.deviceward.shared.text.DateTimes;
import io.deviceward.shared.ui.RouteIds;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Before any page of a practice is shown: if its MFA policy wants a second factor this sign-in has
 * not proven, the browser goes to Keycloak for a step-up (and back to the same page), so no view of
 * that practice renders without it. Inside the grace period, a notice offers to set one up now.
 * The services check the same rule again on every call (PracticeAccess), so this is the way in, not the lock.
 */
@Component
class StepUpGate implements VaadinServiceInitListener {
    private static final String GRACE_NOTICES_SHOWN = StepUpGate.class.getName() + ".graceNotices";

    private final PracticeAccess access;
    private final CurrentUser currentUser;
    private final StepUps stepUps;

    StepUpGate(PracticeAccess access, CurrentUser currentUser, StepUps stepUps) {
        this.access = access;
        this.currentUser = currentUser;
        this.stepUps = stepUps;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> practiceId = event.getRouteParameters().get("practiceId").flatMap(RouteIds::parse);
        Optional<SignedInUser> user = currentUser.find();
        if (practiceId.isEmpty() || user.isEmpty()) {
            return;
        }
        SecondFactorVerdict verdict = access.secondFactorVerdict(practiceId.get());
        String here = "/" + event.getLocation().getPathWithQueryParameters();
        switch (verdict.outcome()) {
            case STEP_UP -> {
                stepUps.requested(practiceId.get(), user.get());
                event.forwardToUrl(StepUpAuthorizationRequests.stepUpUrl(here));
            }
            case SATISFIED -> stepUps.succeeded(practiceId.get(), user.get());
            case IN_GRACE -> showGraceNotice(practiceId.get(), user.get(), verdict, here);
            case NOT_REQUIRED -> {}
        }
    }

    private void showGraceNotice(UUID practiceId, SignedInUser user, SecondFactorVerdict verdict, String here) {
        VaadinSession session = VaadinSession.getCurrent();
        @SuppressWarnings("unchecked")
        Set<UUID> shown = (Set<UUID>) session.getAttribute(GRACE_NOTICES_SHOWN);
        if (shown == null) {
            shown = new HashSet<>();
            session.setAttribute(GRACE_NOTICES_SHOWN, shown);
        }
        if (!shown.add(practiceId)) {
            return;
        }
        // The server's zone: this runs before any guarded call may read the practice's; a date, not a time.
        String deadline = DateTimes.in(ZoneId.systemDefault()).date(verdict.graceEndsAt());
        Notification notice = new Notification();
        notice.setId("mfa-grace-notice");
        notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notice.setPosition(Notification.Position.TOP_STRETCH);
        Button setUp = new Button("Set it up now", click -> {
            stepUps.requested(practiceId, user);
            notice.close();
            notice.getUI().ifPresent(ui -> ui.getPage().setLocation(StepUpAuthorizationRequests.stepUpUrl(here)));
        });
        setUp.setId("mfa-set-up-now");
        setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button later = new Button("Later", click -> notice.close());
        notice.add(new HorizontalLayout(
                new Span("This practice requires a second factor. Set one up before " + deadline
                        + "; after that you cannot enter without it."),
                setUp,
                later));
        notice.open();
    }
}
