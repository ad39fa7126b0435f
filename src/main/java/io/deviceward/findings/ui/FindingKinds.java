package io.deviceward.findings.ui;

import java.util.Locale;

/**
 * A finding's kind in words, for filters: "device.firewall-off" reads "Device: firewall off". Each feature names its
 * kinds in its own bundle, under {@link #key} ({@code device.finding.kind.firewall-off}), in both languages; a kind
 * without a text there reads as its key in words, so a feature's new kind still reads well with no change here.
 */
final class FindingKinds {
    private FindingKinds() {}

    /** The key of the kind's label: "device.firewall-off" has {@code device.finding.kind.firewall-off}. */
    static String key(String kind) {
        int dot = kind.indexOf('.');
        return dot < 0 ? "findings.kind." + kind : kind.substring(0, dot) + ".finding.kind." + kind.substring(dot + 1);
    }

    /** The kind's key in words (English), for a kind no bundle names. */
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
