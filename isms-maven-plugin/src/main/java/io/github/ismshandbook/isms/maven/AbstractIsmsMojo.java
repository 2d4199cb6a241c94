package io.github.ismshandbook.isms.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The parameters every goal reads, {@code init} and {@code publish} included. {@code isms.skip} is checked once,
 * here, before any goal does its work. Each goal declares the other parameters it reads, itself or through
 * {@link AbstractHandbookMojo} (goals that load and check the handbook) and {@link AbstractRenderingMojo} (goals
 * that also render it), so that {@code mvn isms:help -Ddetail} lists no parameter a goal ignores.
 */
public abstract class AbstractIsmsMojo extends AbstractMojo {

    /**
     * Folder of the Markdown documents and their assets.
     *
     * @since 0.1.0
     */
    @Parameter(property = "isms.sourceDirectory", defaultValue = "${project.basedir}/src/handbook")
    protected File sourceDirectory;

    /**
     * Skip the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "isms.skip", defaultValue = "false")
    protected boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping ISMS handbook (isms.skip)");
            return;
        }
        doExecute();
    }

    protected abstract void doExecute() throws MojoExecutionException, MojoFailureException;

    /**
     * The {@code today} parameter as a date, the current date when blank; a bad value is a
     * {@link MojoExecutionException}.
     */
    protected static LocalDate todayDate(String today) throws MojoExecutionException {
        if (today == null || today.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(today.trim());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("isms.today must be a real date written YYYY-MM-DD, not '" + today + "'", e);
        }
    }
}
