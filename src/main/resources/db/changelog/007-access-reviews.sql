--liquibase formatted sql

--changeset deviceward:007-access-reviews
-- An access review: every membership of a practice at the time it started, each confirmed or revoked.
-- Names are copied in, so the outcome reads the same after people leave.
create table access_review (
    id                 uuid         not null primary key,
    practice_id        uuid         not null,
    started_at         datetime(6)  not null,
    started_by_user_id uuid,
    started_by_name    varchar(200) not null,
    completed_at       datetime(6),
    version            bigint       not null,
    constraint fk_access_review_practice foreign key (practice_id) references practice (id)
);
create index ix_access_review_practice on access_review (practice_id, started_at);

create table access_review_item (
    id              uuid         not null primary key,
    practice_id     uuid         not null,
    review_id       uuid         not null,
    membership_id   uuid         not null,
    user_name       varchar(200) not null,
    email           varchar(254) not null,
    role            varchar(30)  not null,
    provider_wide   boolean      not null,
    expires_at      datetime(6),
    decision        varchar(20)  not null,
    decided_at      datetime(6),
    decided_by_name varchar(200),
    version         bigint       not null,
    constraint fk_access_review_item_review foreign key (review_id) references access_review (id),
    constraint fk_access_review_item_practice foreign key (practice_id) references practice (id)
);
create index ix_access_review_item_review on access_review_item (practice_id, review_id);
