package io.deviceward.maintenance.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.maintenance.MaintenanceFindings;
import io.deviceward.maintenance.MaintenanceService;
import io.deviceward.practice.Practice;
import io.deviceward.practice.PracticeRepository;
import io.deviceward.shared.finding.Finding;
import io.deviceward.shared.security.SystemTask;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.KeycloakTokens;
import io.deviceward.support.TestClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The maintenance API with real Keycloak tokens of the demo users, against the running app. */
@IntegrationTest
class MaintenanceApiIT {
    static final String CYCLE_RECORD = "0d4a0000-0000-4000-8000-000000000003";
    static final String SPORE_TEST = "0d4a0000-0000-4000-8000-000000000004";
    static final String FIRMWARE_CHECK = "0d4a0000-0000-4000-8000-000000000011";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${deviceward.oidc.issuer-uri}")
    String issuer;

    @Value("${server.port}")
    int port;

    @Autowired
    PracticeRepository practices;

    @Autowired
    MaintenanceService maintenance;

    @Autowired
    MaintenanceFindings maintenanceFindings;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    UUID lindenhof;

    @BeforeEach
    void demoPractice() {
        lindenhof = practices.findAll().stream()
                .filter(p -> p.getName().equals("Lindenhof Dental"))
                .map(Practice::getId)
                .findFirst()
                .orElseThrow();
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void aManagerSchedulesAWeeklyCycleRecordAndStaffCompleteItWithTheNextOneUpcoming() throws Exception {
        String device = device("AUTOCLAVE", "Autoclave API " + UUID.randomUUID());
        JsonNode schedule = created(weeklyOn(today(), CYCLE_RECORD, device));
        assertThat(schedule.get("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(schedule.get("target").get("kind").asString()).isEqualTo("DEVICE");
        assertThat(schedule.get("leadTime").asString()).isEqualTo("PT0S");

        JsonNode due = taskOf(schedule, "DUE");
        assertThat(due.get("day").asString()).isEqualTo(today().toString());
        assertThat(due.get("templateName").asString()).isEqualTo("Autoclave cycle record");

        HttpResponse<String> done = call("staff.lindenhof", "POST", completionUrl(due), completion("PASSED", 135.2));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        JsonNode task = JSON.readTree(done.body());
        assertThat(task.get("status").asString()).isEqualTo("DONE");
        assertThat(task.get("outcome").asString()).isEqualTo("PASSED");
        assertThat(task.get("values").get("temperature").asString()).isEqualTo("135.2");
        assertThat(task.get("completedBy").asString()).isEqualTo("Sam Staff");

        JsonNode next = taskOf(schedule, "UPCOMING");
        assertThat(next.get("day").asString()).isEqualTo(today().plusWeeks(1).toString());
        Integer audited = jdbc.queryForObject(
                "select count(*) from audit_entry where scope_id = ? and object_id = ?",
                Integer.class,
                lindenhof,
                due.get("id").asString());
        assertThat(audited).isEqualTo(2); // written, completed
        assertThat(call("staff.lindenhof", "POST", completionUrl(due), completion("PASSED", 135.0))
                        .statusCode())
                .isEqualTo(409); // done once only
    }

    @Test
    void aTemperatureOutsideItsLimitFailsTheTaskTakesTheAutoclaveOutOfServiceAndOpensARetest() throws Exception {
        String device = device("AUTOCLAVE", "Autoclave limit " + UUID.randomUUID());
        JsonNode schedule = created(weeklyOn(today(), CYCLE_RECORD, device));
        JsonNode due = taskOf(schedule, "DUE");

        HttpResponse<String> done = call("staff.lindenhof", "POST", completionUrl(due), completion("PASSED", 140));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        JsonNode task = JSON.readTree(done.body());
        assertThat(task.get("outcome").asString()).isEqualTo("FAILED");
        assertThat(task.get("failedChecks").asString()).contains("Temperature 140 °C outside 134–137 °C");
        assertThat(task.get("notice").asString()).contains("out of service").contains("quarantine");

        JsonNode registry = JSON.readTree(call("manager.lindenhof", "GET", devicesUrl() + "/" + device, null)
                .body());
        assertThat(registry.get("status").asString()).isEqualTo("OUT_OF_SERVICE");
        JsonNode retest = stream(tasks("DUE"))
                .filter(t -> t.get("kind").asString().equals("RETEST")
                        && task.get("id").asString().equals(t.path("followUpOf").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(retest.get("day").asString()).isEqualTo(today().toString());

        List<Finding> findings = SystemTask.call(() -> maintenanceFindings.findings(lindenhof));
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo("maintenance.failed");
            assertThat(f.severity().name()).isEqualTo("CRITICAL");
            assertThat(f.message()).contains("Autoclave limit");
            assertThat(f.fixPath()).startsWith("practices/" + lindenhof + "/maintenance/tasks/");
        });

        // The retest passes: the failure is settled and no longer a finding.
        assertThat(call("staff.lindenhof", "POST", completionUrl(retest), completion("PASSED", 135))
                        .statusCode())
                .isEqualTo(200);
        assertThat(SystemTask.call(() -> maintenanceFindings.findings(lindenhof)))
                .noneMatch(f ->
                        f.kind().equals("maintenance.failed") && f.message().contains(registryName(registry)));
    }

    @Test
    void aMovedClockShowsTheOccurrenceOverdueThenMissedAndTheNextDue() throws Exception {
        String device = device("AUTOCLAVE", "Autoclave clock " + UUID.randomUUID());
        JsonNode schedule = created(weeklyOn(today(), CYCLE_RECORD, device));
        JsonNode first = taskOf(schedule, "DUE");

        clock.advance(Duration.ofDays(2));
        assertThat(taskOf(schedule, "OVERDUE").get("id").asString())
                .isEqualTo(first.get("id").asString());
        assertThat(SystemTask.call(() -> maintenanceFindings.findings(lindenhof)))
                .anySatisfy(f -> assertThat(f.kind() + f.message())
                        .contains("maintenance.overdue")
                        .contains("Autoclave clock"));

        clock.advance(Duration.ofDays(5)); // a week on: the next occurrence is due, the first was missed
        assertThat(taskOf(schedule, "MISSED").get("id").asString())
                .isEqualTo(first.get("id").asString());
        HttpResponse<String> late = call("staff.lindenhof", "POST", completionUrl(first), completion("PASSED", 135));
        assertThat(late.statusCode()).isEqualTo(400); // a missed occurrence stays missed
        assertThat(taskOf(schedule, "DUE").get("day").asString()).isEqualTo(today().toString());
    }

    @Test
    void aSporeTestIsCompletedInTwoSteps() throws Exception {
        String device = device("AUTOCLAVE", "Autoclave spore " + UUID.randomUUID());
        JsonNode schedule = created(weeklyOn(today(), SPORE_TEST, device));
        JsonNode due = taskOf(schedule, "DUE");

        ObjectNode placed = JSON.createObjectNode().put("outcome", "PASSED");
        placed.putObject("checklist").put("placed", true);
        placed.putObject("values").put("lotNumber", "BI-2026-118");
        JsonNode afterFirst = JSON.readTree(
                call("staff.lindenhof", "POST", completionUrl(due), placed).body());
        assertThat(afterFirst.get("status").asString()).isEqualTo("DUE");
        assertThat(afterFirst.get("stepsDone").asInt()).isEqualTo(1);

        ObjectNode read = JSON.createObjectNode().put("outcome", "PASSED");
        read.putObject("values")
                .put("incubationHours", 48)
                .put("control", "PASS")
                .put("result", "PASS");
        JsonNode done = JSON.readTree(
                call("staff.lindenhof", "POST", completionUrl(due), read).body());
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("outcome").asString()).isEqualTo("PASSED");
        assertThat(done.get("values").get("lotNumber").asString()).isEqualTo("BI-2026-118");
        assertThat(done.get("values").get("incubationHours").asString()).isEqualTo("48");
    }

    @Test
    void aFailedItCheckOpensAFollowUpAndAPassedOneUpdatesThePosture() throws Exception {
        String device = device("PATIENT_MONITOR", "Monitor firmware " + UUID.randomUUID());
        JsonNode schedule = created(weeklyOn(today(), FIRMWARE_CHECK, device));
        JsonNode due = taskOf(schedule, "DUE");
        ObjectNode failed = JSON.createObjectNode().put("outcome", "PASSED");
        failed.putObject("values").put("installedVersion", "1.0").put("current", "FAIL");
        JsonNode task = JSON.readTree(
                call("staff.lindenhof", "POST", completionUrl(due), failed).body());
        assertThat(task.get("outcome").asString()).isEqualTo("FAILED");
        JsonNode followUp = stream(tasks(null))
                .filter(t -> t.get("kind").asString().equals("FOLLOW_UP")
                        && task.get("id").asString().equals(t.path("followUpOf").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(followUp.get("day").asString()).isEqualTo(today().plusDays(7).toString());
        JsonNode posture = JSON.readTree(call("manager.lindenhof", "GET", devicesUrl() + "/" + device, null)
                        .body())
                .get("posture")
                .get("firmwareCurrent");
        assertThat(posture.get("state").asString()).isEqualTo("NO");

        ObjectNode passed = JSON.createObjectNode().put("outcome", "PASSED");
        passed.putObject("values").put("installedVersion", "1.1").put("current", "PASS");
        assertThat(call("staff.lindenhof", "POST", completionUrl(followUp), passed)
                        .statusCode())
                .isEqualTo(200);
        posture = JSON.readTree(call("manager.lindenhof", "GET", devicesUrl() + "/" + device, null)
                        .body())
                .get("posture")
                .get("firmwareCurrent");
        assertThat(posture.get("state").asString()).isEqualTo("YES");
        assertThat(posture.get("checkedOn").asString()).isEqualTo(today().toString());
    }

    @Test
    void anotherPracticesSchedulesAndTasksAreNotFound() throws Exception {
        String device = device("AUTOCLAVE", "Autoclave isolation " + UUID.randomUUID());
        JsonNode schedule = created(weeklyOn(today(), CYCLE_RECORD, device));
        JsonNode due = taskOf(schedule, "DUE");

        assertThat(call(
                                "manager.riverside",
                                "GET",
                                base() + "/tasks/" + due.get("id").asString(),
                                null)
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> complete =
                call("manager.riverside", "POST", completionUrl(due), completion("PASSED", 135));
        assertThat(complete.statusCode()).isEqualTo(404);
        assertThat(complete.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(call("manager.riverside", "GET", base() + "/schedules", null).statusCode())
                .isEqualTo(404);
        assertThat(call("manager.riverside", "POST", base() + "/schedules", weeklyOn(today(), CYCLE_RECORD, device))
                        .statusCode())
                .isEqualTo(404);
        // Riverside's own practice id with Lindenhof's task: not found either (the tenant filter hides it).
        UUID riverside = practices.findAll().stream()
                .filter(p -> p.getName().equals("Riverside Family Clinic"))
                .map(Practice::getId)
                .findFirst()
                .orElseThrow();
        assertThat(call(
                                "manager.riverside",
                                "POST",
                                "http://localhost:" + port + "/api/v1/practices/" + riverside + "/maintenance/tasks/"
                                        + due.get("id").asString() + "/completion",
                                completion("PASSED", 135))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anAuditorReadsButCannotCompleteAndStaffCannotPlan() throws Exception {
        String device = device("AUTOCLAVE", "Autoclave auditor " + UUID.randomUUID());
        JsonNode schedule = created(weeklyOn(today(), CYCLE_RECORD, device));
        JsonNode due = taskOf(schedule, "DUE");

        assertThat(call("auditor", "GET", base() + "/tasks?status=DUE", null).statusCode())
                .isEqualTo(200);
        HttpResponse<String> refused = call("auditor", "POST", completionUrl(due), completion("PASSED", 135));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).get("status").asInt()).isEqualTo(403);
        assertThat(call("staff.lindenhof", "POST", base() + "/schedules", weeklyOn(today(), CYCLE_RECORD, device))
                        .statusCode())
                .isEqualTo(403);
        assertThat(call(
                                "auditor",
                                "DELETE",
                                base() + "/schedules/" + schedule.get("id").asString(),
                                null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(taskOf(schedule, "DUE").get("id").asString())
                .isEqualTo(due.get("id").asString());
    }

    @Test
    void invalidInputIsAProblemNamingTheField() throws Exception {
        String device = device("AUTOCLAVE", "Autoclave invalid " + UUID.randomUUID());
        ObjectNode badRule = weeklyOn(today(), CYCLE_RECORD, device).put("rrule", "every tuesday");
        assertField(call("manager.lindenhof", "POST", base() + "/schedules", badRule), "rrule");
        ObjectNode badZone = weeklyOn(today(), CYCLE_RECORD, device).put("timeZone", "Mars/Olympus");
        assertField(call("manager.lindenhof", "POST", base() + "/schedules", badZone), "timeZone");
        ObjectNode badLead = weeklyOn(today(), CYCLE_RECORD, device).put("leadTime", "two days");
        assertField(call("manager.lindenhof", "POST", base() + "/schedules", badLead), "leadTime");
        ObjectNode badKind = weeklyOn(today(), CYCLE_RECORD, device);
        ((ObjectNode) badKind.get("target")).put("kind", "GALAXY");
        assertField(call("manager.lindenhof", "POST", base() + "/schedules", badKind), "target.kind");
        ObjectNode unknownDevice =
                weeklyOn(today(), CYCLE_RECORD, UUID.randomUUID().toString());
        assertField(call("manager.lindenhof", "POST", base() + "/schedules", unknownDevice), "target.id");
        assertField(call("manager.lindenhof", "GET", base() + "/tasks?status=SOMETIME", null), "status");

        JsonNode schedule = created(weeklyOn(today(), CYCLE_RECORD, device));
        JsonNode due = taskOf(schedule, "DUE");
        ObjectNode missing = JSON.createObjectNode().put("outcome", "PASSED");
        missing.putObject("values").put("cycleNumber", "7");
        assertField(call("staff.lindenhof", "POST", completionUrl(due), missing), "values.temperature");
        ObjectNode notANumber = completion("PASSED", 135);
        ((ObjectNode) notANumber.get("values")).put("pressure", "high");
        assertField(call("staff.lindenhof", "POST", completionUrl(due), notANumber), "values.pressure");
        assertField(
                call(
                        "staff.lindenhof",
                        "POST",
                        completionUrl(due),
                        JSON.createObjectNode().put("outcome", "NOT_DONE")),
                "reason");
        ObjectNode exe = completion("PASSED", 135);
        exe.putArray("attachments")
                .addObject()
                .put("fileName", "printout.png")
                .put("contentType", "image/png")
                .put("content", Base64.getEncoder().encodeToString(new byte[] {'M', 'Z', 0, 0, 1, 2}));
        assertField(call("staff.lindenhof", "POST", completionUrl(due), exe), "attachments");

        ObjectNode png = completion("PASSED", 135);
        png.putArray("attachments")
                .addObject()
                .put("fileName", "printout.png")
                .put("contentType", "image/png")
                .put(
                        "content",
                        Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
        assertThat(call("staff.lindenhof", "POST", completionUrl(due), png).statusCode())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from maintenance_attachment where task_id = ?",
                        Integer.class,
                        due.get("id").asString()))
                .isEqualTo(1);

        ObjectNode stale = (ObjectNode) JSON.readTree(call(
                        "manager.lindenhof",
                        "GET",
                        base() + "/schedules/" + schedule.get("id").asString(),
                        null)
                .body());
        stale.put("version", stale.get("version").asLong() - 1);
        assertThat(call(
                                "manager.lindenhof",
                                "PUT",
                                base() + "/schedules/" + schedule.get("id").asString(),
                                stale)
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void reschedulingKeepsTheHistory() throws Exception {
        String device = device("AUTOCLAVE", "Autoclave reschedule " + UUID.randomUUID());
        JsonNode schedule = created(weeklyOn(today(), CYCLE_RECORD, device));
        JsonNode due = taskOf(schedule, "DUE");
        call("staff.lindenhof", "POST", completionUrl(due), completion("PASSED", 135));

        ObjectNode change = (ObjectNode) schedule.deepCopy();
        change.put("rrule", "FREQ=DAILY");
        HttpResponse<String> updated = call(
                "manager.lindenhof",
                "PUT",
                base() + "/schedules/" + schedule.get("id").asString(),
                change);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(JSON.readTree(updated.body()).get("rrule").asString()).isEqualTo("FREQ=DAILY");
        List<JsonNode> all = stream(tasks(null))
                .filter(t -> schedule.get("id")
                        .asString()
                        .equals(t.path("scheduleId").asString()))
                .toList();
        assertThat(all).anySatisfy(t -> assertThat(t.get("status").asString()).isEqualTo("DONE"));
        assertThat(all).anySatisfy(t -> {
            assertThat(t.get("status").asString()).isEqualTo("UPCOMING");
            assertThat(t.get("day").asString()).isEqualTo(today().plusDays(1).toString());
        });
    }

    private static String registryName(JsonNode device) {
        return device.get("name").asString();
    }

    private void assertField(HttpResponse<String> response, String field) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("field").asString()).isEqualTo(field);
    }

    private LocalDate today() {
        return SystemTask.call(() -> maintenance.today(lindenhof));
    }

    private ObjectNode weeklyOn(LocalDate day, String templateId, String deviceId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("templateId", templateId);
        body.putObject("target").put("kind", "DEVICE").put("id", deviceId);
        body.put(
                "rrule",
                "FREQ=WEEKLY;BYDAY=" + day.getDayOfWeek().name().substring(0, 2).toUpperCase(Locale.ROOT));
        body.put("startsOn", day.toString());
        body.putArray("openDays")
                .add("MONDAY")
                .add("TUESDAY")
                .add("WEDNESDAY")
                .add("THURSDAY")
                .add("FRIDAY")
                .add("SATURDAY")
                .add("SUNDAY");
        body.putObject("assignee").put("kind", "ROLE").put("role", "CLINIC_STAFF");
        return body;
    }

    private ObjectNode completion(String outcome, double temperature) {
        ObjectNode body = JSON.createObjectNode().put("outcome", outcome);
        body.putObject("checklist").put("printoutKept", true);
        body.putObject("values")
                .put("cycleNumber", "C-" + (int) (Math.random() * 10_000))
                .put("temperature", temperature)
                .put("pressure", 2.1)
                .put("holdingTime", 210);
        body.put("notes", "Recorded from the API test");
        return body;
    }

    private JsonNode created(ObjectNode schedule) throws Exception {
        HttpResponse<String> response = call("manager.lindenhof", "POST", base() + "/schedules", schedule);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private JsonNode taskOf(JsonNode schedule, String status) throws Exception {
        return stream(tasks(status))
                .filter(t -> schedule.get("id")
                        .asString()
                        .equals(t.path("scheduleId").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + status + " task of the schedule"));
    }

    private JsonNode tasks(String status) throws Exception {
        HttpResponse<String> response =
                call("manager.lindenhof", "GET", base() + "/tasks" + (status == null ? "" : "?status=" + status), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private String device(String category, String name) throws Exception {
        ObjectNode body = JSON.createObjectNode()
                .put("name", name)
                .put("category", category)
                .put("manufacturer", "Melag")
                .put("model", "Vacuklav")
                .put("status", "IN_SERVICE");
        HttpResponse<String> created = call("manager.lindenhof", "POST", devicesUrl(), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asString();
    }

    private String base() {
        return "http://localhost:" + port + "/api/v1/practices/" + lindenhof + "/maintenance";
    }

    private String devicesUrl() {
        return "http://localhost:" + port + "/api/v1/practices/" + lindenhof + "/devices";
    }

    private String completionUrl(JsonNode task) {
        return base() + "/tasks/" + task.get("id").asString() + "/completion";
    }

    private HttpResponse<String> call(String user, String method, String url, JsonNode body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + KeycloakTokens.accessToken(issuer, user))
                .header("Accept", "application/json, application/problem+json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
