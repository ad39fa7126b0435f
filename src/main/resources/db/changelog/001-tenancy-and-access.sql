--liquibase formatted sql

--changeset deviceward:001-provider
create table provider (
    id          uuid         not null primary key,
    name        varchar(200) not null,
    created_at  datetime(6)  not null,
    version     bigint       not null,
    constraint uk_provider_name unique (name)
);

--changeset deviceward:001-practice
create table practice (
    id            uuid         not null primary key,
    provider_id   uuid         not null,
    name          varchar(200) not null,
    address       varchar(500),
    contact_email varchar(254),
    phone         varchar(50),
    created_at    datetime(6)  not null,
    version       bigint       not null,
    constraint fk_practice_provider foreign key (provider_id) references provider (id),
    constraint uk_practice_provider_name unique (provider_id, name)
);

--changeset deviceward:001-app-user
create table app_user (
    id               uuid         not null primary key,
    username         varchar(100) not null,
    email            varchar(254) not null,
    display_name     varchar(200) not null,
    keycloak_subject varchar(64),
    last_login_at    datetime(6),
    created_at       datetime(6)  not null,
    version          bigint       not null,
    constraint uk_app_user_username unique (username),
    constraint uk_app_user_email unique (email),
    constraint uk_app_user_subject unique (keycloak_subject)
);

--changeset deviceward:001-membership
-- A membership grants one role either on one practice or on every practice of a provider.
create table membership (
    id          uuid        not null primary key,
    user_id     uuid        not null,
    role        varchar(30) not null,
    practice_id uuid,
    provider_id uuid,
    expires_at  datetime(6),
    granted_at  datetime(6) not null,
    version     bigint      not null,
    constraint fk_membership_user foreign key (user_id) references app_user (id),
    constraint fk_membership_practice foreign key (practice_id) references practice (id),
    constraint fk_membership_provider foreign key (provider_id) references provider (id),
    constraint ck_membership_scope check ((practice_id is null) <> (provider_id is null))
);
create index ix_membership_user on membership (user_id);
create index ix_membership_practice on membership (practice_id);
create index ix_membership_provider on membership (provider_id);
