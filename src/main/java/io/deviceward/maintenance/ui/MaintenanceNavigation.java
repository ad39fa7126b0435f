package io.deviceward.maintenance.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.deviceward.shared.navigation.NavigationContributor;
import io.deviceward.shared.navigation.NavigationEntry;
import io.deviceward.shared.navigation.NavigationScope;
import io.deviceward.shared.security.Permission;
import java.util.List;
import org.springframework.stereotype.Component;

/** The maintenance pages in the side navigation of a practice and of a provider. */
@Component
class MaintenanceNavigation implements NavigationContributor {
    @Override
    public List<NavigationEntry> navigationEntries() {
        return List.of(
                new NavigationEntry(
                        NavigationScope.PRACTICE,
                        "maintenance.nav.schedules",
                        VaadinIcon.CALENDAR_CLOCK,
                        MaintenanceView.class,
                        Permission.VIEW,
                        40),
                new NavigationEntry(
                        NavigationScope.PRACTICE,
                        "maintenance.nav.my-tasks",
                        VaadinIcon.CHECK_SQUARE_O,
                        MyTasksView.class,
                        Permission.RECORD_MAINTENANCE,
                        41),
                new NavigationEntry(
                        NavigationScope.PROVIDER,
                        "maintenance.nav.provider",
                        VaadinIcon.CALENDAR_CLOCK,
                        ProviderMaintenanceView.class,
                        Permission.VIEW,
                        40),
                new NavigationEntry(
                        NavigationScope.PROVIDER,
                        "maintenance.nav.templates",
                        VaadinIcon.CLIPBOARD_TEXT,
                        ProviderTemplatesView.class,
                        Permission.MANAGE_ACCESS,
                        41));
    }
}
