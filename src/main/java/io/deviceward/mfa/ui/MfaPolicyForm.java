package io.deviceward.mfa.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import io.deviceward.access.AccessManagement;
import io.deviceward.access.Role;
import io.deviceward.mfa.MfaMode;
import io.deviceward.mfa.MfaPolicySettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Edits an MFA policy: who must use a second factor, which kinds, and the grace period to set one up. */
class MfaPolicyForm extends FormLayout {
    private final BeanValidationBinder<MfaPolicySettings> binder = new BeanValidationBinder<>(MfaPolicySettings.class);
    private final RadioButtonGroup<MfaMode> mode = new RadioButtonGroup<>("Second factor");
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>("Required for");
    private final Span problem = new Span();

    MfaPolicyForm(boolean providerWide) {
        mode.setId("mfa-mode");
        mode.setItems(MfaMode.values());
        mode.setItemLabelGenerator(MfaMode::label);
        roles.setId("mfa-roles");
        List<Role> choosable = new ArrayList<>(AccessManagement.PRACTICE_ROLES);
        choosable.addFirst(Role.PROVIDER_ADMIN);
        roles.setItems(choosable);
        roles.setItemLabelGenerator(Role::label);
        Checkbox otp = new Checkbox("One-time codes from an authenticator app (OTP)");
        otp.setId("mfa-allow-otp");
        Checkbox passkey = new Checkbox("Passkeys and security keys (WebAuthn)");
        passkey.setId("mfa-allow-passkey");
        IntegerField grace = new IntegerField("Grace period to set one up (days)");
        grace.setId("mfa-grace-days");
        grace.setMin(0);
        grace.setMax(90);
        grace.setStepButtonsVisible(true);
        grace.setHelperText(
                "People without a second factor may still enter this long after the policy starts to require it of them"
                        + (providerWide ? "." : ", or after they join."));
        problem.setId("mfa-policy-problem");
        problem.addClassName("dw-error-text");

        binder.forField(mode).asRequired("Choose who must use a second factor").bind("mode");
        binder.forField(roles).bind("requiredRoles");
        binder.forField(otp).bind("allowOtp");
        binder.forField(passkey).bind("allowPasskey");
        binder.forField(grace)
                .asRequired("Enter the grace period in days (0 for none)")
                .bind("graceDays");
        mode.addValueChangeListener(change -> roles.setVisible(change.getValue() == MfaMode.ROLES));

        add(mode, roles, otp, passkey, grace, problem);
        setColspan(mode, 2);
        setColspan(problem, 2);
    }

    void show(MfaPolicySettings settings, boolean editable) {
        binder.readBean(settings);
        roles.setVisible(settings.getMode() == MfaMode.ROLES);
        binder.setReadOnly(!editable);
        problem.setText("");
    }

    /** The settings as entered, if every rule holds; otherwise the fields and the problem line say what is wrong. */
    Optional<MfaPolicySettings> read() {
        problem.setText("");
        roles.setInvalid(false);
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        MfaPolicySettings settings = new MfaPolicySettings();
        binder.writeBeanAsDraft(settings);
        // The rules across fields, as MfaPolicySettings states them (the service checks them again).
        if (!settings.isRolesChosen()) {
            roles.setErrorMessage(MfaPolicySettings.ROLES_RULE);
            roles.setInvalid(true);
            problem.setText(roles.getErrorMessage());
            return Optional.empty();
        }
        if (!settings.isMethodAllowed()) {
            problem.setText(MfaPolicySettings.METHOD_RULE);
            return Optional.empty();
        }
        return Optional.of(settings);
    }
}
