package io.deviceward.maintenance;

/** One item to tick off; {@code step} is 1, or 2 for the second step of a two-step test. */
public record ChecklistItem(String key, String text, int step) {}
