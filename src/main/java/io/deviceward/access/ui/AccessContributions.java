package io.deviceward.access.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import io.deviceward.access.MemberDirectory;
import io.deviceward.shared.navigation.NavigationContributor;
import io.deviceward.shared.navigation.NavigationEntry;
import io.deviceward.shared.navigation.NavigationScope;
import io.deviceward.shared.navigation.OverviewCard;
import io.deviceward.shared.navigation.OverviewCard.ViewLink;
import io.deviceward.shared.navigation.OverviewCardContributor;
import io.deviceward.shared.security.Permission;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Members, access reviews and the provider's people in the navigation; the member count on the overview. */
@Component
class AccessContributions implements NavigationContributor, OverviewCardContributor {
    private final MemberDirectory members;

    AccessContributions(MemberDirectory members) {
        this.members = members;
    }

    @Override
    public List<NavigationEntry> navigationEntries() {
        return List.of(
                new NavigationEntry(
                        NavigationScope.PRACTICE,
                        "access.nav.members",
                        VaadinIcon.USERS,
                        MembersView.class,
                        Permission.VIEW,
                        20),
                new NavigationEntry(
                        NavigationScope.PRACTICE,
                        "access.nav.reviews",
                        VaadinIcon.CHECK_SQUARE_O,
                        AccessReviewsView.class,
                        Permission.VIEW,
                        30),
                new NavigationEntry(
                        NavigationScope.PROVIDER,
                        "access.nav.people",
                        VaadinIcon.USERS,
                        ProviderMembersView.class,
                        Permission.VIEW,
                        10));
    }

    @Override
    public Optional<OverviewCard> card(UUID practiceId) {
        return Optional.of(new OverviewCard(
                "members-count",
                "access.card.label",
                members.activeMemberCount(practiceId),
                new ViewLink(
                        "access.card.link",
                        MembersView.class,
                        new RouteParameters("practiceId", practiceId.toString())),
                null,
                20));
    }
}
