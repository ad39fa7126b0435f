--liquibase formatted sql

--changeset deviceward:006-provider-disable-accounts
-- Revoking someone's last membership disables their Keycloak account as well (on by default).
alter table provider add column disable_accounts_without_access boolean not null default true;

--changeset deviceward:006-app-user-username-length
-- Invited users are named by their email address in Keycloak, which may be up to 254 characters.
alter table app_user modify username varchar(254) not null;
