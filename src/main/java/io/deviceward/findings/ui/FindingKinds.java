package io.deviceward.findings.ui;

import java.util.Locale;

/**
 * A finding's kind in words, for filters: "device.firewall-off" reads "Device: firewall off". Derived from the key,
 * so a feature's new kinds read well with no change here.
 */
final class FindingKinds {
    private FindingKinds() {}

    static String label(String kind) {
        int dot = kind.indexOf('.');
        String area = dot < 0 ? "" : kind.substring(0, dot);
        String what =
                (dot < 0 ? kind : kind.substring(dot + 1)).replace('-', ' ').replace('_', ' ');
        if (area.isEmpty()) return capitalised(what);
        return capitalised(area) + ": " + what.toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
