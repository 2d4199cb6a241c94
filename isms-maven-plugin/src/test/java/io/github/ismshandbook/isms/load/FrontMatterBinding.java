package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.FrontMatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

/** What the tests of front-matter binding share: one document {@code a.md} in a temporary source folder. */
abstract class FrontMatterBinding {

    /** Lines 2 to 6 of the file; a line added after them is line 7. */
    static final String REQUIRED = "id: POL-1\ntitle: Access control\nowner: CISO\nversion: 1.0\n"
            + "review_date: 2027-01-01\n";

    @TempDir
    Path tmp;
    SourceFolder folder;

    @BeforeEach
    void setUp() {
        folder = new SourceFolder(tmp);
    }

    List<String> findingsFor(String yaml) {
        folder.document("a.md", yaml, "");
        return folder.findings();
    }

    FrontMatter bind(String yaml) {
        folder.document("a.md", yaml, "");
        return folder.single().frontMatter();
    }
}
