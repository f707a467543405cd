package org.tracelab.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: app → storage → core, and only app knows about JavaFX. */
class ArchitectureTest {

    private static JavaClasses tracelab;

    @BeforeAll
    static void importClasses() {
        tracelab = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tracelab");
    }

    @Test
    void coreAndStorageDoNotUseTheUiToolkits() {
        noUiToolkitIn("org.tracelab.core..", "org.tracelab.storage..").check(tracelab);
    }

    @Test
    void theUiToolkitRuleDetectsJavaFxUse() {
        // The app module uses JavaFX, so the same rule applied to it must fail: the rule is not vacuous.
        assertThatThrownBy(() -> noUiToolkitIn("org.tracelab.app..").check(tracelab))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("javafx");
    }

    private static ArchRule noUiToolkitIn(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..");
    }

    @Test
    void coreDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.tracelab.core..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.tracelab.storage..", "org.tracelab.app..")
                .check(tracelab);
    }

    @Test
    void storageDoesNotDependOnTheApp() {
        noClasses().that().resideInAPackage("org.tracelab.storage..")
                .should().dependOnClassesThat().resideInAPackage("org.tracelab.app..")
                .check(tracelab);
    }
}
