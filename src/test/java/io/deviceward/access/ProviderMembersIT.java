package io.deviceward.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deviceward.practice.Practice;
import io.deviceward.practice.Provider;
import io.deviceward.shared.NotFoundException;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The provider's people page: its admins see everyone in all its practices; nobody else sees it at all. */
@IntegrationTest
class ProviderMembersIT {
    @Autowired
    Fixtures fixtures;

    @Autowired
    MemberDirectory directory;

    @Test
    void aProviderAdminSeesEveryoneInEveryPracticeAndOthersFindNothing() {
        Provider provider = fixtures.provider();
        Practice north = fixtures.practice(provider);
        Practice south = fixtures.practice(provider);
        AppUser admin = fixtures.adminOf(provider);
        AppUser northStaff = fixtures.memberOf(north, Role.CLINIC_STAFF);
        AppUser southManager = fixtures.memberOf(south, Role.PRACTICE_MANAGER);
        Provider otherProvider = fixtures.provider();
        AppUser otherAdmin = fixtures.adminOf(otherProvider);
        fixtures.memberOf(fixtures.practice(otherProvider), Role.AUDITOR);

        List<MemberDirectory.ProviderMember> people =
                SignIn.as(admin.getId(), () -> directory.providerMembers(provider.getId()));
        assertThat(people)
                .extracting(p -> p.member().userId())
                .containsExactlyInAnyOrder(admin.getId(), northStaff.getId(), southManager.getId());
        assertThat(people)
                .filteredOn(p -> p.member().userId().equals(northStaff.getId()))
                .extracting(MemberDirectory.ProviderMember::appliesTo)
                .containsExactly(north.getName());
        assertThat(people)
                .filteredOn(p -> p.member().userId().equals(admin.getId()))
                .extracting(MemberDirectory.ProviderMember::appliesTo)
                .containsExactly("All practices");

        assertThatThrownBy(() -> SignIn.as(southManager.getId(), () -> directory.providerMembers(provider.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignIn.as(otherAdmin.getId(), () -> directory.providerMembers(provider.getId())))
                .isInstanceOf(NotFoundException.class);
    }
}
