package io.deviceward.device.ui;

import com.vaadin.flow.component.Component;

/** A choice's label in the reader's language, by the house rule {@code enum.<Type>.<NAME>}. */
final class DeviceLabels {
    private DeviceLabels() {}

    static String of(Component reader, Enum<?> choice) {
        return reader.getTranslation("enum." + choice.getDeclaringClass().getSimpleName() + "." + choice.name());
    }
}
