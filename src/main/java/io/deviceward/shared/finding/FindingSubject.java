package io.deviceward.shared.finding;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a finding is about, by type ({@code DEVICE}, {@code SEGMENT}, {@code FLOW_RULE}, {@code SCHEDULE},
 * {@code PRACTICE}, …), id and the name a person knows it by. The id is absent for a finding about several
 * objects at once ("3 devices: posture never checked").
 */
public record FindingSubject(String type, @Nullable UUID id, String name) {

    public static FindingSubject of(String type, UUID id, String name) {
        return new FindingSubject(type, id, name);
    }
}
