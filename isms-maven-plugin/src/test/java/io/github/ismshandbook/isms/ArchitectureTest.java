package io.github.ismshandbook.isms;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The engine is usable without Maven: only the mojo package may see Maven's API. Its packages are layers, each
 * using only the layers below it: model ← load ← check ← render, publish, report ← pipeline ← maven, serve.
 */
class ArchitectureTest {

    private static final String ENGINE = "io.github.ismshandbook.isms";

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

    /**
     * Each stage reads what the stages before it made, never what comes after it: loading knows nothing of the
     * checks, rendering, publishing and reporting know nothing of one another or of the pipeline that runs them,
     * and only the mojos and the preview run the pipeline. A type that two layers share lives in the lower one.
     */
    @Test
    void layersUseOnlyTheLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage(ENGINE + "..")
                // the file-writing primitives every layer that writes uses
                .layer("files").definedBy(ENGINE + ".files..")
                .layer("model").definedBy(ENGINE + ".model..")
                // reading the sources: their files and their Git history
                .layer("load").definedBy(ENGINE + ".load..", ENGINE + ".git..")
                .layer("check").definedBy(ENGINE + ".check..")
                .layer("render").definedBy(ENGINE + ".render..")
                .layer("publish").definedBy(ENGINE + ".publish..")
                .layer("report").definedBy(ENGINE + ".report..")
                .layer("scaffold").definedBy(ENGINE + ".scaffold..")
                .layer("pipeline").definedBy(ENGINE)
                .layer("maven").definedBy(ENGINE + ".maven..")
                .layer("serve").definedBy(ENGINE + ".serve..")
                .whereLayer("serve").mayOnlyBeAccessedByLayers("maven")
                .whereLayer("maven").mayNotBeAccessedByAnyLayer()
                .whereLayer("pipeline").mayOnlyBeAccessedByLayers("maven", "serve")
                .whereLayer("scaffold").mayOnlyBeAccessedByLayers("maven")
                .whereLayer("render").mayOnlyBeAccessedByLayers("pipeline", "maven", "serve")
                .whereLayer("publish").mayOnlyBeAccessedByLayers("pipeline", "maven", "serve")
                .whereLayer("report").mayOnlyBeAccessedByLayers("pipeline", "maven", "serve")
                .whereLayer("check").mayOnlyBeAccessedByLayers("render", "publish", "report", "pipeline", "maven",
                        "serve")
                .whereLayer("load").mayOnlyBeAccessedByLayers("check", "render", "publish", "report", "pipeline",
                        "maven", "serve")
                .whereLayer("model").mayOnlyBeAccessedByLayers("load", "check", "render", "publish", "report",
                        "scaffold", "pipeline", "maven", "serve")
                .check(engine);
    }

    /**
     * A body is parsed once, when its document is loaded: the outline the checks read and the HTML the site finishes
     * ({@code PreparedBody}) come from that one tree. No later stage parses or renders Markdown, or holds a tree.
     */
    @Test
    void onlyLoadingParsesMarkdown() {
        noClasses().that().resideOutsideOfPackage("io.github.ismshandbook.isms.load..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vladsch.flexmark.parser..",
                        "com.vladsch.flexmark.html..", "com.vladsch.flexmark.util.ast..", "com.vladsch.flexmark.ast..",
                        "com.vladsch.flexmark.ext..")
                .check(engine);
    }

    @Test
    void mojosLiveInTheMavenPackage() {
        classes().that().areAssignableTo(org.apache.maven.plugin.Mojo.class)
                .should().resideInAPackage("io.github.ismshandbook.isms.maven..")
                .check(engine);
    }

    /**
     * One way to write output ({@code AtomicFiles}): temporary files and folders are private to the user and keep
     * those modes when moved into place, and a copy keeps its source's modes, so a web server could not read the
     * published site. Only the files package creates, moves and copies files in those ways.
     */
    @Test
    void onlyTheFilesPackageMovesCopiesOrMakesTemporaryFiles() {
        DescribedPredicate<JavaMethodCall> privateOrMoving = DescribedPredicate.describe(
                "Files.createTempFile, createTempDirectory, move or copy",
                call -> call.getTargetOwner().isEquivalentTo(Files.class)
                        && Set.of("createTempFile", "createTempDirectory", "move", "copy").contains(call.getName()));
        noClasses().that().resideOutsideOfPackage("io.github.ismshandbook.isms.files..")
                .should().callMethodWhere(privateOrMoving)
                .check(engine);
    }
}
