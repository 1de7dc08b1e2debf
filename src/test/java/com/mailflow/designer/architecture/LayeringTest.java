package com.mailflow.designer.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of design.md: model <- edit, routing <- analysis <- export <- cli, ui. */
class LayeringTest {
    private static final String BASE = "com.mailflow.designer";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    private static String pkg(String name) {
        return BASE + "." + name + "..";
    }

    @Test
    void modelDependsOnTheJdkOnly() {
        noClasses().that().resideInAPackage(pkg("model")).should().dependOnClassesThat()
                .resideOutsideOfPackages(pkg("model"), "java..").check(classes);
    }

    @Test
    void onlyRoutingUsesJGraphT() {
        noClasses().that().resideOutsideOfPackage(pkg("routing")).should().dependOnClassesThat()
                .resideInAPackage("org.jgrapht..").check(classes);
    }

    @Test
    void onlyPersistenceUsesJackson() {
        noClasses().that().resideOutsideOfPackage(pkg("persistence")).should().dependOnClassesThat()
                .resideInAPackage("com.fasterxml.jackson..").check(classes);
    }

    @Test
    void persistenceSeesTheModelOnly() {
        noClasses().that().resideInAPackage(pkg("persistence")).should().dependOnClassesThat()
                .resideInAnyPackage(pkg("edit"), pkg("routing"), pkg("analysis"), pkg("export"), pkg("ui"), pkg("cli"))
                .check(classes);
    }

    @Test
    void editAndRoutingSeeTheModelOnly() {
        noClasses().that().resideInAnyPackage(pkg("edit"), pkg("routing")).should().dependOnClassesThat()
                .resideInAnyPackage(pkg("analysis"), pkg("persistence"), pkg("export"), pkg("ui"), pkg("cli"))
                .check(classes);
    }

    @Test
    void analysisDoesNotSeeOutputsOrFaces() {
        noClasses().that().resideInAPackage(pkg("analysis")).should().dependOnClassesThat()
                .resideInAnyPackage(pkg("persistence"), pkg("export"), pkg("ui"), pkg("cli"), pkg("edit"))
                .check(classes);
    }

    /** design.md: the plan sits above the analysis and below the exports, and returns data. */
    @Test
    void thePlanSeesTheAnalysisAndTheModelOnly() {
        noClasses().that().resideInAPackage(pkg("plan")).should().dependOnClassesThat()
                .resideInAnyPackage(pkg("persistence"), pkg("export"), pkg("ui"), pkg("cli"), pkg("edit"))
                .check(classes);
        noClasses().that().resideInAnyPackage(pkg("analysis"), pkg("routing"), pkg("model")).should()
                .dependOnClassesThat().resideInAPackage(pkg("plan")).check(classes);
    }

    /** design.md: simulation and what-if sit beside the plan, reading the analysis's decisions. */
    @Test
    void theSimulationSeesTheAnalysisAndTheModelOnly() {
        noClasses().that().resideInAPackage(pkg("simulation")).should().dependOnClassesThat()
                .resideInAnyPackage(pkg("persistence"), pkg("export"), pkg("ui"), pkg("cli"), pkg("edit"), pkg("plan"))
                .check(classes);
        noClasses().that().resideInAnyPackage(pkg("analysis"), pkg("routing"), pkg("model"), pkg("plan")).should()
                .dependOnClassesThat().resideInAPackage(pkg("simulation")).check(classes);
    }

    @Test
    void exportDoesNotSeeTheFaces() {
        noClasses().that().resideInAPackage(pkg("export")).should().dependOnClassesThat()
                .resideInAnyPackage(pkg("ui"), pkg("cli")).check(classes);
    }

    @Test
    void nothingButMainSeesTheUserInterface() {
        noClasses().that().resideOutsideOfPackage(pkg("ui")).and().doNotHaveFullyQualifiedName(BASE + ".Main")
                .should().dependOnClassesThat().resideInAPackage(pkg("ui")).check(classes);
    }

    /** design.md: `ui` folders by role (app, view models, services, dialogs, controls, features), no cycle between them. */
    @Test
    void theUserInterfaceFoldersAreFreeOfCycles() {
        slices().matching(BASE + ".ui.(*)..").should().beFreeOfCycles().check(classes);
        // a class in the root `ui` would sit in no slice, so the rule above could not see its cycles
        noClasses().should().resideInAPackage(BASE + ".ui").check(classes);
    }

    /** Services sit at the bottom of `ui`: view models and views use them, never the other way. */
    @Test
    void servicesSeeNoOtherUserInterfaceFolder() {
        noClasses().that().resideInAPackage(pkg("ui.service")).should().dependOnClassesThat(
                resideInAPackage(pkg("ui")).and(resideOutsideOfPackage(pkg("ui.service")))).check(classes);
    }

    /** Only views touch views: view models know services and the logic, not the screen's classes. */
    @Test
    void viewModelsSeeNoViews() {
        noClasses().that().resideInAPackage(pkg("ui.viewmodel")).should().dependOnClassesThat()
                .resideInAnyPackage(pkg("ui.app"), pkg("ui.dialog"), pkg("ui.control"), pkg("ui.canvas"),
                        pkg("ui.properties"), pkg("ui.results"))
                .check(classes);
    }

    @Test
    void javaFxStaysInTheUserInterface() {
        noClasses().that().resideOutsideOfPackage(pkg("ui")).should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp..").check(classes);
    }

    @Test
    void onlyTheCommandLinePrintsToStandardOutput() {
        noClasses().that().resideOutsideOfPackage(pkg("cli")).should().accessField(System.class, "out")
                .check(classes);
    }
}
