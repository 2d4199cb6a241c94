package io.github.ismshandbook.isms.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The parameters every goal shares, {@code init} included. {@code isms.skip} is checked once, here, before
 * any goal does its work. Goals that load the handbook extend {@link AbstractHandbookMojo}.
 */
public abstract class AbstractIsmsMojo extends AbstractMojo {

    /** Folder of the Markdown documents and their assets. */
    @Parameter(property = "isms.sourceDirectory", defaultValue = "${project.basedir}/src/handbook")
    protected File sourceDirectory;

    /** Name of the organisation shown in the site, and written into the starter documents by {@code init}. */
    @Parameter(defaultValue = "${project.organization.name}")
    protected String organization;

    /**
     * The date reviews are checked against, as {@code YYYY-MM-DD}; {@code init} also dates the starter documents
     * with it. Default: the current date.
     */
    @Parameter(property = "isms.today")
    protected String today;

    /** Skip the goal. */
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

    /** {@link #today} as a date, the current date when blank; a bad value is a {@link MojoExecutionException}. */
    protected LocalDate todayDate() throws MojoExecutionException {
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
