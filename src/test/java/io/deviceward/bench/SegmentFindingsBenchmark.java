package io.deviceward.bench;

import static io.deviceward.support.Fixtures.device;
import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.access.AppUser;
import io.deviceward.access.Role;
import io.deviceward.device.Answer;
import io.deviceward.device.DeviceDetails;
import io.deviceward.device.DeviceService;
import io.deviceward.practice.Practice;
import io.deviceward.segment.Endpoint;
import io.deviceward.segment.FlowPolicy;
import io.deviceward.segment.FlowRuleDetails;
import io.deviceward.segment.Protocol;
import io.deviceward.segment.Segment;
import io.deviceward.segment.SegmentDetails;
import io.deviceward.segment.SegmentFindingSource;
import io.deviceward.segment.SegmentPurpose;
import io.deviceward.segment.SegmentService;
import io.deviceward.support.Fixtures;
import io.deviceward.support.IntegrationTest;
import io.deviceward.support.SignIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #12: the segment map's findings recomputed for a practice with 50 segments, 2,000 devices and 500 rules
 * (target: median under 200 ms), and the map of 20 segments and 500 devices laid out and drawn (under 500 ms).
 * Seeds through the services, then measures medians of the service calls as a page makes them; writes the
 * figures to {@code target/benchmark/segment-map.md}. A benchmark, not a test: it asserts that the calls work,
 * never how fast. Run with {@code flock /tmp/dw-integration.lock ./dw bench -Dit.test=SegmentFindingsBenchmark}.
 */
@IntegrationTest
class SegmentFindingsBenchmark {
    private static final int WARMUP = 5;
    private static final int RUNS = 21;
    private static final SegmentPurpose[] PURPOSES = SegmentPurpose.values();

    @Autowired
    Fixtures fixtures;

    @Autowired
    SegmentService segments;

    @Autowired
    SegmentFindingSource findingSource;

    @Autowired
    FlowPolicy policy;

    @Autowired
    DeviceService devices;

    @Test
    void findingsAndMapAtSize() throws Exception {
        Practice large = fixtures.practice(fixtures.provider());
        AppUser manager = fixtures.memberOf(large, Role.PRACTICE_MANAGER);
        long seedStart = System.nanoTime();
        seed(manager, large.getId(), 50, 2_000, 500, 1);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        Practice mapped = fixtures.practice(fixtures.provider());
        AppUser mapper = fixtures.memberOf(mapped, Role.PRACTICE_MANAGER);
        seed(mapper, mapped.getId(), 20, 500, 120, 2);

        int findings = SignIn.as(
                manager.getId(), () -> findingSource.findings(large.getId()).size());
        assertThat(findings).isPositive();
        double findingsMs = median(() -> SignIn.as(manager.getId(), () -> findingSource.findings(large.getId())));
        String svg = SignIn.as(mapper.getId(), () -> segments.mapSvg(mapped.getId()));
        assertThat(svg).contains("<svg").contains("class=\"flow\"");
        double mapMs = median(() -> SignIn.as(mapper.getId(), () -> segments.mapSvg(mapped.getId())));
        double nftMs = median(() -> SignIn.as(manager.getId(), () -> policy.nftablesRuleset(large.getId())));

        String report = String.format(Locale.ROOT, """
                # Segment map benchmark

                A 2-core machine, other load not controlled; medians of %d runs after %d warm-up runs, server time of the service call.

                | Operation | Size | Median |
                |---|---|---|
                | Findings recomputed (`SegmentService.findings`) | 50 segments, 2,000 devices, 500 rules (%d findings) | %.1f ms |
                | Map laid out (ELK) and drawn as SVG (`SegmentService.mapSvg`) | 20 segments, 500 devices, 120 rules | %.1f ms |
                | nftables ruleset exported | 50 segments, 2,000 devices, 500 rules | %.1f ms |

                Seeding the large practice through the services took %.0f s.
                """, RUNS, WARMUP, findings, findingsMs, mapMs, nftMs, seedSeconds);
        Path out = Path.of("target", "benchmark", "segment-map.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private void seed(AppUser user, UUID practiceId, int segmentCount, int deviceCount, int ruleCount, int octet) {
        SplittableRandom random = new SplittableRandom(42 + octet);
        SignIn.run(user.getId(), () -> {
            List<Segment> created = new ArrayList<>();
            for (int i = 0; i < segmentCount; i++) {
                SegmentPurpose purpose = PURPOSES[i % PURPOSES.length];
                created.add(segments.createSegment(
                        practiceId,
                        SegmentDetails.of(
                                "Segment " + i + " " + purpose.label(),
                                purpose,
                                100 + i,
                                "10." + octet + "." + i + ".0/24")));
            }
            Map<UUID, Set<UUID>> placed = new HashMap<>();
            List<UUID> deviceIds = new ArrayList<>();
            for (int i = 0; i < deviceCount; i++) {
                Segment segment = created.get(i % segmentCount);
                DeviceDetails d = device("Device " + i, "BENCH-" + octet + "-" + i);
                d.setCategory(List.of("PATIENT_MONITOR", "IMAGING", "WORKSTATION", "PRINTER_SCANNER")
                        .get(random.nextInt(4)));
                d.setStoresPatientData(random.nextInt(4) == 0 ? Answer.YES : Answer.NO);
                d.setIpAddresses(List.of("10." + octet + "." + (i % segmentCount) + "." + (10 + i / segmentCount)));
                UUID id = devices.create(practiceId, d).getId();
                deviceIds.add(id);
                if (random.nextInt(20) != 0)
                    placed.computeIfAbsent(segment.getId(), k -> new HashSet<>())
                            .add(id);
            }
            placed.forEach((segmentId, ids) -> devices.changeSegment(practiceId, ids, segmentId));
            for (int i = 0; i < ruleCount; i++) {
                Endpoint from = random.nextInt(10) == 0
                        ? Endpoint.device(deviceIds.get(random.nextInt(deviceIds.size())))
                        : Endpoint.segment(
                                created.get(random.nextInt(segmentCount)).getId());
                Endpoint to = random.nextInt(12) == 0
                        ? Endpoint.INTERNET
                        : Endpoint.segment(
                                created.get(random.nextInt(segmentCount)).getId());
                FlowRuleDetails rule = random.nextInt(8) == 0
                        ? FlowRuleDetails.deny(from, to, Protocol.ANY, null)
                        : FlowRuleDetails.allow(
                                from,
                                to,
                                Protocol.TCP,
                                String.valueOf(1 + random.nextInt(9000)),
                                "Benchmark flow " + i);
                policy.createRule(practiceId, rule);
            }
        });
    }

    private static double median(Supplier<?> work) {
        for (int i = 0; i < WARMUP; i++) work.get();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }
}
