--liquibase formatted sql

--changeset deviceward:010-practice-device-count
-- The number of devices of each practice, kept by triggers on device, so a practice's unfiltered
-- total (the registry's page count, the API's withTotal, the provider overview) is one row read
-- instead of a count over up to 100,000 index entries. Triggers, not code: every way a device is
-- written (form, import, API, bulk, a script) keeps it right. Writes to one practice's devices
-- queue on its row until commit; a practice's registry is not written by many at once.
create table practice_device_count (
    practice_id uuid   not null primary key,
    devices     bigint not null,
    constraint fk_practice_device_count_practice foreign key (practice_id) references practice (id)
);
insert into practice_device_count (practice_id, devices)
select practice_id, count(*) from device group by practice_id;

--changeset deviceward:010-practice-device-count-insert splitStatements:false
create trigger tr_device_count_insert after insert on device for each row
    insert into practice_device_count (practice_id, devices) values (new.practice_id, 1)
    on duplicate key update devices = devices + 1;

--changeset deviceward:010-practice-device-count-delete splitStatements:false
create trigger tr_device_count_delete after delete on device for each row
    update practice_device_count set devices = devices - 1 where practice_id = old.practice_id;
