package org.palpate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The layering docs/architecture.md describes, checked on the compiled classes (ArchUnit core inside plain JUnit tests). */
class ArchitectureTest {

    private static final JavaClasses PALPATE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.palpate");

    @Test
    void theSchedulingCoreIsPlainJava() {
        classes().that().resideInAPackage("org.palpate.scheduling..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.palpate.scheduling..", "java.lang..", "java.util..",
                        "java.time..")
                .because("the FSRS core has no Spring, no I/O and no Jackson: clock and randomness are passed in")
                .check(PALPATE);
    }

    @Test
    void onlyTheShellKnowsTheShell() {
        noClasses().that().resideInAnyPackage("org.palpate.curriculum..", "org.palpate.scheduling..", "org.palpate.quiz..",
                "org.palpate.learner..", "org.palpate.progress..", "org.palpate.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("org.palpate.shell..", "org.springframework.shell..")
                .because("shell commands are thin adapters over the services, never the other way round")
                .check(PALPATE);
    }

    @Test
    void theCurriculumModelDoesNotDependOnLearnersOrQuizzes() {
        noClasses().that().resideInAPackage("org.palpate.curriculum..")
                .should().dependOnClassesThat().resideInAnyPackage("org.palpate.quiz..", "org.palpate.learner..", "org.palpate.progress..")
                .check(PALPATE);
    }

    @Test
    void reportsDoNotWrite() {
        noClasses().that().resideInAPackage("org.palpate.progress..")
                .should().dependOnClassesThat().resideInAPackage("org.palpate.demo..")
                .because("reports read the review log; only the demo seeder writes simulated data")
                .check(PALPATE);
    }

    @Test
    void noPackageCycles() {
        // every package its own slice, so curriculum and curriculum.gift may not lean on each other either
        slices().matching("org.palpate.(**)").should().beFreeOfCycles()
                .because("a cycle makes two packages one: neither can be understood, tested or changed alone")
                .check(PALPATE);
    }

    @Test
    void noFeatureCycles() {
        // features with their sub-packages as one slice: quiz -> learner -> quiz would not show as a package cycle
        slices().matching("org.palpate.(*)..").should().beFreeOfCycles()
                .because("features depend on each other one way only, as docs/architecture.md draws them")
                .check(PALPATE);
    }
}
