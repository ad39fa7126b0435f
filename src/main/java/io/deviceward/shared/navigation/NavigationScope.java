package io.deviceward.shared.navigation;

/** Where a page belongs: inside one practice (route parameter {@code practiceId}) or a provider ({@code providerId}). */
public enum NavigationScope {
    PRACTICE("practiceId"),
    PROVIDER("providerId");

    private final String routeParameter;

    NavigationScope(String routeParameter) {
        this.routeParameter = routeParameter;
    }

    /** The route parameter the page's route carries the practice or provider id in. */
    public String routeParameter() {
        return routeParameter;
    }
}
