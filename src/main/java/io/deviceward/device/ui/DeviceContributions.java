package io.deviceward.device.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import io.deviceward.device.DeviceService;
import io.deviceward.shared.navigation.NavigationContributor;
import io.deviceward.shared.navigation.NavigationEntry;
import io.deviceward.shared.navigation.NavigationScope;
import io.deviceward.shared.navigation.OverviewCard;
import io.deviceward.shared.navigation.OverviewCard.EmptyState;
import io.deviceward.shared.navigation.OverviewCard.ViewLink;
import io.deviceward.shared.navigation.OverviewCardContributor;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.security.PermissionCheck;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The device registry in the shell: its pages in the navigation, its counter and first step on the overview. */
@Component
class DeviceContributions implements NavigationContributor, OverviewCardContributor {
    private final DeviceService devices;
    private final PermissionCheck access;

    DeviceContributions(DeviceService devices, PermissionCheck access) {
        this.devices = devices;
        this.access = access;
    }

    @Override
    public List<NavigationEntry> navigationEntries() {
        return List.of(
                new NavigationEntry(
                        NavigationScope.PRACTICE,
                        "Devices",
                        VaadinIcon.DESKTOP,
                        DeviceListView.class,
                        Permission.VIEW,
                        10),
                new NavigationEntry(
                        NavigationScope.PROVIDER,
                        "Device categories",
                        VaadinIcon.TAGS,
                        DeviceCategoriesView.class,
                        Permission.VIEW,
                        40));
    }

    @Override
    public Optional<OverviewCard> card(UUID practiceId) {
        RouteParameters here = new RouteParameters("practiceId", practiceId.toString());
        boolean canEdit = access.can(practiceId, Permission.EDIT_PRACTICE_DATA);
        EmptyState empty = canEdit
                ? new EmptyState(
                        "devices-empty-state",
                        "No devices registered yet",
                        "Start with the devices that handle patient data: imaging, patient monitors, the practice"
                                + " server. Each device you add gets its security posture tracked from here on.",
                        new ViewLink(
                                "Register the first device", DeviceFormView.class, DeviceFormView.forNew(practiceId)),
                        "add-first-device")
                : new EmptyState(
                        "devices-empty-state",
                        "No devices registered yet",
                        "Your practice manager or IT provider registers the practice's devices. Once they have,"
                                + " you will see them here.",
                        null,
                        "add-first-device");
        return Optional.of(new OverviewCard(
                "devices-count",
                "Devices",
                devices.count(practiceId),
                new ViewLink("Open the device registry", DeviceListView.class, here),
                empty,
                10));
    }
}
