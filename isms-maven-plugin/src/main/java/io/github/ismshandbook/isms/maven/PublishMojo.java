package io.github.ismshandbook.isms.maven;

import io.github.ismshandbook.isms.git.GitHead;
import io.github.ismshandbook.isms.publish.EditionManifest;
import io.github.ismshandbook.isms.publish.PublishOptions;
import io.github.ismshandbook.isms.publish.PublishRefusedException;
import io.github.ismshandbook.isms.publish.PublishResult;
import io.github.ismshandbook.isms.publish.VersionName;
import io.github.ismshandbook.isms.publish.VersionPublisher;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Adds the handbook built by {@code isms:build} to {@code publishDirectory} as version {@code handbookVersion}:
 * {@code <publishDirectory>/<version>/} with its {@code manifest.json} and {@code SHA256SUMS}, {@code versions.json},
 * {@code latest/} and a root {@code index.html} that leads to the newest version. Run it after the build, e.g.
 * {@code mvn package isms:publish}. Only a site made by {@code isms:build} is published; one that holds drafts only
 * with {@code includeDrafts}; a version published before only with {@code republish}, unless it is a
 * {@code -SNAPSHOT}.
 */
@Mojo(name = "publish", threadSafe = true)
public class PublishMojo extends AbstractIsmsMojo {

    /**
     * Folder of the site {@code isms:build} wrote, which is published.
     *
     * @since 0.1.0
     */
    @Parameter(property = "isms.outputDirectory", defaultValue = "${project.build.directory}/handbook")
    protected File outputDirectory;

    /**
     * Folder of the published versions: one sub-folder per version, {@code latest/}, {@code versions.json}
     * and an {@code index.html} that leads to the latest version. Serve or copy this folder as a whole.
     *
     * @since 0.1.0
     */
    @Parameter(property = "isms.publishDirectory", defaultValue = "${project.build.directory}/handbook-versions")
    protected File publishDirectory;

    /**
     * Version to publish the site as: the version it was built as.
     *
     * @since 0.1.0
     */
    @Parameter(property = "isms.version", defaultValue = "${project.version}")
    protected String handbookVersion;

    /**
     * Publish a site that holds drafts (built with {@code includeDrafts}). Without it, such a site is refused, so a
     * draft is never published by a build setting alone.
     *
     * @since 0.1.0
     */
    @Parameter(property = "isms.includeDrafts", defaultValue = "false")
    protected boolean includeDrafts;

    /**
     * Replace a version that is already published. A published version is a frozen edition: without this, publishing
     * it again fails. A version ending in {@code -SNAPSHOT} is a working copy and is always replaced.
     *
     * @since 0.1.0
     */
    @Parameter(property = "isms.republish", defaultValue = "false")
    protected boolean republish;

    /**
     * The project's folder, where the Git commit of the edition is looked up.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    protected File basedir;

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        Path site = outputDirectory.toPath();
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            throw new MojoFailureException("No built handbook in " + site + " (index.html is missing): run isms:build"
                    + " first, e.g. 'mvn package isms:publish' or 'mvn isms:build isms:publish'");
        }
        try {
            VersionName.requireValid(handbookVersion);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage() + "; choose another with -Disms.version=...", e);
        }
        VersionPublisher publisher = new VersionPublisher(publishDirectory.toPath());
        String commit = basedir == null ? null : GitHead.commit(basedir.toPath()).orElse(null);
        PublishResult result;
        try {
            result = publisher.publish(site, handbookVersion, new PublishOptions(includeDrafts, republish, commit));
        } catch (PublishRefusedException e) {
            throw new MojoFailureException(e.getMessage() + ". " + advice(e.reason()), e);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not publish " + site + " as version " + handbookVersion
                    + " to " + publisher.publishDirectory() + ": " + e.getMessage(), e);
        }
        getLog().info((result.replaced() ? "Replaced" : "Published") + " handbook version " + result.version()
                + " in " + result.versionDirectory() + (commit == null ? "" : " (commit " + commit + ")"));
        getLog().info("Check it with: cd " + result.versionDirectory() + " && sha256sum -c " + EditionManifest.SUMS);
        getLog().info("Latest version: " + result.latest() + "; open " + publisher.publishDirectory().resolve("index.html"));
    }

    /** What to do about a refusal, in Maven's terms. */
    private String advice(PublishRefusedException.Reason reason) {
        return switch (reason) {
            case NOT_BUILT, NOT_FROM_BUILD -> "Publish the site of isms:build: 'mvn package isms:publish'"
                    + " (isms:serve writes its preview, drafts included, to target/handbook-preview)";
            case HOLDS_DRAFTS -> "Build without drafts and publish ('mvn package isms:publish'), or, to publish the"
                    + " drafts on purpose, set includeDrafts for both goals: 'mvn package isms:publish"
                    + " -Disms.includeDrafts=true'";
            case OTHER_VERSION -> "Build and publish with the same version: 'mvn package isms:publish -Disms.version="
                    + handbookVersion + "'";
            case ALREADY_PUBLISHED -> "Raise the handbook's version (isms.version, by default the project's version),"
                    + " or replace the edition on purpose with -Disms.republish=true";
            case RESERVED_NAME -> "Rename that file in " + sourceDirectory;
        };
    }
}
