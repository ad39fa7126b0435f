package io.deviceward.mfa.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.deviceward.mfa.EffectiveMfaPolicy;
import io.deviceward.mfa.MfaPolicies;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.security.PermissionCheck;
import io.deviceward.shared.ui.Notifications;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/**
 * A practice's sign-in security: its MFA policy (its own or the provider's default), editable by
 * those who manage access, read-only for everyone else.
 */
@Route("practices/:practiceId/sign-in-security")
@PermitAll
class MfaPolicyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final MfaPolicies policies;
    private final PermissionCheck access;
    private final MfaPolicyForm form = new MfaPolicyForm(false);
    private final Paragraph source = new Paragraph();
    private final Button save = new Button();
    private final Button useDefault = new Button();
    private UUID practiceId;

    MfaPolicyView(MfaPolicies policies, PermissionCheck access) {
        this.policies = policies;
        this.access = access;
        setId("mfa-policy");
        save.setText(t("mfa.policy.save"));
        useDefault.setText(t("mfa.policy.use-default"));
        source.setId("mfa-policy-source");
        save.setId("mfa-policy-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        useDefault.setId("mfa-policy-use-default");
        useDefault.addClickListener(click -> show(policies.useProviderDefault(practiceId), true));
        add(
                new H1(t("mfa.policy.title")),
                source,
                form,
                new HorizontalLayout(save, useDefault),
                new Paragraph(t("mfa.policy.note")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = RouteIds.required(event, "practiceId");
        show(policies.forPractice(practiceId), access.can(practiceId, Permission.MANAGE_ACCESS));
    }

    private void show(EffectiveMfaPolicy policy, boolean editable) {
        source.setText(t(
                "mfa.policy.source",
                t("enum.EffectiveMfaPolicy.Source." + policy.source().name())));
        form.show(policy.settings(), editable);
        save.setVisible(editable);
        useDefault.setVisible(editable && policy.source() == EffectiveMfaPolicy.Source.PRACTICE);
    }

    private void save() {
        form.read().ifPresent(settings -> {
            show(policies.setForPractice(practiceId, settings), true);
            Notifications.success(t("mfa.policy.saved"));
        });
    }

    @Override
    public String getPageTitle() {
        return t("mfa.policy.page-title");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
