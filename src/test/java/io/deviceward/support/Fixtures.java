package io.deviceward.support;

import io.deviceward.access.AppUser;
import io.deviceward.access.AppUserRepository;
import io.deviceward.access.Membership;
import io.deviceward.access.MembershipRepository;
import io.deviceward.access.Role;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceStatus;
import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeRepository;
import io.deviceward.practice.Provider;
import io.deviceward.practice.ProviderRepository;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds each test's own provider, practices, users and memberships, with unique names. */
@Component
public class Fixtures {
    private final ProviderRepository providers;
    private final PracticeRepository practices;
    private final AppUserRepository users;
    private final MembershipRepository memberships;

    Fixtures(
            ProviderRepository providers,
            PracticeRepository practices,
            AppUserRepository users,
            MembershipRepository memberships) {
        this.providers = providers;
        this.practices = practices;
        this.users = users;
        this.memberships = memberships;
    }

    @Transactional
    public Provider provider() {
        return providers.save(new Provider("Provider " + unique(), Instant.now()));
    }

    @Transactional
    public Practice practice(Provider provider) {
        return practices.save(new Practice(provider, "Practice " + unique(), Instant.now()));
    }

    @Transactional
    public AppUser user() {
        String name = "user-" + unique();
        return users.save(new AppUser(name, name + "@test.example", "User " + name, Instant.now()));
    }

    @Transactional
    public AppUser memberOf(Practice practice, Role role) {
        return memberOf(practice, role, null);
    }

    @Transactional
    public AppUser memberOf(Practice practice, Role role, Instant expiresAt) {
        AppUser user = user();
        memberships.save(Membership.onPractice(user.getId(), role, practice.getId(), expiresAt, Instant.now()));
        return user;
    }

    /** A member who signs in through Keycloak with this email (linked to their Keycloak account at first sign-in). */
    @Transactional
    public AppUser memberWithEmail(Practice practice, Role role, String email) {
        AppUser user = users.save(new AppUser(email, email, "Member " + email, Instant.now()));
        memberships.save(Membership.onPractice(user.getId(), role, practice.getId(), null, Instant.now()));
        return user;
    }

    /** One more membership for an existing user. */
    @Transactional
    public void addMembership(AppUser user, Practice practice, Role role) {
        memberships.save(Membership.onPractice(user.getId(), role, practice.getId(), null, Instant.now()));
    }

    @Transactional
    public AppUser adminOf(Provider provider) {
        AppUser user = user();
        memberships.save(
                Membership.onProvider(user.getId(), Role.PROVIDER_ADMIN, provider.getId(), null, Instant.now()));
        return user;
    }

    /** A valid device record: a patient monitor in service, with this name and serial number. */
    public static DeviceDetails device(String name, String serial) {
        DeviceDetails details = new DeviceDetails();
        details.setName(name);
        details.setCategory("PATIENT_MONITOR");
        details.setManufacturer("Philips");
        details.setModel("IntelliVue");
        details.setSerialNumber(serial);
        details.setStatus(DeviceStatus.IN_SERVICE);
        return details;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
