--liquibase formatted sql

--changeset deviceward:003-device
create table device (
    id            uuid         not null primary key,
    practice_id   uuid         not null,
    name          varchar(200) not null,
    category      varchar(40)  not null,
    manufacturer  varchar(200) not null,
    model         varchar(200) not null,
    serial_number varchar(100),
    location      varchar(200),
    status        varchar(30)  not null,
    created_at    datetime(6)  not null,
    version       bigint       not null,
    constraint fk_device_practice foreign key (practice_id) references practice (id),
    constraint uk_device_serial unique (practice_id, serial_number)
);
create index ix_device_practice_name on device (practice_id, name);
