package io.github.ismshandbook.isms.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ismshandbook.isms.load.HandbookLoader;
import io.github.ismshandbook.isms.load.LoadResult;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Rule;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static io.github.ismshandbook.isms.fuzz.Fuzzing.require;

/**
 * Any file named {@code .md} in the source folder: the loader must turn it into a document or into the one
 * finding that says why not (docs/reference.md, "Findings" and "Guarantees"), and every finding must point into the
 * file. The data's last byte chooses between a front-matter built by {@link FrontMatterText} (odd) and the rest of the
 * data as the file's raw bytes (even, so a seed file that ends in an extra line break is the file itself): raw bytes
 * test decoding and splitting, the built blocks get past the YAML parser to the binder.
 * <p>
 * The loader may only throw {@link IOException} when the file system fails; the file system here does not,
 * so any exception at all is a finding.
 */
class FrontMatterFuzz {

    static final String FILE = "policies/doc.md";

    /** What a file that is not a document gets, alone (docs/reference.md, "Findings": "and nothing else"). */
    private static final Set<Rule> WHY_NOT_A_DOCUMENT = EnumSet.of(Rule.FRONT_MATTER_MISSING, Rule.YAML_SYNTAX,
            Rule.INVALID_VALUE);

    @FuzzTest
    void loadsOrExplains(FuzzedDataProvider data) throws IOException {
        byte[] file = data.consumeBoolean() ? FrontMatterText.file(data) : data.consumeRemainingAsBytes();
        try (FuzzProject project = new FuzzProject()) {
            project.write(FILE, file);
            Fuzzing.with(() -> "the file " + Fuzzing.quoted(file), () -> check(file, new HandbookLoader(project.config()).load()));
        }
    }

    /** The properties every load of the single file {@link #FILE} has, whatever its bytes. */
    static void check(byte[] file, LoadResult result) {
        SourceLines lines = new SourceLines(file);
        List<Document> documents = result.handbook().documents();
        for (Finding f : result.findings()) {
            require(f.file().equals(FILE), () -> "finding about another file: " + f);
            require(!f.message().isBlank(), () -> "finding without a message: " + f);
            lines.requireInside(f);
        }
        if (documents.isEmpty()) {
            require(result.handbook().unreadable().equals(Set.of(FILE)),
                    () -> "no document and not listed as unreadable: " + result.handbook().unreadable());
            require(result.findings().size() == 1 && WHY_NOT_A_DOCUMENT.contains(result.findings().get(0).rule()),
                    () -> "no document, so exactly one finding must say why: " + result.findings());
            return;
        }
        require(documents.size() == 1 && documents.get(0).path().equals(FILE), () -> "documents: " + documents);
        Document document = documents.get(0);
        require(result.handbook().unreadable().isEmpty(), () -> "loaded and unreadable: " + FILE);
        for (Finding f : result.findings()) {
            require(f.rule() != Rule.FRONT_MATTER_MISSING && f.rule() != Rule.YAML_SYNTAX,
                    () -> "a loaded document cannot lack its front-matter: " + f);
            require(f.document() == null || Objects.equals(f.document(), document.id()),
                    () -> "finding names document " + f.document() + ", the file's id is " + document.id());
        }
        MarkdownFuzz.checkOutline(document, lines);
    }
}
