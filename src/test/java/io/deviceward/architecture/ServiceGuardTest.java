package io.deviceward.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.deviceward.shared.security.DenyUnlessGuarded;
import io.deviceward.shared.security.OpenAccess;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Services are closed by default: every {@code @Service} denies unless a method states its guard, every method
 * another bean can call (public, protected or package-private: the proxy intercepts them all) states one (a {@code @Can…} annotation, or {@code @OpenAccess} with its reason), and a guard that names
 * {@code #practiceId} or {@code #providerId} has that parameter, so the check and the tenant binding see the id
 * the caller passed. Services, repositories and REST controllers never depend on views.
 */
class ServiceGuardTest {
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.deviceward");

    @Test
    void everyServiceDeniesByDefault() {
        classes()
                .that()
                .areAnnotatedWith(Service.class)
                .should(
                        new ArchCondition<>(
                                "deny unless guarded (@DenyUnlessGuarded, directly or via @PracticeScoped)") {
                            @Override
                            public void check(JavaClass type, ConditionEvents events) {
                                boolean closed = MergedAnnotations.from(
                                                type.reflect(), MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                                        .isPresent(DenyUnlessGuarded.class);
                                if (!closed) {
                                    events.add(SimpleConditionEvent.violated(
                                            type, type.getName() + " is a @Service without @DenyUnlessGuarded"));
                                }
                            }
                        })
                .check(MAIN);
    }

    @Test
    void everyServiceMethodOthersCanCallStatesItsGuard() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .doNotHaveModifier(JavaModifier.PRIVATE)
                .and()
                .doNotHaveModifier(JavaModifier.STATIC)
                .and()
                .doNotHaveModifier(JavaModifier.SYNTHETIC)
                .and()
                .doNotHaveModifier(JavaModifier.BRIDGE)
                .should(stateAGuardWithTheParametersItNames())
                .check(MAIN);
    }

    @Test
    void servicesRepositoriesAndApisNeverDependOnViews() {
        noClasses()
                .that()
                .areAnnotatedWith(Service.class)
                .or()
                .areAssignableTo(Repository.class)
                .or()
                .resideInAPackage("io.deviceward.*.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.deviceward.*.ui..", "io.deviceward.shell..")
                .check(MAIN);
    }

    private static ArchCondition<JavaMethod> stateAGuardWithTheParametersItNames() {
        return new ArchCondition<>("state a guard (@Can…, @OpenAccess) whose named ids are parameters") {
            @Override
            public void check(JavaMethod javaMethod, ConditionEvents events) {
                Method method = javaMethod.reflect();
                var guard = MergedAnnotations.from(method, MergedAnnotations.SearchStrategy.DIRECT)
                        .get(PreAuthorize.class);
                String where = javaMethod.getFullName();
                if (!guard.isPresent()) {
                    events.add(SimpleConditionEvent.violated(
                            javaMethod,
                            where + " states no guard: add @CanViewPractice, @CanEditPractice, @CanManageAccess,"
                                    + " @CanRecordMaintenance, @CanViewProvider, @CanAdministerProvider, or"
                                    + " @OpenAccess(\"why\")"));
                    return;
                }
                OpenAccess open = method.getAnnotation(OpenAccess.class);
                if (open != null && open.value().isBlank()) {
                    events.add(SimpleConditionEvent.violated(javaMethod, where + ": @OpenAccess needs its reason"));
                }
                String expression = guard.getString("value");
                for (String id : new String[] {"practiceId", "providerId"}) {
                    if (expression.contains("#" + id) && !hasUuidParameter(method, id)) {
                        events.add(SimpleConditionEvent.violated(
                                javaMethod, where + ": its guard checks #" + id + " but it has no UUID " + id));
                    }
                }
            }
        };
    }

    private static boolean hasUuidParameter(Method method, String name) {
        Parameter[] parameters = method.getParameters();
        if (parameters.length > 0 && !parameters[0].isNamePresent()) {
            throw new IllegalStateException("compile with -parameters: the guard test reads parameter names");
        }
        return Arrays.stream(parameters).anyMatch(p -> p.getName().equals(name) && p.getType() == UUID.class);
    }
}
