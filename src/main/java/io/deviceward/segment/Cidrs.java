package io.deviceward.segment;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import java.util.Optional;

/** IPv4 and IPv6 networks and addresses parsed with the IPAddress library, in one canonical form. */
public final class Cidrs {
    private static final IPAddressStringParameters STRICT = new IPAddressStringParameters.Builder()
            .allow_inet_aton(false)
            .allowEmpty(false)
            .allowAll(false)
            .allowSingleSegment(false)
            .toParams();

    private Cidrs() {}

    /**
     * A network such as "10.66.1.0/24" or "fd00:66:1::/64": host bits are cleared ("10.66.1.7/24" is
     * 10.66.1.0/24). Throws IllegalArgumentException naming the text when it is not one.
     */
    public static IPAddress network(String text) {
        IPAddress address = text == null ? null : new IPAddressString(text.strip(), STRICT).getAddress();
        if (address == null || !address.isPrefixed()) {
            throw new IllegalArgumentException(
                    "\"" + (text == null ? "" : text.strip()) + "\" is not a network such as 10.0.1.0/24");
        }
        return address.toPrefixBlock();
    }

    /** The canonical text of a network. */
    public static String canonical(String text) {
        return network(text).toCanonicalString();
    }

    /** One host address (no prefix), or empty. */
    public static Optional<IPAddress> host(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        IPAddress address = new IPAddressString(text.strip(), STRICT).getAddress();
        if (address == null || address.isMultiple()) return Optional.empty();
        return Optional.of(address.withoutPrefixLength());
    }

    /** Two prefix blocks overlap exactly when one contains the other. */
    public static boolean overlap(IPAddress a, IPAddress b) {
        return a.getIPVersion() == b.getIPVersion() && (a.contains(b) || b.contains(a));
    }

    public static boolean contains(IPAddress network, IPAddress host) {
        return network.getIPVersion() == host.getIPVersion() && network.contains(host);
    }
}
