package io.deviceward.device;

/** What a committed import did: devices created and updated, rows unchanged, error rows skipped. */
public record DeviceImportResult(int created, int updated, int unchanged, int skipped) {

    /** E.g. "3 created, 1 updated, 2 unchanged, 1 skipped". */
    public String summary() {
        return created + " created, " + updated + " updated, " + unchanged + " unchanged, " + skipped + " skipped";
    }
}
