--liquibase formatted sql

--changeset deviceward:002-audit-chain-head
-- One row per chain (a practice, or a provider for provider-wide access changes): the lock point
-- that serialises appends and the anchor that reveals entries deleted from the end of the chain.
create table audit_chain_head (
    scope_id  uuid     not null primary key,
    last_seq  bigint   not null,
    last_hash char(64) not null
);

--changeset deviceward:002-audit-entry
create table audit_entry (
    id            bigint       not null auto_increment primary key,
    scope_id      uuid         not null,
    seq           bigint       not null,
    occurred_at   datetime(6)  not null,
    actor_user_id uuid,
    actor_subject varchar(64),
    actor_name    varchar(200) not null,
    action        varchar(30)  not null,
    object_type   varchar(60)  not null,
    object_id     varchar(64),
    summary       varchar(500),
    changes       longtext,
    prev_hash     char(64)     not null,
    hash          char(64)     not null,
    constraint uk_audit_entry_seq unique (scope_id, seq)
);
create index ix_audit_entry_scope_time on audit_entry (scope_id, occurred_at);
