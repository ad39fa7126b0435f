--liquibase formatted sql

--changeset deviceward:004-device-category
-- Categories are a managed list: the standard ones (provider_id null) for everyone, plus each provider's own.
create table device_category (
    id          uuid         not null primary key,
    provider_id uuid,
    code        varchar(40)  not null,
    label       varchar(100) not null,
    position    int          not null,
    constraint fk_device_category_provider foreign key (provider_id) references provider (id),
    constraint uk_device_category_code unique (provider_id, code)
);
insert into device_category (id, provider_id, code, label, position) values
    ('0c4a0000-0000-4000-8000-000000000001', null, 'AUTOCLAVE', 'Autoclave / steriliser', 10),
    ('0c4a0000-0000-4000-8000-000000000002', null, 'PATIENT_MONITOR', 'Patient monitor', 20),
    ('0c4a0000-0000-4000-8000-000000000003', null, 'IMAGING', 'Imaging (X-ray, intraoral camera, CBCT)', 30),
    ('0c4a0000-0000-4000-8000-000000000004', null, 'DENTAL_CHAIR', 'Dental chair / unit', 40),
    ('0c4a0000-0000-4000-8000-000000000005', null, 'INFUSION_PUMP', 'Infusion pump', 50),
    ('0c4a0000-0000-4000-8000-000000000006', null, 'ANALYSER', 'Lab or diagnostic analyser', 60),
    ('0c4a0000-0000-4000-8000-000000000007', null, 'PRINTER_SCANNER', 'Printer / scanner', 70),
    ('0c4a0000-0000-4000-8000-000000000008', null, 'WORKSTATION', 'Workstation', 80),
    ('0c4a0000-0000-4000-8000-000000000009', null, 'NETWORK_EQUIPMENT', 'Network equipment', 90),
    ('0c4a0000-0000-4000-8000-000000000010', null, 'OTHER', 'Other', 1000);

--changeset deviceward:004-device-record
alter table device
    add column responsible_person      varchar(200),
    add column vendor_support_contact  varchar(300),
    add column hostname                varchar(253),
    add column ip_addresses            varchar(1000),
    add column mac_address             varchar(17),
    add column connection              varchar(20),
    add column segment_id              uuid,
    add column firmware_version        varchar(100),
    add column firmware_updated_on     date,
    add column operating_system        varchar(100),
    add column os_end_of_support       date,
    add column stores_patient_data     varchar(10) not null default 'UNKNOWN',
    add column remote_access           varchar(20),
    add column criticality             varchar(20),
    add column udi                     varchar(100),
    add column device_class            varchar(20),
    add column planned_on              date,
    add column in_service_on           date,
    add column out_of_service_on       date,
    add column decommissioned_on       date,
    add column disposal_method         varchar(30),
    add column disposed_by             varchar(200),
    add column notes                   text,
    add column posture_firewall_state                     varchar(10) not null default 'UNKNOWN',
    add column posture_firewall_checked_on                date,
    add column posture_firewall_note                      varchar(500),
    add column posture_endpoint_protection_state          varchar(10) not null default 'UNKNOWN',
    add column posture_endpoint_protection_checked_on     date,
    add column posture_endpoint_protection_note           varchar(500),
    add column posture_backup_state                       varchar(10) not null default 'UNKNOWN',
    add column posture_backup_checked_on                  date,
    add column posture_backup_note                        varchar(500),
    add column posture_default_passwords_changed_state      varchar(10) not null default 'UNKNOWN',
    add column posture_default_passwords_changed_checked_on date,
    add column posture_default_passwords_changed_note       varchar(500),
    add column posture_services_minimised_state           varchar(10) not null default 'UNKNOWN',
    add column posture_services_minimised_checked_on      date,
    add column posture_services_minimised_note            varchar(500),
    add column posture_firmware_current_state             varchar(10) not null default 'UNKNOWN',
    add column posture_firmware_current_checked_on        date,
    add column posture_firmware_current_note              varchar(500),
    add column posture_storage_encrypted_state            varchar(10) not null default 'UNKNOWN',
    add column posture_storage_encrypted_checked_on       date,
    add column posture_storage_encrypted_note             varchar(500),
    add column posture_logging_enabled_state              varchar(10) not null default 'UNKNOWN',
    add column posture_logging_enabled_checked_on         date,
    add column posture_logging_enabled_note               varchar(500),
    add column posture_last_successful_backup             date;
alter table device add constraint uk_device_mac unique (practice_id, mac_address);
-- The grid's filters and sorts, each led by the practice (every query is narrowed to one).
create index ix_device_practice_status on device (practice_id, status, name);
create index ix_device_practice_category on device (practice_id, category, name);
create index ix_device_practice_segment on device (practice_id, segment_id, name);
create index ix_device_practice_firewall on device (practice_id, posture_firewall_state, name);
create index ix_device_practice_backup on device (practice_id, posture_backup_state, name);
