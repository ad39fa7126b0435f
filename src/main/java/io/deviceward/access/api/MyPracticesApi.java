package io.deviceward.access.api;

import io.deviceward.access.PracticeAccess;
import io.deviceward.access.Role;
import io.deviceward.practice.Practice;
import io.deviceward.practice.Provider;
import io.deviceward.practice.ProviderRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/practices}: what an integration needs to find its practice ids. */
@RestController
@RequestMapping("/api/v1/practices")
@Tag(name = "Practices", description = "The practices the caller may use")
class MyPracticesApi {
    private final PracticeAccess access;
    private final ProviderRepository providers;

    MyPracticesApi(PracticeAccess access, ProviderRepository providers) {
        this.access = access;
        this.providers = providers;
    }

    record ProviderRef(UUID id, String name) {}

    /** {@code roles}: the caller's roles there now, the practice's own and its provider's, highest first. */
    record PracticeSummary(UUID id, String name, ProviderRef provider, List<Role> roles) {}

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(summary = "The practices the caller may use now, by name, with the caller's roles in each")
    List<PracticeSummary> list() {
        List<Practice> practices = access.accessiblePractices();
        Map<UUID, Provider> byId =
                providers
                        .findAllById(practices.stream()
                                .map(Practice::getProviderId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Provider::getId, Function.identity()));
        return practices.stream()
                .map(practice -> {
                    Provider provider = byId.get(practice.getProviderId());
                    return new PracticeSummary(
                            practice.getId(),
                            practice.getName(),
                            new ProviderRef(practice.getProviderId(), provider == null ? "" : provider.getName()),
                            access.rolesIn(practice.getId()).stream().sorted().toList());
                })
                .toList();
    }
}
