package io.deviceward.device.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import io.deviceward.device.DeviceRow;
import io.deviceward.device.PostureGap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The device grid's cells that are more than text (the name as a link, the posture gaps as badges), as Lit templates
 * the browser fills from a few values per row. A component per cell (an Anchor, a Span per badge) cost every open
 * list a state node, its maps and its listeners for each row the grid had fetched (issue #14).
 */
final class DeviceCells {
    /** One posture gap as a small badge: its words and its Lumo badge theme (error, contrast, success). */
    record Badge(String text, String theme) {}

    private DeviceCells() {}

    /**
     * The name as a real link that fills the cell (the look of {@code GridColumns.link}): click, Enter, middle-click
     * and screen readers treat it as one.
     */
    static LitRenderer<DeviceRow> nameLink(Function<DeviceRow, String> path) {
        return LitRenderer.<DeviceRow>of("<a class=\"dw-row-link\" href=\"${item.href}\""
                        + " style=\"display: block; font-weight: 500\">${item.name}</a>")
                .withProperty("href", path::apply)
                .withProperty("name", DeviceRow::name);
    }

    /**
     * Every gap of the device, most urgent first. The values go as lists of strings: Vaadin's JSON serializer reads
     * objects as beans (getters), so neither a record nor a map arrives as its fields.
     */
    static LitRenderer<DeviceRow> postureBadges(Component reader) {
        return LitRenderer.<DeviceRow>of(
                        "${item.texts.map((text, i) => html`" + badge("item.themes[i]", "text") + "`)}")
                .withProperty(
                        "texts",
                        device ->
                                badges(reader, device).stream().map(Badge::text).toList())
                .withProperty(
                        "themes",
                        device -> badges(reader, device).stream()
                                .map(Badge::theme)
                                .toList());
    }

    /** The one most urgent gap, or "No gaps", for the compact list. */
    static LitRenderer<DeviceRow> worstBadge(Component reader) {
        return LitRenderer.<DeviceRow>of(badge("item.tone", "item.gap"))
                .withProperty("gap", device -> worst(reader, device).text())
                .withProperty("tone", device -> worst(reader, device).theme());
    }

    /** The template of one badge, its theme and its words from these expressions. */
    private static String badge(String theme, String text) {
        return """
                <span theme="badge ${%s} small" style="margin-inline-end: var(--lumo-space-xs)">${%s}</span>""".formatted(theme, text);
    }

    static List<Badge> badges(Component reader, DeviceRow device) {
        List<Badge> badges = new ArrayList<>(3);
        if (device.firewallOff()) badges.add(new Badge(DeviceLabels.of(reader, PostureGap.FIREWALL_OFF), "error"));
        if (device.notInBackups()) badges.add(new Badge(DeviceLabels.of(reader, PostureGap.NOT_IN_BACKUPS), "error"));
        long unknown = device.unknownChecks();
        if (unknown > 0) badges.add(new Badge(reader.getTranslation("device.list.badge.unknown", unknown), "contrast"));
        return badges;
    }

    static Badge worst(Component reader, DeviceRow device) {
        List<Badge> badges = badges(reader, device);
        return badges.isEmpty()
                ? new Badge(reader.getTranslation("device.list.badge.no-gaps"), "success")
                : badges.get(0);
    }
}
