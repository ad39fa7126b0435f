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
        String message = Outages.isDatabaseOutage(event.getThrowable())
                ? (Outages.isPoolExhausted(event.getThrowable())
                        ? Outages.BUSY_MESSAGE
                        : Outages.DATABASE_MESSAGE + " Please try again in a few seconds.")
                : switch (cause) {
                    // The practice's MFA policy changed under an open page: the next page load steps the user up.
                    case SecondFactorRequiredException e ->
                        "This practice now requires a second factor. Reload the page to confirm it is you; nothing was saved.";
                    case AccessDeniedException e -> "Your role does not allow this. The attempt has been recorded.";
                    case NotFoundException e -> e.getMessage();
                    case ConcurrentChangeException e -> e.getMessage();
                    case InvalidInputException e -> e.getMessage();
                    default -> {
                        log.error("Unexpected error in the UI", event.getThrowable());
                        yield "Something went wrong and nothing was saved. Please try again; if it persists, tell your IT provider.";
                    }
                };
        if (UI.getCurrent() != null) {
            UI.getCurrent().access(() -> Notifications.error(message));
        }
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
