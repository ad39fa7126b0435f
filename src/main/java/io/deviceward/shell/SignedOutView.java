package io.deviceward.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where Keycloak sends the browser after sign-out has ended both sessions. */
@Route(value = "signed-out", autoLayout = false)
@AnonymousAllowed
class SignedOutView extends VerticalLayout implements HasDynamicTitle {

    SignedOutView() {
        addClassName("dw-message-page");
        setId("signed-out");
        Anchor signIn = new Anchor("/", getTranslation("signed-out.again"));
        signIn.setRouterIgnore(true); // a full page load, so the sign-in redirect happens
        signIn.setId("sign-in-again");
        add(new H1(getTranslation("signed-out.title")), new Paragraph(getTranslation("signed-out.text")), signIn);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signed-out.page-title");
    }
}
