package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A source folder built in a test's temporary directory, and the result of loading it. */
final class SourceFolder {

    /** A complete, valid front-matter block; the body of a file written with it starts on line 8. */
    static final String VALID = """
            ---
            id: POL-1
            title: Access control
            owner: CISO
            version: 1.0
            review_date: 2027-01-01
            ---
            """;

    final Path basedir;
    BuildConfig config;

    SourceFolder(Path basedir) {
        this.basedir = basedir;
        this.config = BuildConfig.builder(basedir, LocalDate.of(2026, 6, 1)).build();
    }

    Path root() {
        return config.sourceDirectory();
    }

    SourceFolder write(String path, String content) {
        return write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    SourceFolder write(String path, byte[] content) {
        try {
            Path file = root().resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file with the given front-matter lines (without the '---' markers) and body. */
    SourceFolder document(String path, String yaml, String body) {
        return write(path, "---\n" + yaml + (yaml.isEmpty() || yaml.endsWith("\n") ? "" : "\n") + "---\n" + body);
    }

    LoadResult load() {
        try {
            return new HandbookLoader(config).load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads and returns the only document. */
    Document single() {
        List<Document> documents = load().handbook().documents();
        if (documents.size() != 1) {
            throw new AssertionError("expected one document, got " + documents);
        }
        return documents.get(0);
    }

    /** The findings as {@code rule file:line:column message}, for exact comparisons. */
    static List<String> brief(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.rule().id() + " " + f.file() + ":" + f.line() + ":" + f.column() + " " + f.message())
                .toList();
    }

    List<String> findings() {
        return brief(load().findings());
    }
}
