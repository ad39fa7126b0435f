package io.deviceward.audit;

import java.util.UUID;

/**
 * An entity whose every insert, update and delete is written to the audit trail in the same
 * transaction. See docs/decisions/2026-11-23-audit-chain.md.
 */
public interface Audited {

    /** The chain the change belongs to: the practice, or the provider for provider-wide changes. */
    UUID auditScopeId();

    /** What a person reading the trail calls this kind of object. */
    String auditObjectType();

    /** A short label for the object ("Autoclave room 2"), shown beside its id. */
    String auditLabel();
}
