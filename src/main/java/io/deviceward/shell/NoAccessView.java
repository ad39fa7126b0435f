package io.deviceward.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.deviceward.access.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** A signed-in person without any active membership sees this, and nothing else. */
@Route(value = "no-access", autoLayout = false)
@PermitAll
class NoAccessView extends VerticalLayout implements HasDynamicTitle {

    NoAccessView(CurrentUser currentUser, AuthenticationContext authentication) {
        addClassName("dw-message-page");
        setId("no-access");
        add(
                new H1(getTranslation("no-access.title")),
                new Paragraph(
                        getTranslation("no-access.text", currentUser.require().displayName())),
                new Paragraph(getTranslation("no-access.ask")));
        Button signOut = new Button(getTranslation("no-access.sign-out"), click -> authentication.logout());
        signOut.setId("sign-out");
        add(signOut);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("no-access.page-title");
    }
}
