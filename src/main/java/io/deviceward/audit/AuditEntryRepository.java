package io.deviceward.audit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    @Query("""
            select e from AuditEntry e where e.scopeId = :scopeId
              and (:action is null or e.action = :action)
              and (:from is null or e.occurredAt >= :from)
              and (:until is null or e.occurredAt < :until)
              and (:text is null or lower(e.actorName) like :text or lower(e.objectType) like :text
                   or lower(e.summary) like :text or e.objectId like :text)""")
    Page<AuditEntry> search(
            @Param("scopeId") UUID scopeId,
            @Param("action") AuditAction action,
            @Param("text") String text,
            @Param("from") LocalDateTime from,
            @Param("until") LocalDateTime until,
            Pageable pageable);

    long countByScopeId(UUID scopeId);

    List<AuditEntry> findTop200ByScopeIdAndObjectTypeAndObjectIdOrderBySeqDesc(
            UUID scopeId, String objectType, String objectId);
}
