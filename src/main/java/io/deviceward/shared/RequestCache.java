package io.deviceward.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Values read once per HTTP request (the caller's memberships in a practice, its MFA policy), so a
 * request that asks many times sends one query. Outside a request (background tasks, tests calling
 * services directly) nothing is cached. A browser UI request may carry many calls; the next
 * request reads afresh, so a revoked membership stops working at the next request. Code that
 * changes what is cached calls {@link #clear()}. See docs/decisions/2026-12-01-resilience.md.
 */
public final class RequestCache {
    private static final String ATTRIBUTE = RequestCache.class.getName();

    private RequestCache() {}

    /** The value cached under the key in this request, loaded on first use; always loaded outside a request. */
    @SuppressWarnings("unchecked")
    public static <T> T get(String key, Supplier<T> load) {
        Map<String, Object> values = values(true);
        if (values == null) return load.get();
        if (values.containsKey(key)) return (T) values.get(key);
        T value = load.get();
        values.put(key, value);
        return value;
    }

    /** Forgets everything this request cached: after a change to memberships or policies. */
    public static void clear() {
        Map<String, Object> values = values(false);
        if (values != null) values.clear();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> values(boolean create) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) return null;
        Map<String, Object> values =
                (Map<String, Object>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (values == null && create) {
            values = new HashMap<>();
            request.setAttribute(ATTRIBUTE, values, RequestAttributes.SCOPE_REQUEST);
        }
        return values;
    }
}
