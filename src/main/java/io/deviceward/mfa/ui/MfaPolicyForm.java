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
    private final RadioButtonGroup<MfaMode> mode = new RadioButtonGroup<>();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Span problem = new Span();

    MfaPolicyForm(boolean providerWide) {
        mode.setLabel(t("mfa.form.mode"));
        mode.setId("mfa-mode");
        mode.setItems(MfaMode.values());
        mode.setItemLabelGenerator(m -> t("enum.MfaMode." + m.name()));
        roles.setLabel(t("mfa.form.roles"));
        roles.setId("mfa-roles");
        List<Role> choosable = new ArrayList<>(AccessManagement.PRACTICE_ROLES);
        choosable.addFirst(Role.PROVIDER_ADMIN);
        roles.setItems(choosable);
        roles.setItemLabelGenerator(r -> t("enum.Role." + r.name()));
        Checkbox otp = new Checkbox(t("mfa.form.otp"));
        otp.setId("mfa-allow-otp");
        Checkbox passkey = new Checkbox(t("mfa.form.passkey"));
        passkey.setId("mfa-allow-passkey");
        IntegerField grace = new IntegerField(t("mfa.form.grace"));
        grace.setId("mfa-grace-days");
        grace.setMin(0);
        grace.setMax(90);
        grace.setStepButtonsVisible(true);
        grace.setHelperText(providerWide ? t("mfa.form.grace.help.provider") : t("mfa.form.grace.help.practice"));
        problem.setId("mfa-policy-problem");
        problem.addClassName("dw-error-text");

        binder.forField(mode).asRequired(t("mfa.form.mode.required")).bind("mode");
        binder.forField(roles).bind("requiredRoles");
        binder.forField(otp).bind("allowOtp");
        binder.forField(passkey).bind("allowPasskey");
        binder.forField(grace).asRequired(t("mfa.form.grace.required")).bind("graceDays");
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
            roles.setErrorMessage(t("mfa.form.roles.rule")); // MfaPolicySettings.ROLES_RULE, in the reader's language
            roles.setInvalid(true);
            problem.setText(roles.getErrorMessage());
            return Optional.empty();
        }
        if (!settings.isMethodAllowed()) {
            problem.setText(t("mfa.form.method.rule")); // MfaPolicySettings.METHOD_RULE, in the reader's language
            return Optional.empty();
        }
        return Optional.of(settings);
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
