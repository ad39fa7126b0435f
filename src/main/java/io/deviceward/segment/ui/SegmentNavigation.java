package io.deviceward.segment.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.deviceward.shared.navigation.NavigationContributor;
import io.deviceward.shared.navigation.NavigationEntry;
import io.deviceward.shared.navigation.NavigationScope;
import io.deviceward.shared.security.Permission;
import java.util.List;
import org.springframework.stereotype.Component;

/** The segment map's pages in a practice's side navigation. */
@Component
class SegmentNavigation implements NavigationContributor {
    @Override
    public List<NavigationEntry> navigationEntries() {
        return List.of(
                new NavigationEntry(
                        NavigationScope.PRACTICE,
                        "segment.nav.segments",
                        VaadinIcon.SITEMAP,
                        SegmentsView.class,
                        Permission.VIEW,
                        30),
                new NavigationEntry(
                        NavigationScope.PRACTICE,
                        "segment.nav.map",
                        VaadinIcon.CLUSTER,
                        SegmentMapView.class,
                        Permission.VIEW,
                        31),
                new NavigationEntry(
                        NavigationScope.PRACTICE,
                        "segment.nav.scan",
                        VaadinIcon.SEARCH,
                        ScanCheckView.class,
                        Permission.VIEW,
                        32));
    }
}
