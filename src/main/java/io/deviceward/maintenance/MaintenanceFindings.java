package io.deviceward.maintenance;

import io.deviceward.shared.finding.Finding;
import io.deviceward.shared.finding.FindingSource;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Overdue, failed and missed maintenance as findings for the overviews; checked by the guarded service. */
@Component
class MaintenanceFindings implements FindingSource {
    private final MaintenanceService maintenance;

    MaintenanceFindings(MaintenanceService maintenance) {
        this.maintenance = maintenance;
    }

    @Override
    public List<Finding> findings(UUID practiceId) {
        return maintenance.findings(practiceId);
    }
}
