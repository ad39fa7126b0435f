package io.deviceward.shared.navigation;

import java.util.List;

/** A feature's navigation items; the shell collects every contributor bean and orders the items. */
public interface NavigationContributor {

    List<NavigationEntry> navigationEntries();
}
