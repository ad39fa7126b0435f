package io.deviceward.mfa.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.deviceward.access.PracticeAccess;
import io.deviceward.access.Role;
import io.deviceward.mfa.MfaPolicies;
import io.deviceward.mfa.MfaPolicySettings;
import io.deviceward.practice.ProviderDirectory;
import io.deviceward.shared.ui.Notifications;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/**
 * A provider's sign-in security: its default MFA policy, for each of its practices that has none of
 * its own, and whether revoking someone's last access disables their Keycloak account.
 */
@Route("providers/:providerId/sign-in-security")
@PermitAll
class ProviderMfaView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final MfaPolicies policies;
    private final PracticeAccess access;
    private final MfaPolicyForm form = new MfaPolicyForm(true);
    private final Button save = new Button();
    private final Checkbox disableAccounts = new Checkbox();
    private final ProviderDirectory providers;
    private UUID providerId;

    ProviderMfaView(MfaPolicies policies, PracticeAccess access, ProviderDirectory providers) {
        this.policies = policies;
        this.access = access;
        this.providers = providers;
        setId("provider-mfa-policy");
        save.setText(t("mfa.provider.save"));
        disableAccounts.setLabel(t("mfa.provider.disable-accounts"));
        save.setId("mfa-policy-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> form.read().ifPresent(settings -> {
            form.show(policies.setProviderDefault(providerId, settings), true);
            disableAccounts.setValue(providers
                    .setDisableAccountsWithoutAccess(providerId, disableAccounts.getValue())
                    .isDisableAccountsWithoutAccess());
            Notifications.success(t("mfa.provider.saved"));
        }));
        disableAccounts.setId("provider-disable-accounts");
        add(new H1(t("mfa.provider.title")), new Paragraph(t("mfa.provider.intro")), form, disableAccounts, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        providerId = RouteIds.required(event, "providerId");
        MfaPolicySettings settings = policies.providerDefault(providerId);
        boolean editable = access.providerRoles(providerId).contains(Role.PROVIDER_ADMIN);
        form.show(settings, editable);
        disableAccounts.setValue(providers.get(providerId).isDisableAccountsWithoutAccess());
        disableAccounts.setReadOnly(!editable);
        save.setVisible(editable);
    }

    @Override
    public String getPageTitle() {
        return t("mfa.provider.page-title");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
