package io.deviceward.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deviceward.device.DeviceService;
import io.deviceward.mfa.MfaMode;
import io.deviceward.mfa.MfaPolicies;
import io.deviceward.mfa.MfaPolicySettings;
import io.deviceward.practice.Practice;
import io.deviceward.practice.Provider;
import io.deviceward.practice.ProviderRepository;
import io.deviceward.shared.InvalidInputException;
import io.deviceward.shared.NotFoundException;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.MailSink;
import io.deviceward.support.SignIn;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Invite, change, set expiry and revoke, against the real Keycloak (checked with Keycloak's own admin
 * account, not DeviceWard's adapter), the real database, and GreenMail as the SMTP sink.
 */
@IntegrationTest
class AccessManagementIT {
    @Autowired
    AccessManagement access;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DeviceService devices;

    @Autowired
    MembershipRepository memberships;

    @Autowired
    AppUserRepository users;

    @Autowired
    ProviderRepository providers;

    @Autowired
    KeycloakUsers keycloakUsers;

    @Autowired
    MfaPolicies mfaPolicies;

    @Autowired
    JdbcTemplate jdbc;

    Keycloak keycloakAdmin;
    Provider provider;
    Practice practice;
    AppUser manager;

    @BeforeEach
    void practiceWithAManager() {
        KeycloakAdminProperties p = keycloakUsers.properties();
        keycloakAdmin = KeycloakBuilder.builder()
                .serverUrl(p.serverUrl())
                .realm("master")
                .clientId("admin-cli")
                .grantType(OAuth2Constants.PASSWORD)
                .username("admin")
                .password("admin")
                .build();
        provider = fixtures.provider();
        practice = fixtures.practice(provider);
        manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
    }

    @AfterEach
    void closeAdmin() {
        keycloakAdmin.close();
    }

    @Test
    void anInviteCreatesTheKeycloakUserWithTheRightActionsAndKeycloakEmailsTheLink() {
        String email = uniqueEmail();
        AccessManagement.Invitation invitation = SignIn.as(
                manager.getId(),
                () -> access.invite(
                        practice.getId(), new InvitationDetails(email, "Rita", "Reception", Role.CLINIC_STAFF, null)));

        assertThat(invitation.newAccount()).isTrue();
        assertThat(invitation.emailSent()).isTrue();
        UserRepresentation user = keycloakUser(email);
        assertThat(user.getUsername()).isEqualTo(email);
        assertThat(user.getFirstName()).isEqualTo("Rita");
        assertThat(user.getLastName()).isEqualTo("Reception");
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.isEmailVerified()).isFalse();
        assertThat(user.getRequiredActions()).containsExactlyInAnyOrder("VERIFY_EMAIL", "UPDATE_PASSWORD");

        MailSink.Mail mail = MailSink.awaitMailTo(email);
        assertThat(mail.to()).containsExactly(email);
        String link = mail.linkStartingWith("http://localhost:8181/realms/deviceward/login-actions/action-token?key=");
        // The action token names the user, the actions, the app's client and where the browser returns afterwards.
        String token = new String(Base64.getUrlDecoder()
                .decode(link.substring(link.indexOf("key=") + 4).split("[.&]")[1]));
        assertThat(token)
                .contains("\"sub\":\"" + user.getId() + "\"")
                .contains("\"azp\":\"deviceward-web\"")
                .contains("\"reduri\":\"http://localhost:8089/\"")
                .contains("UPDATE_PASSWORD")
                .contains("VERIFY_EMAIL");

        AppUser appUser = users.findByEmailIgnoreCase(email).orElseThrow();
        assertThat(appUser.getKeycloakSubject())
                .as("linked at first sign-in, by verified email")
                .isNull();
        assertThat(appUser.getDisplayName()).isEqualTo("Rita Reception");
        Membership membership = memberships.findById(invitation.membershipId()).orElseThrow();
        assertThat(membership.getRole()).isEqualTo(Role.CLINIC_STAFF);
        assertThat(membership.getPracticeId()).isEqualTo(practice.getId());
        assertThat(auditSummaries()).anyMatch(s -> s.startsWith("Invitation email sent to " + email));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where scope_id = ? and action = 'CREATE' "
                                + "and object_type = 'Membership' and object_id = ?",
                        Long.class,
                        practice.getId(),
                        membership.getId().toString()))
                .isEqualTo(1);
    }

    @Test
    void aPracticeThatRequiresMfaOfTheRoleAddsOtpSetupToTheInvitation() {
        SignIn.withSecondFactor(
                manager.getId(),
                () -> mfaPolicies.setForPractice(
                        practice.getId(),
                        new MfaPolicySettings(MfaMode.ROLES, EnumSet.of(Role.PRACTICE_MANAGER), true, false, 0)));
        String email = uniqueEmail();
        String staffEmail = uniqueEmail();
        SignIn.withSecondFactor(
                manager.getId(),
                () -> access.invite(
                        practice.getId(), new InvitationDetails(email, "Otto", "Tp", Role.PRACTICE_MANAGER, null)));
        SignIn.withSecondFactor(
                manager.getId(),
                () -> access.invite(
                        practice.getId(), new InvitationDetails(staffEmail, "Stan", "Dard", Role.CLINIC_STAFF, null)));

        assertThat(keycloakUser(email).getRequiredActions())
                .containsExactlyInAnyOrder("VERIFY_EMAIL", "UPDATE_PASSWORD", "CONFIGURE_TOTP");
        assertThat(keycloakUser(staffEmail).getRequiredActions())
                .containsExactlyInAnyOrder("VERIFY_EMAIL", "UPDATE_PASSWORD");
        assertThat(MailSink.awaitMailTo(email).body()).contains("login-actions/action-token");
    }

    @Test
    void anAuditorIsInvitedOnlyWithAnExpiryInTheFuture() {
        String email = uniqueEmail();
        assertThatThrownBy(() -> SignIn.run(
                        manager.getId(),
                        () -> access.invite(
                                practice.getId(),
                                new InvitationDetails(email, "Audrey", "Auditor", Role.AUDITOR, null))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("auditor's access must end");
        assertThatThrownBy(() -> SignIn.run(
                        manager.getId(),
                        () -> access.invite(
                                practice.getId(),
                                new InvitationDetails(
                                        email,
                                        "Audrey",
                                        "Auditor",
                                        Role.AUDITOR,
                                        LocalDate.now(ZoneOffset.UTC).minusDays(1)))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("in the future");
        assertThat(keycloakUsers.findByEmail(email)).isEmpty();

        LocalDate end = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        var invitation = SignIn.as(
                manager.getId(),
                () -> access.invite(
                        practice.getId(), new InvitationDetails(email, "Audrey", "Auditor", Role.AUDITOR, end)));
        assertThat(memberships.findById(invitation.membershipId()).orElseThrow().getExpiresAt())
                .isEqualTo(end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    @Test
    void aDuplicateInviteAndAnInvalidEmailAreRefusedAndWriteNothing() {
        AppUser staff = fixtures.memberOf(practice, Role.CLINIC_STAFF);
        long membershipsBefore = memberships.count();
        long usersBefore = users.count();
        long auditBefore = auditCount();

        assertThatThrownBy(() -> SignIn.run(
                        manager.getId(),
                        () -> access.invite(
                                practice.getId(),
                                new InvitationDetails(
                                        staff.getEmail().toUpperCase(),
                                        "Sam",
                                        "Again",
                                        Role.AUDITOR,
                                        LocalDate.now().plusDays(5)))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(staff.getEmail()
                        + " already has access to this practice as clinic staff. Change that membership instead.");
        assertThat(keycloakUsers.findByEmail(staff.getEmail()))
                .as("no Keycloak account made for the duplicate")
                .isEmpty();

        for (String bad : List.of("not-an-email", "two@@ats.example", "no-domain@", "name@nodot", " ")) {
            assertThatThrownBy(() -> SignIn.run(
                            manager.getId(),
                            () -> access.invite(
                                    practice.getId(),
                                    new InvitationDetails(bad, "Bad", "Email", Role.CLINIC_STAFF, null))))
                    .as(bad)
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessageContaining("email address");
        }
        assertThat(memberships.count()).isEqualTo(membershipsBefore);
        assertThat(users.count()).isEqualTo(usersBefore);
        assertThat(auditCount()).isEqualTo(auditBefore);
        assertThat(MailSink.mailsTo(staff.getEmail())).isEmpty();
    }

    @Test
    void revokingTakesEffectAtTheRevokedUsersNextCall() {
        AppUser staff = fixtures.memberOf(practice, Role.CLINIC_STAFF);
        UUID membership = memberships.findByUserId(staff.getId()).getFirst().getId();
        assertThat(SignIn.as(staff.getId(), () -> devices.count(practice.getId())))
                .isZero();

        AccessManagement.AccountOutcome outcome =
                SignIn.as(manager.getId(), () -> access.revoke(practice.getId(), membership));

        assertThat(outcome)
                .as("the fixture user has no Keycloak account")
                .isEqualTo(AccessManagement.AccountOutcome.KEPT);
        assertThatThrownBy(() -> SignIn.as(staff.getId(), () -> devices.count(practice.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(memberships.findById(membership)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where scope_id = ? and action = 'DELETE' and object_id = ?",
                        Long.class,
                        practice.getId(),
                        membership.toString()))
                .isEqualTo(1);
    }

    @Test
    void revokingSomeonesLastAccessDisablesTheirKeycloakAccountUnlessTheProviderSaysNot() {
        String leaving = uniqueEmail();
        UUID leavingMembership = SignIn.as(
                        manager.getId(),
                        () -> access.invite(
                                practice.getId(),
                                new InvitationDetails(leaving, "Lea", "Ving", Role.CLINIC_STAFF, null)))
                .membershipId();
        assertThat(SignIn.as(manager.getId(), () -> access.revoke(practice.getId(), leavingMembership)))
                .isEqualTo(AccessManagement.AccountOutcome.DISABLED);
        assertThat(keycloakUser(leaving).isEnabled()).isFalse();
        assertThat(auditSummaries()).anyMatch(s -> s.startsWith("Disabled the sign-in account of " + leaving));

        // Invited again, the account is enabled again.
        SignIn.run(
                manager.getId(),
                () -> access.invite(
                        practice.getId(), new InvitationDetails(leaving, "Lea", "Ving", Role.CLINIC_STAFF, null)));
        assertThat(keycloakUser(leaving).isEnabled()).isTrue();

        Provider keepsAccounts = providers.findById(provider.getId()).orElseThrow();
        keepsAccounts.setDisableAccountsWithoutAccess(false);
        providers.save(keepsAccounts);
        String staying = uniqueEmail();
        UUID stayingMembership = SignIn.as(
                        manager.getId(),
                        () -> access.invite(
                                practice.getId(),
                                new InvitationDetails(staying, "Stay", "Ing", Role.CLINIC_STAFF, null)))
                .membershipId();
        assertThat(SignIn.as(manager.getId(), () -> access.revoke(practice.getId(), stayingMembership)))
                .isEqualTo(AccessManagement.AccountOutcome.KEPT);
        assertThat(keycloakUser(staying).isEnabled()).isTrue();
    }

    @Test
    void roleAndExpiryChangesAreSavedAndAudited() {
        AppUser staff = fixtures.memberOf(practice, Role.CLINIC_STAFF);
        UUID membership = memberships.findByUserId(staff.getId()).getFirst().getId();

        assertThatThrownBy(() -> SignIn.run(
                        manager.getId(), () -> access.changeRole(practice.getId(), membership, Role.AUDITOR)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("expiry");
        LocalDate end = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        SignIn.run(manager.getId(), () -> access.setExpiry(practice.getId(), membership, end));
        SignIn.run(manager.getId(), () -> access.changeRole(practice.getId(), membership, Role.AUDITOR));
        assertThatThrownBy(
                        () -> SignIn.run(manager.getId(), () -> access.setExpiry(practice.getId(), membership, null)))
                .isInstanceOf(InvalidInputException.class);

        Membership changed = memberships.findById(membership).orElseThrow();
        assertThat(changed.getRole()).isEqualTo(Role.AUDITOR);
        assertThat(changed.getExpiresAt())
                .isEqualTo(end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where scope_id = ? and action = 'UPDATE' and object_id = ?",
                        Long.class,
                        practice.getId(),
                        membership.toString()))
                .isEqualTo(2);
    }

    @Test
    void noOneGrantsProviderAdminOrChangesProviderWideAccessOrTheirOwnFromAPractice() {
        AppUser admin = fixtures.adminOf(provider);
        UUID adminMembership =
                memberships.findByUserId(admin.getId()).getFirst().getId();
        UUID managerMembership =
                memberships.findByUserId(manager.getId()).getFirst().getId();
        AppUser staff = fixtures.memberOf(practice, Role.CLINIC_STAFF);
        UUID staffMembership =
                memberships.findByUserId(staff.getId()).getFirst().getId();

        assertThatThrownBy(() -> SignIn.run(
                        manager.getId(),
                        () -> access.invite(
                                practice.getId(),
                                new InvitationDetails(uniqueEmail(), "Pro", "Vider", Role.PROVIDER_ADMIN, null))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("provider admin");
        assertThatThrownBy(() -> SignIn.run(
                        manager.getId(),
                        () -> access.changeRole(practice.getId(), staffMembership, Role.PROVIDER_ADMIN)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SignIn.run(manager.getId(), () -> access.revoke(practice.getId(), adminMembership)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignIn.run(
                        manager.getId(), () -> access.changeRole(practice.getId(), adminMembership, Role.CLINIC_STAFF)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignIn.run(manager.getId(), () -> access.revoke(practice.getId(), managerMembership)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("your own access");

        assertThat(memberships.findById(adminMembership).orElseThrow().getRole())
                .isEqualTo(Role.PROVIDER_ADMIN);
        assertThat(memberships.findById(staffMembership).orElseThrow().getRole())
                .isEqualTo(Role.CLINIC_STAFF);
        assertThat(memberships.findById(managerMembership)).isPresent();
    }

    @Test
    void aManagerOfPracticeAReachesNoOneInPracticeB() {
        Practice practiceB = fixtures.practice(fixtures.provider());
        AppUser staffB = fixtures.memberOf(practiceB, Role.CLINIC_STAFF);
        UUID membershipB = memberships.findByUserId(staffB.getId()).getFirst().getId();
        String email = uniqueEmail();

        assertThatThrownBy(() -> SignIn.run(
                        manager.getId(),
                        () -> access.invite(
                                practiceB.getId(), new InvitationDetails(email, "Into", "B", Role.CLINIC_STAFF, null))))
                .isInstanceOf(NotFoundException.class);
        for (UUID practiceId : List.of(practiceB.getId(), practice.getId())) {
            assertThatThrownBy(() -> SignIn.run(
                            manager.getId(), () -> access.changeRole(practiceId, membershipB, Role.PRACTICE_MANAGER)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> SignIn.run(
                            manager.getId(),
                            () -> access.setExpiry(
                                    practiceId, membershipB, LocalDate.now().plusDays(1))))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> SignIn.run(manager.getId(), () -> access.revoke(practiceId, membershipB)))
                    .isInstanceOf(NotFoundException.class);
        }

        Membership untouched = memberships.findById(membershipB).orElseThrow();
        assertThat(untouched.getRole()).isEqualTo(Role.CLINIC_STAFF);
        assertThat(untouched.getExpiresAt()).isNull();
        assertThat(keycloakUsers.findByEmail(email)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where scope_id = ? and action = 'ACCESS_DENIED'",
                        Long.class,
                        practiceB.getId()))
                .as("the attempts are recorded in B's trail")
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void clinicStaffAndAuditorsMayNotManageAccess() {
        AppUser staff = fixtures.memberOf(practice, Role.CLINIC_STAFF);
        AppUser auditor =
                fixtures.memberOf(practice, Role.AUDITOR, Instant.now().plusSeconds(86400));
        AppUser other = fixtures.memberOf(practice, Role.CLINIC_STAFF);
        UUID otherMembership =
                memberships.findByUserId(other.getId()).getFirst().getId();
        String email = uniqueEmail();

        for (AppUser caller : List.of(staff, auditor)) {
            assertThatThrownBy(() -> SignIn.run(
                            caller.getId(),
                            () -> access.invite(
                                    practice.getId(),
                                    new InvitationDetails(email, "No", "Way", Role.CLINIC_STAFF, null))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SignIn.run(
                            caller.getId(),
                            () -> access.changeRole(practice.getId(), otherMembership, Role.PRACTICE_MANAGER)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SignIn.run(
                            caller.getId(),
                            () -> access.setExpiry(
                                    practice.getId(),
                                    otherMembership,
                                    LocalDate.now().plusDays(1))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SignIn.run(caller.getId(), () -> access.revoke(practice.getId(), otherMembership)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(memberships.findById(otherMembership).orElseThrow().getRole())
                .isEqualTo(Role.CLINIC_STAFF);
        assertThat(keycloakUsers.findByEmail(email)).isEmpty();
    }

    private UserRepresentation keycloakUser(String email) {
        List<UserRepresentation> found =
                keycloakAdmin.realm("deviceward").users().searchByEmail(email, true);
        assertThat(found).as("Keycloak users with email " + email).hasSize(1);
        return found.getFirst();
    }

    private List<String> auditSummaries() {
        return jdbc.queryForList(
                "select summary from audit_entry where scope_id = ? and action = 'EVENT' order by seq",
                String.class,
                practice.getId());
    }

    private long auditCount() {
        return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    }

    private static String uniqueEmail() {
        return "invitee-" + UUID.randomUUID().toString().substring(0, 8) + "@practice.example";
    }
}
