package io.deviceward.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** A member whose role does not allow what the page does (an auditor opening "new device", say). */
@PermitAll
class NotAllowedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    NotAllowedView() {
        addClassName("dw-message-page");
        setId("not-allowed");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(
                new H1(getTranslation("error.not-allowed")),
                new Paragraph(getTranslation("error.not-allowed.text")),
                new Anchor("/", getTranslation("error.start-page")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
