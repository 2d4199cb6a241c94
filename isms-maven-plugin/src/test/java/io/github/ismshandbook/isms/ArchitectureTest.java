package io.github.ismshandbook.isms;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The engine is usable without Maven: only the mojo package may see Maven's API. */
class ArchitectureTest {

    private static JavaClasses engine;

    @BeforeAll
    static void importClasses() {
        engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.ismshandbook.isms");
    }

    @Test
    void engineHasNoMavenDependency() {
        noClasses().that().resideOutsideOfPackage("io.github.ismshandbook.isms.maven..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.maven..")
                .check(engine);
    }

    @Test
    void modelDependsOnNothingElseOfTheEngine() {
        noClasses().that().resideInAPackage("io.github.ismshandbook.isms.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.github.ismshandbook.isms.load..", "io.github.ismshandbook.isms.check..",
                        "io.github.ismshandbook.isms.render..", "io.github.ismshandbook.isms.report..",
                        "io.github.ismshandbook.isms.publish..", "io.github.ismshandbook.isms.maven..")
                .check(engine);
    }

    @Test
    void mojosLiveInTheMavenPackage() {
        classes().that().areAssignableTo(org.apache.maven.plugin.Mojo.class)
                .should().resideInAPackage("io.github.ismshandbook.isms.maven..")
                .check(engine);
    }
}
