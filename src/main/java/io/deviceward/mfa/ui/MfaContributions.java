package io.deviceward.mfa.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.deviceward.shared.navigation.NavigationContributor;
import io.deviceward.shared.navigation.NavigationEntry;
import io.deviceward.shared.navigation.NavigationScope;
import io.deviceward.shared.security.Permission;
import java.util.List;
import org.springframework.stereotype.Component;

/** The MFA policy pages of a practice and of a provider in the navigation. */
@Component
class MfaContributions implements NavigationContributor {

    @Override
    public List<NavigationEntry> navigationEntries() {
        return List.of(
                new NavigationEntry(
                        NavigationScope.PRACTICE,
                        "mfa.nav.practice",
                        VaadinIcon.KEY,
                        MfaPolicyView.class,
                        Permission.VIEW,
                        40),
                new NavigationEntry(
                        NavigationScope.PROVIDER,
                        "mfa.nav.provider",
                        VaadinIcon.KEY,
                        ProviderMfaView.class,
                        Permission.VIEW,
                        30));
    }
}
