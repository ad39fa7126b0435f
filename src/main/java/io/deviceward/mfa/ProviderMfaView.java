package io.deviceward.mfa;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.deviceward.access.PracticeAccess;
import io.deviceward.access.Role;
import io.deviceward.shared.ui.Notifications;
import io.deviceward.shared.ui.RouteIds;
import io.deviceward.shell.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/** A provider's default MFA policy, for each of its practices that has none of its own. */
@Route(value = "providers/:providerId/sign-in-security", layout = MainLayout.class)
@PageTitle("Default sign-in security · DeviceWard")
@PermitAll
public class ProviderMfaView extends VerticalLayout implements BeforeEnterObserver {
    private final MfaPolicies policies;
    private final PracticeAccess access;
    private final MfaPolicyForm form = new MfaPolicyForm(true);
    private final Button save = new Button("Save default");
    private UUID providerId;

    ProviderMfaView(MfaPolicies policies, PracticeAccess access) {
        this.policies = policies;
        this.access = access;
        setId("provider-mfa-policy");
        save.setId("mfa-policy-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> form.read().ifPresent(settings -> {
            form.show(policies.setProviderDefault(providerId, settings), true);
            Notifications.success("Default MFA policy saved");
        }));
        add(new H1("Default sign-in security"),
                new Paragraph("Holds in every practice of this provider that has no MFA policy of its own."), form, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        providerId = RouteIds.required(event, "providerId");
        MfaPolicySettings settings = policies.providerDefault(providerId);
        boolean editable = access.providerRoles(providerId).contains(Role.PROVIDER_ADMIN);
        form.show(settings, editable);
        save.setVisible(editable);
    }
}
