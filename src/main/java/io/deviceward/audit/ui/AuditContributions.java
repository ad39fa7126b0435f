package io.deviceward.audit.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import io.deviceward.audit.AuditFilter;
import io.deviceward.audit.AuditLog;
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

/** The audit trail in the navigation, and its entry count on the overview. */
@Component
class AuditContributions implements NavigationContributor, OverviewCardContributor {
    private final AuditLog auditLog;

    AuditContributions(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public List<NavigationEntry> navigationEntries() {
        return List.of(new NavigationEntry(
                NavigationScope.PRACTICE, "audit.nav", VaadinIcon.RECORDS, AuditView.class, Permission.VIEW, 50));
    }

    @Override
    public Optional<OverviewCard> card(UUID practiceId) {
        return Optional.of(new OverviewCard(
                "audit-count",
                "audit.card.label",
                auditLog.count(practiceId, AuditFilter.NONE),
                new ViewLink(
                        "audit.card.link", AuditView.class, new RouteParameters("practiceId", practiceId.toString())),
                null,
                90));
    }
}
