package io.deviceward.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import io.deviceward.shared.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Not found" for objects that do not exist and for those of a practice the user has no access to:
 * the two look the same on purpose, so ids of other practices reveal nothing.
 */
@PermitAll
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        addClassName("dw-message-page");
        setId("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(
                new H1(getTranslation("error.not-found")),
                new Paragraph(getTranslation("error.not-found.text")),
                new Anchor("/", getTranslation("error.start-page")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
