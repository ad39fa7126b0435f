package io.deviceward.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.deviceward.access.CurrentUser;
import io.deviceward.access.PracticeAccess;
import io.deviceward.access.Role;
import io.deviceward.access.SignedInUser;
import io.deviceward.practice.Practice;
import io.deviceward.shared.i18n.Translations;
import io.deviceward.shared.navigation.NavigationEntry;
import io.deviceward.shared.navigation.NavigationScope;
import io.deviceward.shared.security.Permission;
import io.deviceward.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.node.ObjectNode;

/**
 * The frame around every signed-in page: navigation for the practice in the URL, the practice
 * switcher and the user menu. Rebuilt after each navigation, as the practice may have changed.
 *
 * <p>The page itself sits in a {@code main} landmark. On a phone (styles/deviceward.css) the bar keeps the
 * drawer toggle, the switcher and the user menu's avatar; the brand and the user's name give way, so the
 * menu with sign-out never falls off the screen or into the menu bar's overflow.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {
    private final PracticeAccess access;
    private final AuthenticationContext authentication;
    private final SignedInUser user;
    private final String accountConsoleUrl;
    private final Translations translations;
    private final Select<Practice> switcher = new Select<>();
    private final SideNav nav = new SideNav();
    private final Button userButton = new Button();
    private final UserMenu userMenu = new UserMenu();
    private final Main main = new Main();
    private final ShellNavigation navigation;
    private UUID shownPractice;

    MainLayout(
            PracticeAccess access,
            CurrentUser currentUser,
            AuthenticationContext authentication,
            ShellNavigation navigation,
            Translations translations,
            @Value("${deviceward.oidc.issuer-uri}") String issuerUri) {
        this.translations = translations;
        this.access = access;
        this.navigation = navigation;
        this.authentication = authentication;
        this.user = currentUser.require();
        this.accountConsoleUrl = issuerUri + "/account";

        Span title = new Span("DeviceWard");
        title.addClassName("dw-brand");
        switcher.setId("practice-switcher");
        switcher.setAriaLabel(getTranslation("shell.switcher"));
        switcher.setPlaceholder(getTranslation("shell.switcher.placeholder"));
        switcher.addClassName("dw-practice-switcher");
        switcher.setItemLabelGenerator(Practice::getName);
        switcher.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                UI.getCurrent()
                        .navigate(
                                PracticeOverviewView.class,
                                new RouteParameters(
                                        "practiceId", event.getValue().getId().toString()));
            }
        });
        // The user menu: a button whose menu is built on the server just before it opens (UserMenu). As a menu bar
        // with its items built on every page, each open UI kept some 15 components (items, their texts, the
        // language choices, the account link) and their listeners for a menu that is seldom opened (issue #14).
        userButton.setId("user-menu-button");
        userButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        userButton.addClassName("dw-user-menu");
        userButton.getElement().setAttribute("aria-haspopup", "menu");
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        Span name = new Span(user.displayName());
        name.addClassName("dw-user-name");
        userButton.setIcon(avatar);
        userButton.getElement().appendChild(name.getElement());
        userMenu.setId("user-menu");
        userMenu.setTarget(userButton);
        userMenu.setOpenOnClick(true);

        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, switcher, userButton);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(switcher);
        bar.addClassName("dw-navbar");
        bar.getElement().setAttribute("role", "banner"); // the bar is a landmark, as the page is (main)
        addToNavbar(bar);
        nav.setId("side-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("shell.nav.label"));
        addToDrawer(nav);
        main.setId("main-content");
        main.addClassName("dw-main");
        setContent(main);
    }

    /** Every view goes inside the {@code main} landmark, so assistive technology finds the page's content. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        super.showRouterLayoutContent(main);
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.removeAll();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        UUID practiceId = event.getRouteParameters()
                .get("practiceId")
                .flatMap(RouteIds::parse)
                .orElse(null);
        List<Practice> practices = access.accessiblePractices();
        switcher.setItems(practices);
        switcher.setVisible(!practices.isEmpty());
        Optional<Practice> current =
                practices.stream().filter(p -> p.getId().equals(practiceId)).findFirst();
        current.ifPresentOrElse(switcher::setValue, switcher::clear);
        shownPractice = current.map(Practice::getId).orElse(null);
        buildNav(current.orElse(null), practices);
        buildUserMenu(shownPractice);
    }

    private void buildNav(Practice practice, List<Practice> practices) {
        nav.removeAll();
        Set<UUID> providers =
                practices.stream().map(Practice::getProviderId).collect(Collectors.toCollection(LinkedHashSet::new));
        for (UUID providerId : providers) {
            addItems(NavigationScope.PROVIDER, providerId, access.providerRoles(providerId));
        }
        if (practice != null) {
            addItems(NavigationScope.PRACTICE, practice.getId(), access.rolesIn(practice.getId()));
        }
    }

    /** The scope's items the user's roles there show; none without a role. */
    private void addItems(NavigationScope scope, UUID id, Set<Role> roles) {
        RouteParameters here = new RouteParameters(scope.routeParameter(), id.toString());
        for (NavigationEntry entry : navigation.entries(scope)) {
            if (roles.stream().anyMatch(role -> role.allows(entry.shownWith()))) {
                nav.addItem(new SideNavItem(
                        getTranslation(entry.labelKey()),
                        entry.view(),
                        here,
                        entry.icon().create()));
            }
        }
    }

    /** The menu is built anew when it next opens: the role it names is the shown practice's. */
    private void buildUserMenu(UUID practiceId) {
        userMenu.reset(practiceId);
    }

    /**
     * The user's menu: role here, account, language, sign-out. Its items are added on the server just before it
     * opens (the browser asks the server before it opens a context menu, one round trip), and again after a
     * navigation changed the practice.
     */
    private final class UserMenu extends ContextMenu {
        private boolean built;
        private UUID practiceId;

        void reset(UUID practiceId) {
            this.practiceId = practiceId;
            if (built) removeAll();
            built = false;
        }

        private void build() {
            if (built) return;
            built = true;
            MenuItem roles = addItem(rolesLabel(practiceId));
            roles.setId("user-role");
            roles.setEnabled(false);
            Anchor account = new Anchor(accountConsoleUrl, getTranslation("shell.account"), AnchorTarget.BLANK);
            account.setId("account-console");
            addItem(account);
            MenuItem language = addItem(getTranslation("language.choose"));
            language.setId("language-menu");
            for (Locale locale : translations.getProvidedLocales()) {
                MenuItem choice = language.getSubMenu()
                        .addItem(getTranslation("language." + locale.getLanguage()), click -> switchTo(locale));
                choice.setId("language-" + locale.getLanguage());
                choice.setCheckable(true);
                choice.setChecked(getLocale().getLanguage().equals(locale.getLanguage()));
            }
            MenuItem signOut = addItem(getTranslation("shell.sign-out"), click -> authentication.logout());
            signOut.setId("sign-out");
        }

        @Override
        protected boolean onBeforeOpenMenu(ObjectNode eventDetail) {
            build();
            return super.onBeforeOpenMenu(eventDetail);
        }
    }

    /** For the rest of the session, every page in the chosen language; the page reloads to show it. */
    private void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    private String rolesLabel(UUID practiceId) {
        if (practiceId == null) {
            return getTranslation("shell.role.none");
        }
        Set<Role> roles = access.rolesIn(practiceId);
        return getTranslation(
                "shell.role",
                roles.stream()
                        .map(role -> getTranslation("enum.Role." + role.name()))
                        .sorted()
                        .collect(Collectors.joining(", ")));
    }

    /** The practice the page shows, for views that want to tell whether the user may change things. */
    public boolean currentUserCan(Permission permission) {
        return shownPractice != null && access.can(shownPractice, permission);
    }
}
