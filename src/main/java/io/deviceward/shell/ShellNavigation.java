package io.deviceward.shell;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.deviceward.shared.navigation.NavigationContributor;
import io.deviceward.shared.navigation.NavigationEntry;
import io.deviceward.shared.navigation.NavigationScope;
import io.deviceward.shared.security.Permission;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The shell's own pages (the two overviews) as navigation items, and the ordered items of every feature: the
 * layout and the provider overview read them here, so neither names a feature's view.
 */
@Component
class ShellNavigation implements NavigationContributor {
    private final List<NavigationContributor> contributors;

    ShellNavigation(List<NavigationContributor> contributors) {
        this.contributors = contributors;
    }

    @Override
    public List<NavigationEntry> navigationEntries() {
        return List.of(
                new NavigationEntry(
                        NavigationScope.PRACTICE,
                        "shell.nav.overview",
                        VaadinIcon.DASHBOARD,
                        PracticeOverviewView.class,
                        Permission.VIEW,
                        0),
                new NavigationEntry(
                        NavigationScope.PROVIDER,
                        "shell.nav.practices",
                        VaadinIcon.BUILDING,
                        ProviderOverviewView.class,
                        Permission.VIEW,
                        0));
    }

    /** Every item of the scope, this class's own included, by order then label key. */
    List<NavigationEntry> entries(NavigationScope scope) {
        return Stream.concat(
                        navigationEntries().stream(),
                        contributors.stream().filter(c -> c != this).flatMap(c -> c.navigationEntries().stream()))
                .filter(e -> e.scope() == scope)
                .sorted(Comparator.comparingInt(NavigationEntry::order).thenComparing(NavigationEntry::labelKey))
                .toList();
    }
}
