package io.deviceward.device.ui;

import com.vaadin.flow.component.UI;
import java.util.UUID;

/**
 * How other features' views link to the device registry's pages, so that its views stay package-private and
 * their routes can change in one place.
 */
public final class DeviceNavigation {
    private DeviceNavigation() {}

    /** Opens the device's page in the current UI. */
    public static void toDevice(UUID practiceId, UUID deviceId) {
        UI.getCurrent().navigate(DeviceView.class, DeviceView.of(practiceId, deviceId));
    }

    /** The app path of a device's page, for links. */
    public static String pathOf(UUID practiceId, UUID deviceId) {
        return "practices/" + practiceId + "/devices/" + deviceId;
    }

    /** The app path of the practice's registry. */
    public static String registryPath(UUID practiceId) {
        return "practices/" + practiceId + "/devices";
    }
}
