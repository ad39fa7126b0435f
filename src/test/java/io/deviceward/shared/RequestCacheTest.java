package io.deviceward.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class RequestCacheTest {
    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void outsideARequestEveryCallReads() {
        RequestCache.get("k", reads::incrementAndGet);
        RequestCache.get("k", reads::incrementAndGet);
        assertThat(reads).hasValue(2);
    }

    @Test
    void withinARequestOneRead_theNextRequestReadsAgain_andClearForgets() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(RequestCache.get("k", reads::incrementAndGet)).isEqualTo(1);
        assertThat(RequestCache.get("k", reads::incrementAndGet)).isEqualTo(1);
        RequestCache.clear();
        assertThat(RequestCache.get("k", reads::incrementAndGet)).isEqualTo(2);

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(RequestCache.get("k", reads::incrementAndGet)).isEqualTo(3);
    }
}
