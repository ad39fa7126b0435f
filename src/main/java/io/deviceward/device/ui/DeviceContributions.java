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
                        "device.nav.devices",
                        VaadinIcon.DESKTOP,
                        DeviceListView.class,
                        Permission.VIEW,
                        10),
                new NavigationEntry(
                        NavigationScope.PROVIDER,
                        "device.nav.categories",
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
                        "device.card.empty.title",
                        "device.card.empty.text.editor",
                        new ViewLink(
                                "device.card.empty.action", DeviceFormView.class, DeviceFormView.forNew(practiceId)),
                        "add-first-device")
                : new EmptyState(
                        "devices-empty-state",
                        "device.card.empty.title",
                        "device.card.empty.text.viewer",
                        null,
                        "add-first-device");
        return Optional.of(new OverviewCard(
                "devices-count",
                "device.card.label",
                devices.count(practiceId),
                new ViewLink("device.card.link", DeviceListView.class, here),
                empty,
                10));
    }
}
