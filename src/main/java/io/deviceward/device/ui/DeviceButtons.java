package io.deviceward.device.ui;

import com.vaadin.flow.component.button.Button;

/**
 * Icons of the device list's buttons without an Icon component: the stylesheet draws {@code icons/<name>.svg} in the
 * button's prefix part (styles/deviceward.css, {@code vaadin-button[data-icon]}). The icon is decorative, as the
 * {@code aria-hidden} svg of an Icon was; the button's text names it.
 */
final class DeviceButtons {
    private DeviceButtons() {}

    /** The button, showing the Vaadin icon of this file name (e.g. {@code plus}). */
    static Button withIcon(Button button, String icon) {
        button.getElement().setAttribute("data-icon", icon);
        return button;
    }
}
