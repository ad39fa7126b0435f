package io.deviceward.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where Keycloak sends the browser after sign-out has ended both sessions. */
@Route(value = "signed-out", autoLayout = false)
@PageTitle("Signed out · DeviceWard")
@AnonymousAllowed
class SignedOutView extends VerticalLayout {

    SignedOutView() {
        addClassName("dw-message-page");
        setId("signed-out");
        Anchor signIn = new Anchor("/", "Sign in again");
        signIn.setRouterIgnore(true); // a full page load, so the sign-in redirect happens
        signIn.setId("sign-in-again");
        add(
                new H1("You are signed out"),
                new Paragraph("Your DeviceWard session and your single sign-on session have ended."),
                signIn);
    }
}
