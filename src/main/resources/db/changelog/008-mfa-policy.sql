--liquibase formatted sql

--changeset deviceward:008-mfa-policy
-- A practice's MFA policy, or a provider's default for practices without their own (practice_id null).
-- required_since starts the enrolment grace period; it moves only when the policy requires more people.
create table mfa_policy (
    id              uuid         not null primary key,
    provider_id     uuid         not null,
    practice_id     uuid,
    mode            varchar(20)  not null,
    required_roles  varchar(200) not null,
    allow_otp       boolean      not null,
    allow_passkey   boolean      not null,
    grace_days      int          not null,
    required_since  datetime(6)  not null,
    version         bigint       not null,
    constraint fk_mfa_policy_provider foreign key (provider_id) references provider (id),
    constraint fk_mfa_policy_practice foreign key (practice_id) references practice (id),
    constraint ck_mfa_policy_grace check (grace_days between 0 and 90),
    constraint ck_mfa_policy_method check (allow_otp or allow_passkey)
);
-- One row per practice, and one default per provider: practice_key is the practice, or a fixed
-- value for the default, so a unique index covers both (MariaDB treats NULLs as distinct).
alter table mfa_policy add column practice_key uuid as (coalesce(practice_id, '00000000-0000-0000-0000-000000000000')) persistent;
create unique index uk_mfa_policy_scope on mfa_policy (provider_id, practice_key);

-- A step-up DeviceWard sent someone through for a practice, so Keycloak's login errors during it
-- (a wrong code) can be written to that practice's audit trail.
create table mfa_step_up (
    id               uuid         not null primary key,
    practice_id      uuid         not null,
    user_id          uuid         not null,
    subject          varchar(100) not null,
    user_name        varchar(200) not null,
    requested_at     datetime(6)  not null,
    completed_at     datetime(6),
    failures_seen_to bigint       not null,
    version          bigint       not null,
    constraint fk_mfa_step_up_practice foreign key (practice_id) references practice (id)
);
create index ix_mfa_step_up_open on mfa_step_up (completed_at, requested_at);
