package io.github.ismshandbook.isms.report;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the report files of every validating goal (docs/reference.md, "Findings") into {@link
 * BuildConfig#reportDirectory()}: {@code findings.json}, {@code findings.sarif} (SARIF 2.1.0) and {@code
 * findings-junit.xml}. The same validation, configuration and tool version always give byte-identical files.
 */
public final class FindingsReport {

    /** The tool name written into the reports. */
    public static final String TOOL = "isms-handbook";
    public static final String JSON = "findings.json";
    public static final String SARIF = "findings.sarif";
    public static final String JUNIT = "findings-junit.xml";

    private final BuildConfig config;
    private final Path projectDirectory;

    /** Reports of a handbook whose project folder is not known: SARIF paths fall back on the source folder. */
    public FindingsReport(BuildConfig config) {
        this(config, null);
    }

    /**
     * @param projectDirectory the project's folder (Maven's {@code ${project.basedir}}): SARIF paths are relative
     *                         to it when the sources are in no Git working tree; may be {@code null}
     */
    public FindingsReport(BuildConfig config, Path projectDirectory) {
        this.config = config;
        this.projectDirectory = projectDirectory;
    }

    /** Creates the report directory if needed and writes the three files, replacing earlier ones. */
    public void write(Validation validation) throws IOException {
        Files.createDirectories(config.reportDirectory());
        Files.write(jsonFile(), FindingsJson.of(validation, config));
        Files.write(sarifFile(), FindingsSarif.of(validation, config, projectDirectory));
        Files.write(junitFile(), FindingsJunit.of(validation));
    }

    public Path jsonFile() {
        return config.reportDirectory().resolve(JSON);
    }

    public Path sarifFile() {
        return config.reportDirectory().resolve(SARIF);
    }

    public Path junitFile() {
        return config.reportDirectory().resolve(JUNIT);
    }

    /** The three report files, in the order above. */
    public List<Path> files() {
        return List.of(jsonFile(), sarifFile(), junitFile());
    }
}
