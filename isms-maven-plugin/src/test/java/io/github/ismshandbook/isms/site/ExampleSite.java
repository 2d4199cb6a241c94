package io.github.ismshandbook.isms.site;

import io.github.ismshandbook.isms.HandbookPipeline;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** The example project's handbook, built once per test JVM into {@code target/example-site}. */
public final class ExampleSite {

    /** The example project pins this date in its pom, so its reviews never go stale. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static Path site;
    private static Validation validation;

    private ExampleSite() {
    }

    public static synchronized Path directory() {
        if (site == null) {
            Path out = Paths.get("target/example-site").toAbsolutePath();
            validation = build("2.0.0", out);
            site = out;
        }
        return site;
    }

    /** Builds the example handbook as {@code version} into {@code out}. */
    public static Validation build(String version, Path out) {
        Path moduleDir = Paths.get("").toAbsolutePath();
        Path source = moduleDir.resolve("../example-project/src/handbook").normalize();
        BuildConfig config = BuildConfig.builder(moduleDir.resolve("target/example-project"), TODAY)
                .sourceDirectory(source).outputDirectory(out)
                .reportDirectory(out.resolveSibling(out.getFileName() + "-isms"))
                .themeDirectory(moduleDir.resolve("../example-project/src/handbook-theme").normalize())
                .title("Northwind Analytics ISMS Handbook").handbookVersion(version)
                .organization("Northwind Analytics Ltd").build();
        try {
            return new HandbookPipeline(config).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized Validation validation() {
        directory();
        return validation;
    }

    /** Every HTML page of the site, relative to the site root, '/'-separated, sorted. */
    public static List<String> pages() {
        Path root = directory();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
