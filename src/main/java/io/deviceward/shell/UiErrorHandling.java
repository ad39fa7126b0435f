package io.deviceward.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.deviceward.access.SecondFactorRequiredException;
import io.deviceward.shared.ConcurrentChangeException;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.resilience.Outages;
import io.deviceward.shared.ui.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Errors from clicks and saves (not navigation, which has error views) become a message the person
 * understands; anything unexpected is logged and shown without internals.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {
    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UiErrorHandling::handle));
    }

    private static void handle(ErrorEvent event) {
        Throwable cause = rootOf(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui == null) {
            if (!Outages.isDatabaseOutage(event.getThrowable()) && !isExpected(cause)) {
                log.error("Unexpected error outside a UI", event.getThrowable());
            }
            return;
        }
        String message = Outages.isDatabaseOutage(event.getThrowable())
                ? (Outages.isPoolExhausted(event.getThrowable())
                        ? ui.getTranslation("unavailable.busy")
                        : ui.getTranslation("unavailable.database") + " " + ui.getTranslation("unavailable.again"))
                : switch (cause) {
                    // The practice's MFA policy changed under an open page: the next page load steps the user up.
                    case SecondFactorRequiredException e -> ui.getTranslation("ui-error.second-factor");
                    case AccessDeniedException e -> ui.getTranslation("ui-error.denied");
                    // The services' own sentences (not yet translated: they are written by the services).
                    case NotFoundException e -> e.getMessage();
                    case ConcurrentChangeException e -> e.getMessage();
                    case InvalidInputException e -> e.getMessage();
                    default -> {
                        log.error("Unexpected error in the UI", event.getThrowable());
                        yield ui.getTranslation("ui-error.unexpected");
                    }
                };
        ui.access(() -> Notifications.error(message));
    }

    private static boolean isExpected(Throwable cause) {
        return cause instanceof SecondFactorRequiredException
                || cause instanceof AccessDeniedException
                || cause instanceof NotFoundException
                || cause instanceof ConcurrentChangeException
                || cause instanceof InvalidInputException;
    }

    private static Throwable rootOf(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null
                && current.getCause() != current
                && !(current instanceof AccessDeniedException
                        || current instanceof NotFoundException
                        || current instanceof ConcurrentChangeException
                        || current instanceof InvalidInputException)) {
            current = current.getCause();
        }
        return current;
    }
}
