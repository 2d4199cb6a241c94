package io.github.ismshandbook.isms.site;

import io.github.ismshandbook.isms.HandbookPipeline;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * A policy set written the way public ISMS template collections are written, in the test resources
 * ({@code site/policy-set}): documents that start with their own title as {@code # Title}, with {@code # Overview}
 * sections or with {@code ### Intro}; links in running text, lists, tables, admonitions and footnotes; raw HTML
 * with links and images, one of them broken. Built once per test JVM into {@code target/policy-set/target/handbook}.
 */
final class PolicySet {

    private static Path site;
    private static Validation validation;

    private PolicySet() {
    }

    static synchronized Path directory() {
        if (site == null) {
            BuildConfig config = BuildConfig.builder(Paths.get("target/policy-set").toAbsolutePath(), ExampleSite.TODAY)
                    .sourceDirectory(source()).build();
            try {
                validation = new HandbookPipeline(config).build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            site = config.outputDirectory();
        }
        return site;
    }

    static synchronized Validation validation() {
        directory();
        return validation;
    }

    private static Path source() {
        try {
            return Path.of(PolicySet.class.getResource("policy-set").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
