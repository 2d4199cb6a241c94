package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.FrontMatter;
import io.github.ismshandbook.isms.model.Position;
import io.github.ismshandbook.isms.model.Rule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Loads one Markdown file: reads it as UTF-8, splits off the front-matter, parses and binds the YAML, and
 * outlines the body. Bad input never throws: it becomes findings, and a file whose front-matter cannot be
 * read at all is not a document (only {@code front-matter-missing}, {@code yaml-syntax} or
 * {@code invalid-value} is reported for it, SPEC §4).
 */
final class DocumentLoader {

    /** Larger Markdown files are not loaded: a policy is text, not a data dump. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private final BuildConfig config;

    DocumentLoader(BuildConfig config) {
        this.config = config;
    }

    /**
     * What loading one file gave.
     *
     * @param document the document, or {@code null} when the file could not be loaded
     * @param findings the problems found in the file
     */
    record Outcome(Document document, List<Finding> findings) {
        Outcome {
            findings = List.copyOf(findings);
        }
    }

    /** Loads {@code file}, known as {@code path} relative to the source folder. */
    Outcome load(String path, Path file) throws IOException {
        FileFindings findings = new FileFindings(path);
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            findings.add(Rule.INVALID_VALUE, Position.START, "file is " + size + " bytes, larger than the 2 MiB limit; not loaded",
                    "Split the document, or move large content into an asset file.");
            return unreadable(findings);
        }
        byte[] bytes = Files.readAllBytes(file);
        if (SourceText.isBinary(bytes)) {
            findings.add(Rule.FRONT_MATTER_MISSING, Position.START, "binary file, not a Markdown document",
                    "Give binary files another extension than .md.");
            return unreadable(findings);
        }
        SourceText source = SourceText.decode(bytes);
        Optional<FrontMatterBlock> split = FrontMatterBlock.split(source.text());
        if (split.isEmpty()) {
            reportMissingBlock(source.text(), findings);
            return unreadable(findings);
        }
        FrontMatterBlock block = split.get();
        Position badByte = source.invalidByte();
        if (badByte != null && badByte.line() <= block.closingLine()) {
            findings.add(Rule.YAML_SYNTAX, badByte, "invalid UTF-8 byte sequence in the front-matter",
                    "Save the file as UTF-8.");
            return unreadable(findings);
        }
        YamlNode root;
        try {
            root = FrontMatterYaml.parse(block.yaml(), block.yamlLine());
        } catch (FrontMatterYaml.SyntaxError e) {
            findings.add(Rule.YAML_SYNTAX, e.position(), e.getMessage(), YamlErrors.hint(e.getMessage()));
            return unreadable(findings);
        }
        if (!(root instanceof YamlNode.Mapping mapping)) {
            findings.add(Rule.INVALID_VALUE, root.position(), "the front-matter must be a mapping of keys to values, not "
                    + root.kind(), "Write one 'key: value' per line, starting with 'id:'.");
            return unreadable(findings);
        }
        FrontMatter frontMatter = new FrontMatterBinder(config, findings).bind(mapping);
        if (badByte != null) {
            findings.add(Rule.INVALID_VALUE, badByte, "invalid UTF-8 byte sequence", "Save the file as UTF-8.");
        }
        MarkdownOutline outline = MarkdownOutline.of(block.body(), block.bodyLine());
        Document document = new Document(path, frontMatter, block.body(), block.bodyLine(),
                outline.headings(), outline.links(), outline.rawHtml());
        return new Outcome(document, findings.list());
    }

    private static void reportMissingBlock(String text, FileFindings findings) {
        if (FrontMatterBlock.opens(text)) {
            findings.add(Rule.FRONT_MATTER_MISSING, Position.START,
                    "the front-matter block opened on line 1 is never closed",
                    "End the front-matter with a line '---' before the document text.");
        } else {
            findings.add(Rule.FRONT_MATTER_MISSING, Position.START, "no front-matter block: the file does not start with '---'",
                    "Start the file with a YAML block between two '---' lines giving at least id, title, owner, "
                            + "version and review_date.");
        }
    }

    private static Outcome unreadable(FileFindings findings) {
        return new Outcome(null, findings.list());
    }
}
