package io.deviceward.access;

import io.deviceward.practice.PracticeRepository;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.tenancy.PracticeScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who has access to a practice, directly or through its provider. Changes come with issue #3. */
@Service
@PracticeScoped
public class MemberDirectory {
    private final MembershipRepository memberships;
    private final AppUserRepository users;
    private final PracticeRepository practices;
    private final Clock clock;

    MemberDirectory(MembershipRepository memberships, AppUserRepository users, PracticeRepository practices, Clock clock) {
        this.memberships = memberships;
        this.users = users;
        this.practices = practices;
        this.clock = clock;
    }

    public record Member(UUID membershipId, String name, String email, Role role, boolean providerWide,
            Instant expiresAt, boolean active) {}

    @CanViewPractice
    @Transactional(readOnly = true)
    public List<Member> members(UUID practiceId) {
        UUID providerId = practices.findById(practiceId).orElseThrow(() -> new NotFoundException("Practice")).getProviderId();
        List<Membership> granting = memberships.findAllIn(practiceId, providerId);
        Map<UUID, AppUser> byId = users.findAllById(granting.stream().map(Membership::getUserId).toList()).stream()
                .collect(Collectors.toMap(AppUser::getId, Function.identity()));
        Instant now = clock.instant();
        return granting.stream().map(m -> {
            AppUser user = byId.get(m.getUserId());
            return new Member(m.getId(), user.getDisplayName(), user.getEmail(), m.getRole(), m.isProviderWide(),
                    m.getExpiresAt(), m.isActiveAt(now));
        }).toList();
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public long activeMemberCount(UUID practiceId) {
        return members(practiceId).stream().filter(Member::active).map(Member::email).distinct().count();
    }
}
