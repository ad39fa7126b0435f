package io.deviceward.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Spring's {@link DefaultBearerTokenResolver}, with the common case checked without a regular expression: an
 * {@code Authorization: Bearer <b64token>} header (RFC 6750, 2.1), the only place this API takes a token from.
 * Spring matches the whole header, a token of a kilobyte and more, against a pattern on every call, which was 8 %
 * of an API list call's CPU in the profile. Anything else (no header, another scheme, a malformed token) goes to
 * Spring's resolver as before, so its answers and errors stay Spring's.
 */
final class HeaderBearerTokens implements BearerTokenResolver {
    private static final String PREFIX = "Bearer ";
    private final BearerTokenResolver standard = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) && isToken(header)) {
            return header.substring(PREFIX.length());
        }
        return standard.resolve(request);
    }

    /** b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=", after the prefix. */
    static boolean isToken(String header) {
        int i = PREFIX.length();
        int end = header.length();
        while (i < end && isTokenChar(header.charAt(i))) i++;
        if (i == PREFIX.length()) return false;
        while (i < end && header.charAt(i) == '=') i++;
        return i == end;
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~'
                || c == '+'
                || c == '/';
    }
}
