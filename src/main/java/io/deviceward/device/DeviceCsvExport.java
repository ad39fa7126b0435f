package io.deviceward.device;

import io.deviceward.device.transfer.DeviceCsvFormat;
import io.deviceward.device.transfer.DeviceCsvWriter;
import io.deviceward.shared.security.CanViewPractice;
import io.deviceward.shared.tenancy.PracticeScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a practice's devices as CSV (see {@link DeviceCsvFormat}): the same file the import reads,
 * so exporting, editing and importing again changes exactly what was edited.
 */
@Service
@PracticeScoped
public class DeviceCsvExport {
    static final int PAGE_SIZE = 1000;

    private final DeviceService devices;

    @PersistenceContext
    private EntityManager entityManager;

    DeviceCsvExport(DeviceService devices) {
        this.devices = devices;
    }

    /**
     * The devices matching the filter, sorted by name, as UTF-8 CSV with a byte order mark (so that
     * Excel reads umlauts right), read in pages so a large registry never sits in memory at once.
     * Returns how many devices were written. Does not close the stream.
     */
    @CanViewPractice
    @Transactional(readOnly = true)
    public long export(UUID practiceId, DeviceFilter filter, OutputStream out) throws IOException {
        DeviceFilter effective = filter == null ? DeviceFilter.NONE : filter;
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        PagedDevices pages = new PagedDevices(practiceId, effective);
        DeviceCsvWriter.write(
                StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false), writer);
        writer.flush();
        return pages.count;
    }

    /** The empty template: the header line only, UTF-8 with a byte order mark. */
    public static void writeTemplate(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        DeviceCsvWriter.writeTemplate(writer);
        writer.flush();
    }

    /** Fetches the next page only when the previous one has been written, then lets go of it. */
    private final class PagedDevices implements Iterator<DeviceDetails> {
        private final UUID practiceId;
        private final DeviceFilter filter;
        private Iterator<DeviceDetails> current = Collections.emptyIterator();
        private int nextPage;
        private boolean last;
        private long count;

        PagedDevices(UUID practiceId, DeviceFilter filter) {
            this.practiceId = practiceId;
            this.filter = filter;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && !last) {
                Slice<Device> slice =
                        devices.slice(practiceId, filter, PageRequest.of(nextPage++, PAGE_SIZE, Sort.by("name")));
                current = slice.getContent().stream()
                        .map(DeviceDetails::of)
                        .toList()
                        .iterator();
                last = !slice.hasNext();
                entityManager.clear(); // the details are copies: the entities need not stay in memory
            }
            return current.hasNext();
        }

        @Override
        public DeviceDetails next() {
            if (!hasNext()) throw new NoSuchElementException();
            count++;
            return current.next();
        }
    }
}
