package io.deviceward.practice;

import io.deviceward.audit.AuditLog;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.security.CanAdministerProvider;
import io.deviceward.shared.security.CanViewProvider;
import io.deviceward.shared.security.DenyUnlessGuarded;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Provider-level reads, for members who hold a role on the whole provider, and its settings, for its admins. */
@Service
@DenyUnlessGuarded
public class ProviderDirectory {
    private final ProviderRepository providers;
    private final PracticeRepository practices;
    private final AuditLog auditLog;

    ProviderDirectory(ProviderRepository providers, PracticeRepository practices, AuditLog auditLog) {
        this.providers = providers;
        this.practices = practices;
        this.auditLog = auditLog;
    }

    /**
     * Whether revoking someone's last membership anywhere also disables their Keycloak account (on by
     * default: a departed employee should not keep a working sign-in). Provider admins only; audited.
     */
    @CanAdministerProvider
    @Transactional
    public Provider setDisableAccountsWithoutAccess(UUID providerId, boolean disable) {
        Provider provider = providers.findById(providerId).orElseThrow(() -> new NotFoundException("Provider"));
        if (provider.isDisableAccountsWithoutAccess() != disable) {
            provider.setDisableAccountsWithoutAccess(disable);
            auditLog.recordEvent(
                    providerId,
                    "Provider",
                    providerId.toString(),
                    disable
                            ? "Keycloak accounts of people with no access left will be disabled"
                            : "Keycloak accounts of people with no access left will stay enabled");
        }
        return provider;
    }

    @CanViewProvider
    @Transactional(readOnly = true)
    public Provider get(UUID providerId) {
        return providers.findById(providerId).orElseThrow(() -> new NotFoundException("Provider"));
    }

    @CanViewProvider
    @Transactional(readOnly = true)
    public List<Practice> practicesOf(UUID providerId) {
        return practices.findByProviderIdOrderByName(providerId);
    }
}
