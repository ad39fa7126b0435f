--liquibase formatted sql

--changeset deviceward:020-practice-time-zone
-- The practice's time zone: maintenance recurs, falls due and is overdue in the practice's local time.
alter table practice add column time_zone varchar(64) not null default 'Europe/Berlin';

--changeset deviceward:020-maintenance
-- A kind of recurring work with its checklist, evidence fields and limits. provider_id null: the starter
-- set every practice can use at once. definition is JSON: {"checklist": [...], "fields": [...]}.
create table maintenance_template (
    id               uuid          not null primary key,
    provider_id      uuid,
    code             varchar(60)   not null,
    name             varchar(200)  not null,
    kind             varchar(20)   not null,
    description      varchar(1000),
    suggested_rrule  varchar(200)  not null,
    suggested_target varchar(20)   not null,
    steps            int           not null,
    on_failure       varchar(40)   not null,
    follow_up_days   int           not null,
    posture_item     varchar(40),
    definition       text          not null,
    version          bigint        not null,
    constraint fk_maintenance_template_provider foreign key (provider_id) references provider (id),
    constraint ck_maintenance_template_steps check (steps between 1 and 2)
);
alter table maintenance_template add column provider_key uuid as (coalesce(provider_id, '00000000-0000-0000-0000-000000000000')) persistent;
create unique index uk_maintenance_template_code on maintenance_template (provider_key, code);

-- A template applied to a device, the devices of a category or segment, or the whole practice.
-- refresh_at: when the next occurrence must be written as a task (see MaintenanceService.refresh).
create table maintenance_schedule (
    id                 uuid          not null primary key,
    practice_id        uuid          not null,
    template_id        uuid          not null,
    target_kind        varchar(20)   not null,
    target_id          uuid,
    target_code        varchar(40),
    rrule              varchar(500)  not null,
    time_zone          varchar(64)   not null,
    starts_on          date          not null,
    due_time           time          not null,
    open_days          varchar(80)   not null,
    on_closed_day      varchar(20)   not null,
    assignee_kind      varchar(20)   not null,
    assignee_user_id   uuid,
    assignee_role      varchar(30),
    lead_time_minutes  int           not null,
    basis              varchar(20)   not null,
    active             boolean       not null,
    next_occurrence_on date,
    materialized_on    date,
    refresh_at         datetime(6),
    created_at         datetime(6)   not null,
    version            bigint        not null,
    constraint fk_maintenance_schedule_practice foreign key (practice_id) references practice (id),
    constraint fk_maintenance_schedule_template foreign key (template_id) references maintenance_template (id)
);
create index ix_maintenance_schedule_refresh on maintenance_schedule (practice_id, refresh_at);
create index ix_maintenance_schedule_refresh_all on maintenance_schedule (refresh_at);

-- One occurrence of a schedule for one device (or the practice), a retest or a follow-up. state is OPEN,
-- DONE or MISSED; DUE, OVERDUE and UPCOMING follow from the clock and starts_at / overdue_at / missed_at.
-- device_key is the device, or a fixed value for the practice, so one unique index stops doubles.
create table maintenance_task (
    id                   uuid          not null primary key,
    practice_id          uuid          not null,
    schedule_id          uuid,
    template_id          uuid          not null,
    device_id            uuid,
    device_key           uuid          not null,
    subject_name         varchar(200)  not null,
    kind                 varchar(20)   not null,
    follow_up_of         uuid,
    occurrence_on        date          not null,
    due_at               datetime(6)   not null,
    starts_at            datetime(6)   not null,
    overdue_at           datetime(6)   not null,
    missed_at            datetime(6),
    assignee_user_id     uuid,
    assignee_role        varchar(30),
    state                varchar(20)   not null,
    step_done            int           not null,
    first_step_at        datetime(6),
    first_step_by_name   varchar(200),
    outcome              varchar(20),
    reason               varchar(1000),
    notes                varchar(2000),
    checklist            text,
    measured             text,
    failed_checks        varchar(1000),
    completed_at         datetime(6),
    completed_by_user_id uuid,
    completed_by_name    varchar(200),
    resolved_at          datetime(6),
    notice               varchar(1000),
    created_at           datetime(6)   not null,
    version              bigint        not null,
    constraint fk_maintenance_task_practice foreign key (practice_id) references practice (id),
    constraint fk_maintenance_task_schedule foreign key (schedule_id) references maintenance_schedule (id),
    constraint fk_maintenance_task_template foreign key (template_id) references maintenance_template (id)
);
create unique index uk_maintenance_task_occurrence on maintenance_task (schedule_id, device_key, occurrence_on, kind);
create index ix_maintenance_task_open on maintenance_task (practice_id, state, starts_at);
create index ix_maintenance_task_done on maintenance_task (practice_id, occurrence_on);
create index ix_maintenance_task_device on maintenance_task (practice_id, device_id, occurrence_on);

-- A file kept as evidence of a task (a photo of the Bowie-Dick sheet, the cycle printout). The bytes are
-- in a table of their own, so listing attachments never reads them.
create table maintenance_attachment (
    id           uuid          not null primary key,
    practice_id  uuid          not null,
    task_id      uuid          not null,
    file_name    varchar(255)  not null,
    content_type varchar(100)  not null,
    size_bytes   bigint        not null,
    sha256       varchar(64)   not null,
    created_at   datetime(6)   not null,
    version      bigint        not null,
    constraint fk_maintenance_attachment_task foreign key (task_id) references maintenance_task (id)
);
create index ix_maintenance_attachment_task on maintenance_attachment (practice_id, task_id);
create table maintenance_attachment_content (
    id          uuid      not null primary key,
    practice_id uuid      not null,
    content     longblob  not null,
    constraint fk_maintenance_attachment_content foreign key (id) references maintenance_attachment (id)
);

--changeset deviceward:021-shedlock
-- ShedLock's table: a scheduled job runs on one replica at a time.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null default current_timestamp(3),
    locked_by  varchar(255) not null
);

--changeset deviceward:022-maintenance-feed
-- A person's calendar-feed token (only its SHA-256 is kept); revoking sets revoked_at.
create table maintenance_feed_token (
    id          uuid         not null primary key,
    user_id     uuid         not null,
    token_hash  varchar(64)  not null,
    created_at  datetime(6)  not null,
    revoked_at  datetime(6),
    constraint uk_maintenance_feed_token unique (token_hash)
);
create index ix_maintenance_feed_token_user on maintenance_feed_token (user_id);
-- When each person's digest was last sent, so a restart or a second replica never sends one twice a day.
create table maintenance_digest_sent (
    user_id  uuid not null,
    sent_on  date not null,
    primary key (user_id, sent_on)
);
