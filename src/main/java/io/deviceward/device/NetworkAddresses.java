package io.deviceward.device;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import inet.ipaddr.MACAddressString;
import inet.ipaddr.mac.MACAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Parses and normalises IP and MAC addresses with the IPAddress library, so "010.0.0.5",
 * "FE80:0:0::1" and "00-1A-2B-3C-4D-5E" are stored, searched and compared in one canonical form.
 */
public final class NetworkAddresses {
    /**
     * Plain dotted decimal only: inet_aton forms would read "010.0.0.1" as octal (8.0.0.1), which
     * no one typing an address into a registry means. Leading zeros stay decimal.
     */
    private static final IPAddressStringParameters HOST_ADDRESS = new IPAddressStringParameters.Builder()
            .allow_inet_aton(false)
            .allowMask(false)
            .allowEmpty(false)
            .allowAll(false)
            .allowSingleSegment(false)
            .toParams();

    private NetworkAddresses() {}

    /** The canonical form of one IPv4 or IPv6 host address, or empty if it is not one. */
    public static Optional<String> ip(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        IPAddress address = new IPAddressString(text.strip(), HOST_ADDRESS).getAddress();
        if (address == null || address.isMultiple()) {
            return Optional.empty();
        }
        return Optional.of(address.withoutPrefixLength().toCanonicalString());
    }

    /** Canonical, de-duplicated, in the given order; throws IllegalArgumentException naming the first bad entry. */
    public static List<String> ips(List<String> texts) {
        if (texts == null) return List.of();
        Set<String> result = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) continue;
            if (text.contains("/")) {
                throw new IllegalArgumentException("\"" + text.strip()
                        + "\" is a network range: a range belongs to a segment; enter the device's own address");
            }
            result.add(ip(text).orElseThrow(() ->
                    new IllegalArgumentException("\"" + text.strip() + "\" is not an IPv4 or IPv6 address")));
        }
        return new ArrayList<>(result);
    }

    /** Splits a list typed by a person or found in a CSV cell: commas, semicolons, spaces. */
    public static List<String> split(String text) {
        if (text == null || text.isBlank()) return List.of();
        return List.of(text.strip().split("[,;\\s]+"));
    }

    /** Lower-case, colon-separated 48-bit MAC (aa:bb:cc:dd:ee:ff), or empty if it is not one. */
    public static Optional<String> mac(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        MACAddress address = new MACAddressString(text.strip()).getAddress();
        if (address == null || address.isMultiple() || address.getSegmentCount() != 6) {
            return Optional.empty();
        }
        return Optional.of(address.toColonDelimitedString().toLowerCase(Locale.ROOT));
    }
}
