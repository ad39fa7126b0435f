package io.deviceward.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder.Binding;
import io.deviceward.access.AccessManagement;
import io.deviceward.access.InvitationDetails;
import io.deviceward.access.KeycloakUnavailableException;
import io.deviceward.access.Role;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.ui.FieldErrors;
import io.deviceward.shared.ui.Notifications;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** Email, name, role and (for auditors, required) expiry; sending invites through {@link AccessManagement}. */
class InviteDialog extends Dialog {
    private final BeanValidationBinder<InvitationDetails> binder = new BeanValidationBinder<>(InvitationDetails.class);
    private final Map<String, Binding<InvitationDetails, ?>> bindings;

    InviteDialog(AccessManagement access, UUID practiceId, Consumer<AccessManagement.Invitation> onInvited) {
        setHeaderTitle(t("access.invite.title"));
        setId("invite-dialog");
        EmailField email = new EmailField(t("access.invite.email"));
        email.setId("invite-email");
        TextField firstName = new TextField(t("access.invite.first-name"));
        firstName.setId("invite-first-name");
        TextField lastName = new TextField(t("access.invite.last-name"));
        lastName.setId("invite-last-name");
        Select<Role> role = new Select<>();
        role.setLabel(t("access.invite.role"));
        role.setItems(AccessManagement.PRACTICE_ROLES);
        role.setItemLabelGenerator(r -> t("enum.Role." + r.name()));
        role.setId("invite-role");
        DatePicker expiry = new DatePicker(t("access.invite.expiry"));
        expiry.setId("invite-expiry");
        expiry.setMin(LocalDate.now());
        expiry.setHelperText(t("access.invite.expiry.help"));
        bindings = Map.of(
                "email", binder.forField(email).bind("email"),
                "firstName", binder.forField(firstName).bind("firstName"),
                "lastName", binder.forField(lastName).bind("lastName"),
                "role", binder.forField(role).bind("role"),
                "expiresOn", binder.forField(expiry).bind("expiresOn"));
        binder.setBean(new InvitationDetails());
        role.setValue(Role.CLINIC_STAFF);

        Button send = new Button(t("access.invite.send"), click -> {
            if (binder.validate().isOk()) {
                send(access, practiceId, onInvited);
            }
        });
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(t("access.invite.cancel"), click -> close());
        add(new Paragraph(t("access.invite.intro")), new FormLayout(email, firstName, lastName, role, expiry));
        getFooter().add(cancel, send);
    }

    private void send(AccessManagement access, UUID practiceId, Consumer<AccessManagement.Invitation> onInvited) {
        try {
            AccessManagement.Invitation invitation = access.invite(practiceId, binder.getBean());
            if (invitation.emailProblem() != null) {
                Notifications.error(invitation.emailProblem());
            } else {
                Notifications.success(
                        invitation.emailSent()
                                ? t("access.invite.invited", invitation.email())
                                : t("access.invite.granted", invitation.email()));
            }
            close();
            onInvited.accept(invitation);
        } catch (InvalidInputException e) {
            FieldErrors.show(bindings, e);
        } catch (KeycloakUnavailableException e) {
            Notifications.error(e.getMessage());
        }
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
