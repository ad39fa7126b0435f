package io.deviceward.device;

import java.util.UUID;

/**
 * One row of the device list: only what its columns show, already joined into the text they show. An open list keeps
 * every row it fetched; a {@link Device} with its {@link Posture}, eight {@link PostureCheck}s and their dates held
 * about 2.5 KB of the session's heap per row, a row about a fifth of that (issue #14). Read by
 * {@link DeviceService#listRows}, never changed: the device's page and form load the {@link Device} itself.
 *
 * @param make manufacturer and model, as the list shows them
 * @param ipAddresses the device's addresses, comma-separated
 * @param firewallOff whether the firewall is known to be off
 * @param notInBackups whether the device is known to be left out of the backups
 * @param unknownChecks how many posture items are still unknown
 */
public record DeviceRow(
        UUID id,
        String name,
        String category,
        String make,
        String serialNumber,
        String ipAddresses,
        String location,
        DeviceStatus status,
        boolean firewallOff,
        boolean notInBackups,
        int unknownChecks) {}
