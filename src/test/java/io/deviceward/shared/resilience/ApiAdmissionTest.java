package io.deviceward.shared.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiAdmissionTest {

    @Test
    void noMoreRequestsWorkAtOnceThanThereAreTurns() throws Exception {
        ApiAdmission admission = new ApiAdmission(3, Duration.ofSeconds(10));
        AtomicInteger working = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        FilterChain slow = (request, response) -> {
            most.accumulateAndGet(working.incrementAndGet(), Math::max);
            sleep(20);
            working.decrementAndGet();
        };
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 30; i++) {
                clients.submit(() -> statuses.add(call(admission, slow).getStatus()));
            }
        }

        assertThat(most.get()).isEqualTo(3);
        assertThat(statuses).hasSize(30).containsOnly(200);
    }

    @Test
    void aRequestThatGetsNoTurnInTimeIsToldTheServiceIsBusyAndWhenToRetry() throws Exception {
        ApiAdmission admission = new ApiAdmission(1, Duration.ofMillis(100));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<MockHttpServletResponse> first = clients.submit(() -> call(admission, (request, response) -> {
                holding.countDown();
                await(release);
            }));
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

            MockHttpServletResponse refused = call(admission, (request, response) -> {
                throw new AssertionError("let in although the only turn was taken");
            });
            release.countDown();

            assertThat(refused.getStatus()).isEqualTo(503);
            assertThat(refused.getContentType()).startsWith("application/problem+json");
            assertThat(refused.getHeader("Retry-After")).isEqualTo(String.valueOf(Outages.RETRY_AFTER_SECONDS));
            assertThat(refused.getContentAsString()).contains("\"status\":503").contains("busy");
            assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        }
    }

    @Test
    void aRequestThatFailsGivesItsTurnBack() throws Exception {
        ApiAdmission admission = new ApiAdmission(1, Duration.ofMillis(100));
        assertThatThrownBy(() -> call(admission, (request, response) -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");

        assertThat(call(admission, (request, response) -> {}).getStatus()).isEqualTo(200);
    }

    private static MockHttpServletResponse call(ApiAdmission admission, FilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/practices");
        MockHttpServletResponse response = new MockHttpServletResponse();
        admission.doFilter(request, response, chain);
        return response;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
