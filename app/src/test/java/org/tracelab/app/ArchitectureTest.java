package org.tracelab.app;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.io.PrintStream;
import java.io.PrintWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracelab.storage.TraceStore;

/**
 * The written rules of the code base, checked on the main code of every module (core, storage, app). Each rule has
 * a companion that applies it where it must fail — to code that breaks it, on purpose or by design — so that no rule
 * passes only because it checks nothing.
 */
class ArchitectureTest {

    private static final String[] UI_TOOLKITS = {"javafx..", "org.controlsfx..", "org.fxmisc.."};

    private static JavaClasses tracelab;
    private static JavaClasses offenders;

    @BeforeAll
    static void importClasses() {
        tracelab = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.tracelab");
        offenders = new ClassFileImporter().importPackages("org.tracelab.app.architecture");
    }

    // Dependencies point one way: app → storage → core; only app knows JavaFX.

    @Test
    void coreAndStorageDoNotUseTheUiToolkits() {
        noUiToolkitIn("org.tracelab.core..", "org.tracelab.storage..").check(tracelab);
    }

    @Test
    void theUiToolkitRuleDetectsJavaFxUse() {
        assertThatThrownBy(() -> noUiToolkitIn("org.tracelab.app..").check(tracelab))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("javafx");
    }

    @Test
    void coreDependsOnNothingOfOurs() {
        noClasses()
                .that()
                .resideInAPackage("org.tracelab.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.tracelab.storage..", "org.tracelab.app..")
                .check(tracelab);
    }

    @Test
    void storageDoesNotDependOnTheApp() {
        noClasses()
                .that()
                .resideInAPackage("org.tracelab.storage..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.tracelab.app..")
                .check(tracelab);
    }

    // No cycles between packages.

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        noCycles().check(tracelab);
    }

    @Test
    void theCycleRuleDetectsACycle() {
        assertThatThrownBy(() -> noCycles().check(offenders))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("cycle");
    }

    // The application layer: FX-free services, used by the CLI and by the desktop's view models.

    @Test
    void theCommandLineAndTheServicesNeverUseJavaFx() {
        noUiToolkitIn("org.tracelab.app.cli..", "org.tracelab.app.service..").check(tracelab);
    }

    @Test
    void theDesktopUsesJavaFxSoTheSameRuleFailsThere() {
        assertThatThrownBy(() -> noUiToolkitIn("org.tracelab.app.ui..").check(tracelab))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("javafx");
    }

    @Test
    void viewModelsHoldNoNodesAndNoWindows() {
        noScenesOrStagesIn(viewModels()).check(tracelab);
    }

    @Test
    void theViewModelRuleFailsOnViews() {
        DescribedPredicate<JavaClass> views = resideInAPackage("org.tracelab.app.ui..")
                .and(or(simpleNameEndingWith("View"), simpleNameEndingWith("Dialog")));
        assertThatThrownBy(() -> noScenesOrStagesIn(views).check(tracelab))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("javafx.scene");
    }

    @Test
    void onlyTheApplicationServicesOpenTheTraceStore() {
        noClasses()
                .that()
                .resideInAPackage("org.tracelab.app..")
                .and()
                .resideOutsideOfPackage("org.tracelab.app.service..")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(TraceStore.class)
                .check(tracelab);
    }

    @Test
    void theTraceStoreRuleSeesTheServiceThatOpensIt() {
        assertThatThrownBy(() -> noClasses()
                        .that()
                        .resideInAPackage("org.tracelab.app..")
                        .should()
                        .dependOnClassesThat()
                        .belongToAnyOf(TraceStore.class)
                        .check(tracelab))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("OpenStore");
    }

    // Habits: stdout only in the command line, locale-safe text.

    @Test
    void onlyTheCommandLinePrintsToStandardStreams() {
        noStandardStreamsOutside("org.tracelab.app.cli..").check(tracelab);
    }

    @Test
    void theStandardStreamRuleCatchesAPrint() {
        assertThatThrownBy(
                        () -> noStandardStreamsOutside("org.tracelab.app.cli..").check(offenders))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("printsToStandardOutput");
    }

    @Test
    void textIsCasedAndFormattedWithAnExplicitLocale() {
        localeSafe().check(tracelab);
    }

    @Test
    void theLocaleRuleCatchesDefaultLocaleCasingAndFormatting() {
        assertThatThrownBy(() -> localeSafe().check(offenders))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("lowersWithTheDefaultLocale")
                .hasMessageContaining("formatsWithTheDefaultLocale")
                .hasMessageContaining("printsWithTheDefaultLocale");
    }

    private static ArchRule noUiToolkitIn(String... packages) {
        return noClasses()
                .that()
                .resideInAnyPackage(packages)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(UI_TOOLKITS);
    }

    private static SliceRule noCycles() {
        return slices().matching("org.tracelab.(**)").should().beFreeOfCycles();
    }

    /**
     * View models, by the naming the code follows: {@code *ViewModel}, {@code *Model} (the explorer's parts),
     * {@code *Section} (a form's parts), and the state holders the views bind to.
     */
    private static DescribedPredicate<JavaClass> viewModels() {
        return resideInAPackage("org.tracelab.app.ui..")
                .and(or(
                        simpleNameEndingWith("ViewModel"),
                        simpleNameEndingWith("Model"),
                        simpleNameEndingWith("Section"),
                        simpleName("BenchmarkRuns"),
                        simpleName("StoreSession"),
                        simpleName("SampleStoreOpener"),
                        simpleName("JobState")));
    }

    private static ArchRule noScenesOrStagesIn(DescribedPredicate<JavaClass> classes) {
        return noClasses()
                .that(classes)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..");
    }

    private static ArchRule noStandardStreamsOutside(String commandLine) {
        return noClasses()
                .that()
                .resideOutsideOfPackage(commandLine)
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .because("stdout carries only the command line's output; everything else logs (SLF4J)");
    }

    /** {@code Locale.ROOT} (or another explicit locale) for casing and formatting: a Turkish "I" must not leak in. */
    private static ArchRule localeSafe() {
        return noClasses()
                .should()
                .callMethod(String.class, "toLowerCase")
                .orShould()
                .callMethod(String.class, "toUpperCase")
                .orShould()
                .callMethod(String.class, "format", String.class, Object[].class)
                .orShould()
                .callMethod(String.class, "formatted", Object[].class)
                .orShould()
                .callMethod(PrintWriter.class, "printf", String.class, Object[].class)
                .orShould()
                .callMethod(PrintWriter.class, "format", String.class, Object[].class)
                .orShould()
                .callMethod(PrintStream.class, "printf", String.class, Object[].class)
                .orShould()
                .callMethod(PrintStream.class, "format", String.class, Object[].class)
                .because("text a program reads must not change with the user's locale");
    }
}
