package io.deviceward.audit;

import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.security.OpenAccess;
import io.deviceward.shared.tenancy.PracticeScoped;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads a practice's audit trail, verifies its chain, and records refusals. */
@Service
@PracticeScoped
public class AuditLog {
    private final AuditEntryRepository entries;
    private final AuditChainVerifier verifier;
    private final AuditChainWriter writer;
    private final AuditCheckpoints checkpoints;
    private final AuditActorResolver actors;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;
    private final Clock clock;

    AuditLog(
            AuditEntryRepository entries,
            AuditChainVerifier verifier,
            AuditChainWriter writer,
            AuditCheckpoints checkpoints,
            AuditActorResolver actors,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.entries = entries;
        this.verifier = verifier;
        this.writer = writer;
        this.checkpoints = checkpoints;
        this.actors = actors;
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public Page<AuditEntry> list(UUID practiceId, AuditFilter filter, Pageable pageable) {
        return entries.search(
                practiceId, filter.action(), filter.likePattern(), filter.fromUtc(), filter.untilUtc(), pageable);
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public long count(UUID practiceId, AuditFilter filter) {
        return list(practiceId, filter, Pageable.ofSize(1)).getTotalElements();
    }

    /** The history of one object of the practice, newest first (the latest 200 entries). */
    @CanViewPractice
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(UUID practiceId, String objectType, UUID objectId) {
        return entries.findTop200ByScopeIdAndObjectTypeAndObjectIdOrderBySeqDesc(
                practiceId, objectType, objectId.toString());
    }

    @CanViewPractice
    @Transactional(readOnly = true)
    public AuditVerification verify(UUID practiceId) {
        return verifier.verify(practiceId);
    }

    /**
     * Witnesses the practice's chain head outside the database now (checkpoint file and log) and
     * returns the checkpoint, for an export to print: every evidence export calls this, so what it
     * shows can later be held against the chain. Empty while the trail has no entries.
     */
    @CanViewPractice
    @Transactional(readOnly = true)
    public Optional<AuditCheckpoint> checkpoint(UUID practiceId) {
        return checkpoints.witness(practiceId);
    }

    /**
     * Records something DeviceWard did that changed none of its own rows (an email Keycloak sent, an
     * account Keycloak disabled), in its own transaction: it happened, whatever the caller does next.
     */
    @OpenAccess("appends only, after the caller's own guarded work; reads nothing back")
    public void recordEvent(UUID scopeId, String objectType, String objectId, String what) {
        append(new AuditRecord(
                scopeId,
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
                actors.currentActor(),
                AuditAction.EVENT,
                objectType,
                objectId,
                what,
                null));
    }

    /**
     * Records a refused request in the chain of the scope it aimed at. Its own transaction: the
     * refusal rolls back whatever the caller was doing, but the record of it must stay.
     */
    @OpenAccess("records a refusal: it runs exactly when the caller has no access")
    public void recordDenied(UUID scopeId, String objectType, String objectId, String what) {
        recordDenied(actors.currentActor(), scopeId, objectType, objectId, what);
    }

    /** A refusal someone met outside a request of theirs (at Keycloak, found later by a background task). */
    @OpenAccess("records a refusal someone met at Keycloak, found by a background task")
    public void recordDenied(AuditActor actor, UUID scopeId, String objectType, String objectId, String what) {
        AuditRecord record = new AuditRecord(
                scopeId,
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
                actor,
                AuditAction.ACCESS_DENIED,
                objectType,
                objectId,
                what,
                null);
        append(record);
    }

    private void append(AuditRecord record) {
        separateTransaction.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Void>) c -> {
            try {
                writer.append(c, record);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not write to the audit trail", e);
            }
            return null;
        }));
    }
}
