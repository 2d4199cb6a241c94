package io.github.ismshandbook.isms;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Rule;
import io.github.ismshandbook.isms.model.Severity;
import io.github.ismshandbook.isms.model.Validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A project on disk for tests of the whole pipeline: its configuration and the documents written into it. */
final class SourceProject {

    /** A complete front-matter block of eight lines, to format with an id and a title; the body starts on line 9. */
    static final String FRONT_MATTER = """
            ---
            id: %s
            title: %s
            owner: CISO
            version: 1.0
            review_date: 2027-01-01
            controls: [A.5.15]
            ---
            """;

    final BuildConfig config;

    SourceProject(Path basedir) {
        // the items of mandatory documented information a two-document handbook leaves open are not these tests' subject
        this.config = BuildConfig.builder(basedir, LocalDate.of(2026, 6, 1))
                .rules(Map.of(Rule.MANDATORY_MISSING, Severity.OFF)).build();
    }

    void write(String path, String text) throws IOException {
        Path file = config.sourceDirectory().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The errors and warnings, without the info findings about uncovered controls, as {@code rule file:line}. */
    static List<String> errorsAndWarnings(Validation validation) {
        return validation.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.rule().id() + " " + f.file() + ":" + f.line()).toList();
    }
}
