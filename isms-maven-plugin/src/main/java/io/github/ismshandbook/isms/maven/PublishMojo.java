package io.github.ismshandbook.isms.maven;

import io.github.ismshandbook.isms.publish.PublishResult;
import io.github.ismshandbook.isms.publish.VersionName;
import io.github.ismshandbook.isms.publish.VersionPublisher;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Adds the handbook built by {@code isms:build} to {@code publishDirectory} as version {@code handbookVersion}:
 * {@code <publishDirectory>/<version>/}, {@code versions.json}, {@code latest/} and a root {@code index.html}
 * that leads to the newest version. A version published again is replaced whole. Run it after the build, e.g.
 * {@code mvn package isms:publish}.
 */
@Mojo(name = "publish", threadSafe = true)
public class PublishMojo extends AbstractHandbookMojo {

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
        PublishResult result;
        try {
            result = publisher.publish(site, handbookVersion);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not publish " + site + " as version " + handbookVersion
                    + " to " + publisher.publishDirectory() + ": " + e.getMessage(), e);
        }
        getLog().info((result.replaced() ? "Replaced" : "Published") + " handbook version " + result.version()
                + " in " + result.versionDirectory());
        getLog().info("Latest version: " + result.latest() + "; open " + publisher.publishDirectory().resolve("index.html"));
    }
}
