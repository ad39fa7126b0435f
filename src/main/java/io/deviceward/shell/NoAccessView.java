package io.deviceward.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.deviceward.access.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** A signed-in person without any active membership sees this, and nothing else. */
@Route(value = "no-access", autoLayout = false)
@PageTitle("No access yet · DeviceWard")
@PermitAll
class NoAccessView extends VerticalLayout {

    NoAccessView(CurrentUser currentUser, AuthenticationContext authentication) {
        addClassName("dw-message-page");
        setId("no-access");
        add(
                new H1("No access yet"),
                new Paragraph(
                        "Hello " + currentUser.require().displayName() + ". You are signed in, but no practice has "
                                + "given you access to DeviceWard yet, or your access has ended."),
                new Paragraph(
                        "Ask your practice manager or your IT provider to invite you. Once they have, sign in again."));
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.setId("sign-out");
        add(signOut);
    }
}
