package io.deviceward.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.device.Answer;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceService;
import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeRepository;
import io.deviceward.practice.Provider;
import io.deviceward.shared.NotFoundException;
import io.deviceward.shared.finding.Finding;
import io.deviceward.shared.finding.Severity;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.KeycloakTokens;
import io.deviceward.support.SignIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Findings reach the overviews and the API from the device registry, per practice, never across practices. */
@IntegrationTest
class FindingsIT {
    @Autowired
    Fixtures fixtures;

    @Autowired
    DeviceService devices;

    @Autowired
    Findings findings;

    @Autowired
    PracticeRepository practices;

    @Value("${deviceward.oidc.issuer-uri}")
    String issuer;

    @Value("${server.port}")
    int port;

    Provider provider;
    Practice practice;
    Practice other;
    AppUser manager;
    AppUser otherManager;

    @BeforeEach
    void practices() {
        provider = fixtures.provider();
        practice = fixtures.practice(provider);
        other = fixtures.practice(provider);
        manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        otherManager = fixtures.memberOf(other, Role.PRACTICE_MANAGER);
    }

    @Test
    void aDeviceWithItsFirewallOffIsAFindingUntilItIsFixed() {
        Device autoclave = SignIn.as(
                manager.getId(),
                () -> devices.create(practice.getId(), checked("Autoclave Room 2", Answer.NO, Answer.YES, Answer.YES)));

        List<Finding> open = SignIn.as(manager.getId(), () -> findings.forPractice(practice.getId()));
        assertThat(open).extracting(Finding::message).containsExactly("Autoclave Room 2: firewall is off");
        Finding finding = open.getFirst();
        assertThat(finding.kind()).isEqualTo("device.firewall-off");
        assertThat(finding.severity()).as("it holds patient data").isEqualTo(Severity.CRITICAL);
        assertThat(finding.subject().id()).isEqualTo(autoclave.getId());
        assertThat(finding.fixPath()).isEqualTo("practices/" + practice.getId() + "/devices/" + autoclave.getId());

        DeviceDetails fixed = checked("Autoclave Room 2", Answer.YES, Answer.YES, Answer.YES);
        SignIn.run(
                manager.getId(),
                () -> devices.update(practice.getId(), autoclave.getId(), autoclave.getVersion(), fixed));
        assertThat(SignIn.as(manager.getId(), () -> findings.forPractice(practice.getId())))
                .isEmpty();
    }

    @Test
    void manyDevicesWithOneGapBecomeOneFindingThatLinksToTheFilteredList() {
        for (int i = 1; i <= 5; i++) {
            String name = "Printer " + i;
            SignIn.run(
                    manager.getId(),
                    () -> devices.create(practice.getId(), checked(name, Answer.YES, Answer.NO, Answer.NO)));
        }
        SignIn.run(
                manager.getId(),
                () -> devices.create(practice.getId(), checked("Imaging PC", Answer.NO, Answer.YES, Answer.YES)));

        List<Finding> open = SignIn.as(manager.getId(), () -> findings.forPractice(practice.getId()));
        assertThat(open)
                .as("worst first")
                .extracting(Finding::severity, Finding::message)
                .containsExactly(
                        Tuple.tuple(Severity.CRITICAL, "Imaging PC: firewall is off"),
                        Tuple.tuple(Severity.MEDIUM, "5 devices: not in backups"));
        assertThat(open.get(1).fixPath())
                .isEqualTo("practices/" + practice.getId() + "/devices?status=IN_SERVICE&gap=NOT_IN_BACKUPS");
    }

    @Test
    void anotherPracticesFindingsAreNotFound() {
        SignIn.run(
                manager.getId(),
                () -> devices.create(practice.getId(), checked("Secret monitor", Answer.NO, Answer.YES, Answer.YES)));

        assertThatThrownBy(() -> SignIn.as(otherManager.getId(), () -> findings.forPractice(practice.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(SignIn.as(otherManager.getId(), () -> findings.forPractice(other.getId())))
                .isEmpty();
    }

    @Test
    void theProviderSeesItsPracticesWorstFirstAndAPracticeManagerCannotAskForThem() {
        AppUser admin = fixtures.adminOf(provider);
        SignIn.run(
                manager.getId(),
                () -> devices.create(practice.getId(), checked("Monitor", Answer.NO, Answer.YES, Answer.YES)));

        List<PracticeFindings> ranked =
                SignIn.withSecondFactor(admin.getId(), () -> findings.forProvider(provider.getId()));
        assertThat(ranked).extracting(p -> p.practice().getId()).containsExactly(practice.getId(), other.getId());
        assertThat(ranked.getFirst().count(Severity.CRITICAL)).isEqualTo(1);

        assertThatThrownBy(() -> SignIn.as(manager.getId(), () -> findings.forProvider(provider.getId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theApiListsTheDemoPracticesFindingsAndAnswers404ForAnotherPractice() throws Exception {
        UUID lindenhof = demoPractice("Lindenhof Dental");
        UUID riverside = demoPractice("Riverside Family Clinic");
        HttpResponse<String> own = get("manager.lindenhof", lindenhof);
        assertThat(own.statusCode()).isEqualTo(200);
        JsonNode list = JsonMapper.builder().build().readTree(own.body());
        assertThat(list.isArray()).isTrue();
        assertThat(list.size()).isPositive();
        // Every feature reports here (maintenance, segments, devices); pick a device finding to check its shape.
        JsonNode device = StreamSupport.stream(list.spliterator(), false)
                .filter(f -> f.get("kind").asString().startsWith("device."))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no device finding in " + list));
        assertThat(device.get("severity").asString()).isIn("CRITICAL", "HIGH", "MEDIUM", "LOW");
        assertThat(device.get("message").asString()).contains(": ");
        assertThat(device.get("subject").get("type").asString()).isEqualTo("DEVICE");
        List<String> severities = StreamSupport.stream(list.spliterator(), false)
                .map(f -> f.get("severity").asString())
                .toList();
        List<String> order = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW");
        assertThat(severities).isSortedAccordingTo(Comparator.comparingInt(order::indexOf));

        HttpResponse<String> foreign = get("manager.lindenhof", riverside);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private UUID demoPractice(String name) {
        return practices.findAll().stream()
                .filter(p -> p.getName().equals(name))
                .map(Practice::getId)
                .findFirst()
                .orElseThrow();
    }

    private HttpResponse<String> get(String username, UUID practiceId) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/practices/" + practiceId + "/findings"))
                                .header("Authorization", "Bearer " + KeycloakTokens.accessToken(issuer, username))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** A device in service with its firewall, backup and patient-data answers, everything else checked. */
    private static DeviceDetails checked(String name, Answer firewall, Answer backup, Answer patientData) {
        DeviceDetails details = Fixtures.device(name, "SN-" + UUID.randomUUID());
        details.getPosture()
                .asMap()
                .keySet()
                .forEach(item -> details.getPosture().get(item).setState(Answer.YES));
        details.getPosture().getFirewall().setState(firewall);
        details.getPosture().getBackup().setState(backup);
        details.setStoresPatientData(patientData);
        return details;
    }
}
