package io.deviceward.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.VaadinResponse;
import io.deviceward.shared.resilience.Outages;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A page opened while the database is unreachable: 503 with Retry-After and a sentence a person
 * understands, without the main layout (which would ask the database again). Vaadin picks an error
 * view by the exact class of the exception or of one of its causes, hence one per class an outage
 * shows up as (see {@link Outages}).
 */
abstract class RegistryUnavailableView extends VerticalLayout {

    RegistryUnavailableView() {
        addClassName("dw-message-page");
        setId("registry-unavailable");
    }

    int show(BeforeEnterEvent event) {
        removeAll();
        add(
                new H1(getTranslation("unavailable.title")),
                new Paragraph(getTranslation("unavailable.database")),
                new Paragraph(getTranslation("unavailable.again")),
                new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("unavailable.retry")));
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) response.setHeader("Retry-After", String.valueOf(Outages.RETRY_AFTER_SECONDS));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @PermitAll
    static class NoConnection extends RegistryUnavailableView
            implements HasErrorParameter<SQLTransientConnectionException> {
        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<SQLTransientConnectionException> parameter) {
            return show(event);
        }
    }

    @PermitAll
    static class ConnectionLost extends RegistryUnavailableView
            implements HasErrorParameter<SQLNonTransientConnectionException> {
        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<SQLNonTransientConnectionException> parameter) {
            return show(event);
        }
    }

    @PermitAll
    static class NoTransaction extends RegistryUnavailableView
            implements HasErrorParameter<CannotCreateTransactionException> {
        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
            return show(event);
        }
    }

    @PermitAll
    static class ResourceFailure extends RegistryUnavailableView
            implements HasErrorParameter<DataAccessResourceFailureException> {
        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> parameter) {
            return show(event);
        }
    }

    @PermitAll
    static class HibernateConnection extends RegistryUnavailableView
            implements HasErrorParameter<JDBCConnectionException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<JDBCConnectionException> parameter) {
            return show(event);
        }
    }
}
