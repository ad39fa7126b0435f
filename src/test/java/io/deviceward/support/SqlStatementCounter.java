package io.deviceward.support;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;

/**
 * Counts what one HTTP request sends to the database, for tests only: a request with the header
 * {@value #REQUEST_HEADER} gets its counts back in {@value #RESPONSE_HEADER}, as
 * {@code statements=N;transactions=N;control=N}: statements are executed SQL (queries, updates,
 * batches), transactions the commits and rollbacks, control the auto-commit and read-only switches.
 * Everything else runs as without it: the data source is wrapped, the counting is off unless asked for.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
public class SqlStatementCounter {
    public static final String REQUEST_HEADER = "X-DW-Count-SQL";
    public static final String RESPONSE_HEADER = "X-DW-SQL";

    private static final ThreadLocal<int[]> COUNTS = new ThreadLocal<>();
    private static final Set<String> EXECUTE =
            Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch");
    private static final Set<String> TRANSACTION = Set.of("commit", "rollback");
    private static final Set<String> CONTROL = Set.of("setAutoCommit", "setReadOnly", "setTransactionIsolation");

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource target && !Proxy.isProxyClass(bean.getClass())) {
                    return wrap(target, DataSource.class, (proxy, method, args) -> {
                        Object result = invoke(target, method, args);
                        return result instanceof Connection c ? wrap(c, Connection.class, connection(c)) : result;
                    });
                }
                return bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<Filter> sqlCountingFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            if (((HttpServletRequest) request).getHeader(REQUEST_HEADER) == null) {
                chain.doFilter(request, response);
                return;
            }
            int[] counts = new int[3];
            COUNTS.set(counts);
            HttpServletResponse http = (HttpServletResponse) response;
            try {
                chain.doFilter(request, new HttpServletResponseWrapper(http) {
                    @Override
                    public ServletOutputStream getOutputStream() throws IOException {
                        header();
                        return super.getOutputStream();
                    }

                    @Override
                    public PrintWriter getWriter() throws IOException {
                        header();
                        return super.getWriter();
                    }

                    private void header() {
                        if (!http.isCommitted()) http.setHeader(RESPONSE_HEADER, format(counts));
                    }
                });
            } finally {
                COUNTS.remove();
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** The counts of the current thread so far (for calls outside a request: bind with {@link #count}). */
    public static String format(int[] counts) {
        return "statements=" + counts[0] + ";transactions=" + counts[1] + ";control=" + counts[2];
    }

    private static InvocationHandler connection(Connection target) {
        return (proxy, method, args) -> {
            count(method.getName(), true);
            Object result = invoke(target, method, args);
            if (result instanceof Statement statement && method.getReturnType().isInterface()) {
                @SuppressWarnings("unchecked")
                Class<Statement> type = (Class<Statement>) method.getReturnType();
                return wrap(statement, type, (p, m, a) -> {
                    count(m.getName(), false);
                    return invoke(statement, m, a);
                });
            }
            return result;
        };
    }

    private static void count(String method, boolean onConnection) {
        int[] counts = COUNTS.get();
        if (counts == null) return;
        if (!onConnection && EXECUTE.contains(method)) counts[0]++;
        if (onConnection && TRANSACTION.contains(method)) counts[1]++;
        if (onConnection && CONTROL.contains(method)) counts[2]++;
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrap(T target, Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
