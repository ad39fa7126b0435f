--liquibase formatted sql

--changeset deviceward:025-provider-time-zone
-- A provider's zone is the default for the practices it adds; each practice keeps its own setting after that.
alter table provider add column time_zone varchar(64) not null default 'Europe/Berlin';
--rollback alter table provider drop column time_zone;
