package app.stepwise;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package layers of docs/architecture.md, checked over the compiled main classes. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.stepwise");
    }

    @Test
    void javaFxIsUsedOnlyInTheUiPackage() {
        noClasses().that().resideOutsideOfPackage("app.stepwise.ui..").should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void theUiReachesLogicOnlyThroughTheTutor() {
        noClasses().that().resideInAPackage("app.stepwise.ui..").should().dependOnClassesThat()
                .resideInAnyPackage("app.stepwise.math..",
                        "app.stepwise.grade..", "app.stepwise.solve..", "app.stepwise.model..", "app.stepwise.store..")
                .check(classes);
    }

    @Test
    void mathDependsOnNoOtherPackageOfOurs() {
        leafPackage("math");
    }

    @Test
    void lessonDependsOnNoOtherPackageOfOurs() {
        leafPackage("lesson");
    }

    @Test
    void storeDependsOnNoOtherPackageOfOurs() {
        leafPackage("store");
    }

    @Test
    void logicPackagesNeverReachTheUiOrTheCommandLine() {
        noClasses().that()
                .resideInAnyPackage("app.stepwise.math..", "app.stepwise.lesson..", "app.stepwise.grade..",
                        "app.stepwise.solve..",
                        "app.stepwise.model..", "app.stepwise.tutor..", "app.stepwise.store..", "app.stepwise.app..",
                        "app.stepwise.teacher..", "app.stepwise.author..", "app.stepwise.classroom..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("app.stepwise.ui..", "app.stepwise.cli..").check(classes);
    }

    @Test
    void theGradingModuleDoesNotDependOnSolversModelOrTutor() {
        noClasses().that().resideInAPackage("app.stepwise.grade..").should().dependOnClassesThat()
                .resideInAnyPackage("app.stepwise.solve..", "app.stepwise.model..", "app.stepwise.tutor..").check(classes);
    }

    @Test
    void theModelRuntimeKnowsOnlyTheMathEngine() {
        noClasses().that().resideInAPackage("app.stepwise.model..").should().dependOnClassesThat()
                .resideInAnyPackage("app.stepwise.grade..", "app.stepwise.solve..", "app.stepwise.tutor..",
                        "app.stepwise.lesson..",
                        "app.stepwise.store..")
                .check(classes);
    }

    @Test
    void theClassroomKnowsOnlyTheStoreAndThePackFormat() {
        noClasses().that().resideInAPackage("app.stepwise.classroom..").should().dependOnClassesThat()
                .resideInAnyPackage("app.stepwise.math..", "app.stepwise.grade..", "app.stepwise.solve..", "app.stepwise.model..",
                        "app.stepwise.tutor..", "app.stepwise.app..")
                .check(classes);
    }

    @Test
    void theCommandLineReachesTheUiOnlyThroughItsApplicationEntryPoint() {
        noClasses().that().resideInAPackage("app.stepwise.cli..").should()
                .dependOnClassesThat(resideInAPackage("app.stepwise.ui..").and(not(name("app.stepwise.ui.StepwiseApp"))))
                .check(classes);
    }

    @Test
    void teacherModeKnowsOnlyThePackFormatAndWhereFilesLive() {
        noClasses().that().resideInAPackage("app.stepwise.teacher..").should().dependOnClassesThat()
                .resideInAnyPackage("app.stepwise.math..", "app.stepwise.grade..", "app.stepwise.solve..",
                        "app.stepwise.model..", "app.stepwise.tutor..", "app.stepwise.store..", "app.stepwise.author..")
                .check(classes);
    }

    @Test
    void studentMessagesDependOnNoOtherPackageOfOurs() {
        String own = "app.stepwise.text..";
        noClasses().that().resideInAPackage(own).should()
                .dependOnClassesThat(resideInAPackage("app.stepwise..").and(resideOutsideOfPackage(own))).check(classes);
    }

    /** A leaf uses nothing of ours but the student messages ({@code text.Message}), which every layer may hand upwards. */
    private static void leafPackage(String name) {
        String own = "app.stepwise." + name + "..";
        noClasses().that().resideInAPackage(own).should()
                .dependOnClassesThat(resideInAPackage("app.stepwise..").and(resideOutsideOfPackage(own))
                        .and(resideOutsideOfPackage("app.stepwise.text..")))
                .check(classes);
    }
}
