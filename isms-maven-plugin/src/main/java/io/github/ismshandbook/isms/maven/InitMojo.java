package io.github.ismshandbook.isms.maven;

import io.github.ismshandbook.isms.scaffold.InitResult;
import io.github.ismshandbook.isms.scaffold.StarterHandbook;
import io.github.ismshandbook.isms.scaffold.StarterValues;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Scaffolds {@code sourceDirectory} with a starter handbook: eleven documents mapped to ISO/IEC 27001:2022 that
 * pass {@code isms:check} as they are. Existing files are never overwritten. Runs once per build, on the
 * project it is started in.
 */
@Mojo(name = "init", aggregator = true, threadSafe = true)
public class InitMojo extends AbstractIsmsMojo {

    /**
     * Name of the organisation, written into the starter documents.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.organization.name}")
    protected String organization;

    /**
     * The date the starter documents are dated with, as {@code YYYY-MM-DD}. Default: the current date.
     *
     * @since 0.1.0
     */
    @Parameter(property = "isms.today")
    protected String today;

    /**
     * The project's folder, to print paths relative to it.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    protected File basedir;

    @Override
    protected void doExecute() throws MojoExecutionException {
        LocalDate date = todayDate(today);
        StarterValues values = new StarterValues(organization, date);
        Path source = sourceDirectory.toPath();
        InitResult result;
        try {
            result = new StarterHandbook().copyTo(source, values);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the starter handbook into " + source + ": "
                    + e.getMessage(), e);
        }
        Log log = getLog();
        String shown = shown(source);
        result.created().forEach(f -> log.info("Created " + shown + "/" + f));
        result.skipped().forEach(f -> log.info("Skipped " + shown + "/" + f + " (already exists, left unchanged)"));
        log.info(result.created().size() + " starter documents created, " + result.skipped().size() + " skipped.");
        if (result.created().isEmpty()) {
            return;
        }
        log.info("");
        log.info("Next steps:");
        log.info("  1. Edit the documents: set each 'owner' to the accountable role or person, adapt the text");
        log.info("     (look for the \"Starter text\" notes and the [...] fill-ins), then record the approval.");
        if (organization == null || organization.isBlank()) {
            log.info("     No <organization><name> in the pom: the documents say "
                    + StarterValues.ORGANIZATION_FILL_IN + " instead.");
        }
        log.info("  2. Preview while you edit:   mvn isms:serve   (http://127.0.0.1:8000/, reloads on save)");
        log.info("  3. Check as CI will:         mvn isms:check   (or mvn verify with the check goal bound)");
        log.info("  Reviews fall due on " + values.reviewDate() + "; " + shown
                + "/soa.md shows how to exclude a control with a justification.");
    }

    private String shown(Path source) {
        Path base = basedir == null ? null : basedir.toPath().toAbsolutePath().normalize();
        Path abs = source.toAbsolutePath().normalize();
        String s = base != null && abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs).toString() : abs.toString();
        return s.replace(File.separatorChar, '/');
    }
}
