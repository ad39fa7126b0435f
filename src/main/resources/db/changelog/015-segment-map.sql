--liquibase formatted sql

--changeset deviceward:015-segment
-- A practice's network segments. (practice_id, id) is unique so that references from the practice's
-- devices and rules can name both: a device can then only sit in a segment of its own practice.
create table segment (
    id          uuid          not null primary key,
    practice_id uuid          not null,
    name        varchar(100)  not null,
    purpose     varchar(30)   not null,
    vlan_id     int,
    cidrs       varchar(1000) not null,
    gateway     varchar(45),
    isolated    boolean       not null,
    description varchar(1000),
    review_due  date,
    created_at  datetime(6)   not null,
    version     bigint        not null,
    constraint fk_segment_practice foreign key (practice_id) references practice (id),
    constraint uk_segment_practice_id unique (practice_id, id),
    constraint uk_segment_name unique (practice_id, name),
    constraint uk_segment_vlan unique (practice_id, vlan_id),
    constraint ck_segment_vlan check (vlan_id is null or vlan_id between 1 and 4094)
);

--changeset deviceward:015-device-segment-reference
-- The registry's segment reference becomes real. No cascade: the segment service moves devices out
-- (through the device service, audited) before it deletes a segment.
alter table device add constraint fk_device_segment
    foreign key (practice_id, segment_id) references segment (practice_id, id);

--changeset deviceward:015-flow-rule
create table flow_rule (
    id                     uuid          not null primary key,
    practice_id            uuid          not null,
    position               int           not null,
    source_kind            varchar(10)   not null,
    source_segment_id      uuid,
    source_device_id       uuid,
    destination_kind       varchar(10)   not null,
    destination_segment_id uuid,
    destination_device_id  uuid,
    protocol               varchar(5)    not null,
    ports                  varchar(500),
    action                 varchar(5)    not null,
    service                varchar(30),
    justification          varchar(1000),
    owner                  varchar(200),
    review_due             date,
    created_at             datetime(6)   not null,
    version                bigint        not null,
    constraint fk_flow_rule_practice foreign key (practice_id) references practice (id),
    -- One rule per position: two rules that contradict each other always have an explicit order.
    constraint uk_flow_rule_position unique (practice_id, position),
    constraint fk_flow_rule_source_segment
        foreign key (practice_id, source_segment_id) references segment (practice_id, id),
    constraint fk_flow_rule_destination_segment
        foreign key (practice_id, destination_segment_id) references segment (practice_id, id),
    -- A deleted device leaves its rules behind without it (a finding says so); the audit trail keeps both.
    constraint fk_flow_rule_source_device
        foreign key (source_device_id) references device (id) on delete set null,
    constraint fk_flow_rule_destination_device
        foreign key (destination_device_id) references device (id) on delete set null
);

--changeset deviceward:015-segment-map-review
create table segment_map_review (
    id          uuid         not null primary key,
    practice_id uuid         not null,
    reviewed_on date         not null,
    reviewed_by varchar(200) not null,
    version     bigint       not null,
    constraint fk_segment_map_review_practice foreign key (practice_id) references practice (id),
    constraint uk_segment_map_review_practice unique (practice_id)
);

--changeset deviceward:015-scan-check
-- A scan of the real network checked against the policy, kept as evidence (one result per line).
create table scan_check (
    id              uuid         not null primary key,
    practice_id     uuid         not null,
    from_segment_id uuid         not null,
    from_segment_name varchar(100) not null,
    file_name       varchar(255) not null,
    scanned_at      datetime(6)  not null,
    checked_at      datetime(6)  not null,
    hosts_scanned   int          not null,
    violations      int          not null,
    unregistered    int          not null,
    results         mediumtext   not null,
    version         bigint       not null,
    -- No reference to the segment: the evidence outlives a segment that is later removed (its name is kept).
    constraint fk_scan_check_practice foreign key (practice_id) references practice (id)
);
create index ix_scan_check_practice on scan_check (practice_id, scanned_at);
