package io.deviceward.audit;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns every insert, update and delete of an {@link Audited} entity into an audit entry, whichever
 * path made it (form, import, API). The entry is written just before the transaction commits, on
 * the same connection: it commits with the change or not at all.
 */
@Component
class AuditEventListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {
    private static final Set<String> UNAUDITED_PROPERTIES = Set.of("version", "createdAt", "searchText", "searchWords");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<SharedSessionContractImplementor, List<AuditRecord>> pending = new ConcurrentHashMap<>();
    private final AuditChainWriter writer;
    private final AuditActorResolver actors;
    private final Clock clock;

    AuditEventListener(AuditChainWriter writer, AuditActorResolver actors, Clock clock) {
        this.writer = writer;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof Audited audited) {
            record(
                    event.getSession(),
                    audited,
                    AuditAction.CREATE,
                    event.getId(),
                    changes(event.getPersister(), null, event.getState()));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (event.getEntity() instanceof Audited audited) {
            Map<String, Object[]> changes = changes(event.getPersister(), event.getOldState(), event.getState());
            if (!changes.isEmpty()) {
                record(event.getSession(), audited, AuditAction.UPDATE, event.getId(), changes);
            }
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof Audited audited) {
            record(
                    event.getSession(),
                    audited,
                    AuditAction.DELETE,
                    event.getId(),
                    changes(event.getPersister(), event.getDeletedState(), null));
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void record(
            SharedSessionContractImplementor session,
            Audited entity,
            AuditAction action,
            Object id,
            Map<String, Object[]> changes) {
        // Resolved now, on the request thread, while the security context is the caller's.
        AuditRecord record = new AuditRecord(
                entity.auditScopeId(),
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
                actors.currentActor(),
                action,
                entity.auditObjectType(),
                String.valueOf(id),
                truncate(entity.auditLabel()),
                JSON.writeValueAsString(changes));
        pendingFor(session).add(record);
    }

    /**
     * The entries of one transaction, written together just before it commits: one lock of each
     * chain head and one batch of inserts, however many rows an import touched.
     */
    private List<AuditRecord> pendingFor(SharedSessionContractImplementor session) {
        return pending.computeIfAbsent(session, s -> {
            List<AuditRecord> records = new ArrayList<>();
            s.getTransactionCompletionCallbacks().registerCallback((BeforeCompletionCallback) completing -> {
                List<AuditRecord> toWrite = pending.remove(completing);
                if (toWrite == null || toWrite.isEmpty()) return;
                try {
                    writer.appendAll(
                            completing
                                    .getJdbcCoordinator()
                                    .getLogicalConnection()
                                    .getPhysicalConnection(),
                            toWrite);
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not write the audit entries; the change is rolled back", e);
                }
            });
            // A rollback skips the callback above: forget the entries then.
            s.getTransactionCompletionCallbacks()
                    .registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback)
                            (success, done) -> pending.remove(done));
            return records;
        });
    }

    /** Field name to [old, new], for the fields that differ; values as text, so the entry reads the same forever. */
    private static Map<String, Object[]> changes(EntityPersister persister, Object[] oldState, Object[] newState) {
        String[] names = persister.getPropertyNames();
        Map<String, Object[]> changes = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (UNAUDITED_PROPERTIES.contains(names[i])) continue;
            Map<String, String> before = fields(names[i], oldState == null ? null : oldState[i]);
            Map<String, String> after = fields(names[i], newState == null ? null : newState[i]);
            Set<String> keys = new LinkedHashSet<>(before.keySet());
            keys.addAll(after.keySet());
            for (String key : keys) {
                String old = oldState == null ? null : before.get(key);
                String now = newState == null ? null : after.get(key);
                if (!Objects.equals(old, now)) {
                    changes.put(key, new Object[] {old, now});
                }
            }
        }
        return changes;
    }

    /** One property as named text values: embedded values that know their parts are spelled out. */
    private static Map<String, String> fields(String name, Object value) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (value instanceof AuditFields parts) {
            parts.auditFields().forEach((part, text) -> fields.put(name + "." + part, text));
        } else {
            fields.put(name, text(value));
        }
        return fields;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String truncate(String label) {
        return label == null || label.length() <= 500 ? label : label.substring(0, 497) + "...";
    }
}
