package io.deviceward.findings.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.deviceward.shared.navigation.NavigationContributor;
import io.deviceward.shared.navigation.NavigationEntry;
import io.deviceward.shared.navigation.NavigationScope;
import io.deviceward.shared.security.Permission;
import java.util.List;
import org.springframework.stereotype.Component;

/** The provider-wide findings page in a provider's side navigation, right after its overview. */
@Component
class FindingsContributions implements NavigationContributor {
    @Override
    public List<NavigationEntry> navigationEntries() {
        return List.of(new NavigationEntry(
                NavigationScope.PROVIDER,
                "findings.nav",
                VaadinIcon.WARNING,
                ProviderFindingsView.class,
                Permission.VIEW,
                5));
    }
}
