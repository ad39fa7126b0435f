package io.deviceward.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.device.Device;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceService;
import io.deviceward.device.DeviceStatus;
import io.deviceward.practice.Practice;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AuditChainIT {
    @Autowired
    Fixtures fixtures;

    @Autowired
    DeviceService devices;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditCheckpoints checkpoints;

    @Autowired
    AuditChainWriter writer;

    Practice practice;
    AppUser manager;

    @BeforeEach
    void practiceWithHistory() {
        practice = fixtures.practice(fixtures.provider());
        manager = fixtures.memberOf(practice, Role.PRACTICE_MANAGER);
        SignIn.run(manager.getId(), () -> {
            Device device = devices.create(practice.getId(), details("Sterilizer", "SN-1"));
            DeviceDetails changed = details("Sterilizer room 2", "SN-1");
            devices.update(practice.getId(), device.getId(), device.getVersion(), changed);
            devices.create(practice.getId(), details("Monitor", "SN-2"));
        });
    }

    @Test
    void recordsWhoChangedWhatFromOldToNewInOrder() {
        List<AuditEntry> entries = entries();
        assertThat(entries)
                .extracting(AuditEntry::getAction)
                .containsSubsequence(AuditAction.CREATE, AuditAction.CREATE, AuditAction.UPDATE, AuditAction.CREATE);
        AuditEntry update = entries.stream()
                .filter(e -> e.getAction() == AuditAction.UPDATE)
                .findFirst()
                .orElseThrow();
        assertThat(update.getObjectType()).isEqualTo("Device");
        assertThat(update.getActorUserId()).isEqualTo(manager.getId());
        assertThat(update.getActorSubject()).isEqualTo("test-subject-" + manager.getId());
        assertThat(update.getChanges()).contains("Sterilizer").contains("Sterilizer room 2");
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void detectsAnEntryAlteredWithPlainSql() {
        long seq = entries().stream()
                .filter(e -> e.getAction() == AuditAction.UPDATE)
                .findFirst()
                .orElseThrow()
                .getSeq();
        jdbc.update(
                "update audit_entry set changes = replace(changes, 'room 2', 'room 3') where scope_id = ? and seq = ?",
                practice.getId(),
                seq);

        AuditVerification result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtSeq()).isEqualTo(seq);
    }

    @Test
    void detectsADeletedEntryInTheMiddle() {
        jdbc.update("delete from audit_entry where scope_id = ? and seq = 2", practice.getId());

        AuditVerification result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtSeq()).isEqualTo(2L);
    }

    @Test
    void detectsTheLatestEntriesCutOff() {
        long last = jdbc.queryForObject(
                "select max(seq) from audit_entry where scope_id = ?", Long.class, practice.getId());
        jdbc.update("delete from audit_entry where scope_id = ? and seq = ?", practice.getId(), last);

        assertThat(verify().intact()).isFalse();
    }

    @Test
    void detectsAnEntryRewrittenWithARecomputedPlainHash() {
        // Someone who knows the scheme but not the key recomputes a SHA-256: the HMAC does not match.
        jdbc.update(
                "update audit_entry set actor_name = 'Someone else', hash = sha2(concat(prev_hash, 'x'), 256) "
                        + "where scope_id = ? and seq = 1",
                practice.getId());

        AuditVerification result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtSeq()).isEqualTo(1L);
    }

    @Test
    void detectsTheLatestEntriesCutOffWithTheChainHeadSetBack() {
        AuditCheckpoint witnessed = SignIn.as(manager.getId(), () -> auditLog.checkpoint(practice.getId()))
                .orElseThrow();
        long last = witnessed.seq();
        // With plain SQL: delete the two newest entries and set the head back to the one before them.
        jdbc.update("delete from audit_entry where scope_id = ? and seq > ?", practice.getId(), last - 2);
        jdbc.update(
                "update audit_chain_head h join audit_entry e on e.scope_id = h.scope_id and e.seq = ? "
                        + "set h.last_seq = e.seq, h.last_hash = e.hash where h.scope_id = ?",
                last - 2,
                practice.getId());

        AuditVerification result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtSeq()).isEqualTo(last - 1);
        assertThat(result.problem()).contains("missing").contains("checkpoint");
        assertThat(result.checkpoint()).isEqualTo(witnessed);
    }

    @Test
    void checkpointIsSignedAppendedToTheFileAndShownInTheVerification() throws Exception {
        AuditCheckpoint witnessed = SignIn.as(manager.getId(), () -> auditLog.checkpoint(practice.getId()))
                .orElseThrow();
        assertThat(checkpoints.signatureValid(witnessed)).isTrue();
        assertThat(Files.readAllLines(checkpoints.file())).contains(witnessed.toJson());

        AuditVerification result = verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.checkpoint()).isEqualTo(witnessed);
        // A checkpoint someone writes by hand, without the key, does not verify.
        AuditCheckpoint forged = new AuditCheckpoint(
                witnessed.scopeId(), witnessed.seq() + 5, witnessed.hash(), witnessed.at(), witnessed.signature());
        assertThat(checkpoints.signatureValid(forged)).isFalse();
    }

    @Test
    void scheduledCheckpointWitnessesAChainThatGrew() {
        checkpoints.witnessAll();
        long before = checkpoints.latest(practice.getId()).orElseThrow().seq();
        SignIn.run(manager.getId(), () -> devices.create(practice.getId(), details("Printer", "SN-3")));

        checkpoints.witnessAll();

        assertThat(checkpoints.latest(practice.getId()).orElseThrow().seq()).isGreaterThan(before);
    }

    @Test
    void detectsTheWitnessedEntryRewrittenEvenWithTheKey() {
        AuditCheckpoint witnessed = SignIn.as(manager.getId(), () -> auditLog.checkpoint(practice.getId()))
                .orElseThrow();
        // Someone with database access AND the key rewrites the newest entry and recomputes its HMAC
        // and the head: the chain is consistent again, but no longer what the checkpoint witnessed.
        Map<String, Object> row = jdbc.queryForMap(
                "select * from audit_entry where scope_id = ? and seq = ?", practice.getId(), witnessed.seq());
        String forged = writer.hash(
                practice.getId(),
                witnessed.seq(),
                ((Timestamp) row.get("occurred_at")).toLocalDateTime(),
                row.get("actor_user_id") == null
                        ? null
                        : UUID.fromString(row.get("actor_user_id").toString()),
                (String) row.get("actor_subject"),
                "Someone else",
                (String) row.get("action"),
                (String) row.get("object_type"),
                (String) row.get("object_id"),
                (String) row.get("summary"),
                (String) row.get("changes"),
                (String) row.get("prev_hash"));
        jdbc.update(
                "update audit_entry set actor_name = 'Someone else', hash = ? where scope_id = ? and seq = ?",
                forged,
                practice.getId(),
                witnessed.seq());
        jdbc.update("update audit_chain_head set last_hash = ? where scope_id = ?", forged, practice.getId());

        AuditVerification result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtSeq()).isEqualTo(witnessed.seq());
        assertThat(result.problem()).contains("rewritten");
    }

    private List<AuditEntry> entries() {
        return SignIn.as(
                manager.getId(),
                () -> auditLog.list(practice.getId(), AuditFilter.NONE, PageRequest.of(0, 100, Sort.by("seq")))
                        .getContent());
    }

    private AuditVerification verify() {
        return SignIn.as(manager.getId(), () -> auditLog.verify(practice.getId()));
    }

    static DeviceDetails details(String name, String serial) {
        DeviceDetails details = new DeviceDetails();
        details.setName(name);
        details.setCategory("AUTOCLAVE");
        details.setManufacturer("Melag");
        details.setModel("Vacuklav " + UUID.randomUUID().toString().substring(0, 4));
        details.setSerialNumber(serial);
        details.setStatus(DeviceStatus.IN_SERVICE);
        return details;
    }
}
