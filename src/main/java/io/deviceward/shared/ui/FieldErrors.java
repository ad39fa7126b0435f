package io.deviceward.shared.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder.Binding;
import io.deviceward.shared.InvalidInputException;
import java.util.Map;

/**
 * Shows a rule only the service can check (a duplicate serial, an email already invited) on the
 * form field it names, keeping the input; a rule without a field becomes a notification.
 */
public final class FieldErrors {
    private FieldErrors() {}

    public static void show(Map<String, ? extends Binding<?, ?>> bindings, InvalidInputException error) {
        Binding<?, ?> binding = bindings.get(error.field());
        if (binding != null && binding.getField() instanceof HasValidation field) {
            field.setErrorMessage(error.getMessage());
            field.setInvalid(true);
        } else {
            Notifications.error(error.getMessage());
        }
    }
}
