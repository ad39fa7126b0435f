--liquibase formatted sql

--changeset deviceward:005-device-search-text
-- The registry's free-text search: one generated column with every searchable field, separators
-- folded to '_' so an IP, MAC or serial stays one word ("192.168.10.21" -> "192_168_10_21"),
-- and a full-text index on it. LIKE '%x%' over eight columns read every row of the practice.
alter table device add column search_text text as (lower(regexp_replace(regexp_replace(
    concat_ws(' ', name, manufacturer, model, serial_number, location, hostname, ip_addresses, mac_address),
    ',', ' '), '[-.:/]', '_'))) stored;
create fulltext index ft_device_search on device (search_text);

--changeset deviceward:005-device-filter-indexes
-- Filters combine a posture gap or category with a status and sort by name: with all four in the
-- index, the page's ids come from the index alone, however deep the page.
drop index ix_device_practice_firewall on device;
drop index ix_device_practice_backup on device;
drop index ix_device_practice_category on device;
create index ix_device_practice_firewall on device (practice_id, posture_firewall_state, status, name);
create index ix_device_practice_backup on device (practice_id, posture_backup_state, status, name);
create index ix_device_practice_category on device (practice_id, category, status, name);
