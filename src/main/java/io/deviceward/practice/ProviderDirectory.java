package io.deviceward.practice;

import io.deviceward.shared.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Provider-level reads, for members who hold a role on the whole provider. */
@Service
public class ProviderDirectory {
    private final ProviderRepository providers;
    private final PracticeRepository practices;

    ProviderDirectory(ProviderRepository providers, PracticeRepository practices) {
        this.providers = providers;
        this.practices = practices;
    }

    @PreAuthorize("@practiceAccess.checkProvider(#providerId)")
    @Transactional(readOnly = true)
    public Provider get(UUID providerId) {
        return providers.findById(providerId).orElseThrow(() -> new NotFoundException("Provider"));
    }

    @PreAuthorize("@practiceAccess.checkProvider(#providerId)")
    @Transactional(readOnly = true)
    public List<Practice> practicesOf(UUID providerId) {
        return practices.findByProviderIdOrderByName(providerId);
    }
}
