package io.deviceward.device;

import io.deviceward.audit.AuditLog;
import io.deviceward.practice.PracticeService;
import io.deviceward.practice.ProviderDirectory;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.security.CanAdministerProvider;
import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.security.CanViewProvider;
import io.deviceward.shared.tenancy.PracticeScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The category list a practice chooses from: the standard categories plus its provider's own. */
@Service
@PracticeScoped
public class DeviceCategories {
    private final DeviceCategoryRepository categories;
    private final PracticeService practices;
    private final ProviderDirectory providers;
    private final AuditLog auditLog;

    DeviceCategories(
            DeviceCategoryRepository categories,
            PracticeService practices,
            ProviderDirectory providers,
            AuditLog auditLog) {
        this.categories = categories;
        this.practices = practices;
        this.providers = providers;
        this.auditLog = auditLog;
    }

    /** The standard categories and the provider's own, for the provider's category page. */
    @CanViewProvider
    @Transactional(readOnly = true)
    public List<DeviceCategory> forProvider(UUID providerId) {
        return categories.findAvailableTo(providerId);
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public List<DeviceCategory> forPractice(UUID practiceId) {
        return categories.findAvailableTo(practices.get(practiceId).getProviderId());
    }

    /** Code to label, for showing codes in grids and exports. */
    @CanViewPractice
    @Transactional(readOnly = true)
    public Map<String, String> labels(UUID practiceId) {
        return forPractice(practiceId).stream()
                .collect(Collectors.toMap(DeviceCategory::getCode, DeviceCategory::getLabel, (a, b) -> a));
    }

    /** A provider admin adds a category for all of the provider's practices. */
    @CanAdministerProvider
    @Transactional
    public DeviceCategory add(UUID providerId, String label) {
        providers.get(providerId);
        String clean = label == null ? "" : label.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw new InvalidInputException("label", "Enter a category name of at most 100 characters");
        }
        String code =
                clean.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        if (code.isEmpty()) code = "CATEGORY";
        code = code.length() > 40 ? code.substring(0, 40) : code;
        Map<String, DeviceCategory> existing = categories.findAvailableTo(providerId).stream()
                .collect(Collectors.toMap(DeviceCategory::getCode, Function.identity(), (a, b) -> a));
        if (existing.containsKey(code)) {
            throw new InvalidInputException(
                    "label",
                    "There is already a category \"" + existing.get(code).getLabel() + "\"");
        }
        int position = existing.values().stream()
                        .mapToInt(DeviceCategory::getPosition)
                        .max()
                        .orElse(0)
                + 10;
        DeviceCategory added = categories.save(new DeviceCategory(providerId, code, clean, position));
        auditLog.recordEvent(
                providerId,
                "Device category",
                added.getId().toString(),
                "Added the device category \"" + clean + "\" for all practices of the provider");
        return added;
    }
}
