package io.deviceward.practice.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.deviceward.shared.navigation.NavigationContributor;
import io.deviceward.shared.navigation.NavigationEntry;
import io.deviceward.shared.navigation.NavigationScope;
import io.deviceward.shared.security.Permission;
import java.util.List;
import org.springframework.stereotype.Component;

/** The practice's own settings page in the navigation. */
@Component
class PracticeContributions implements NavigationContributor {

    @Override
    public List<NavigationEntry> navigationEntries() {
        return List.of(new NavigationEntry(
                NavigationScope.PRACTICE,
                "settings.nav",
                VaadinIcon.COG,
                PracticeSettingsView.class,
                Permission.VIEW,
                90));
    }
}
