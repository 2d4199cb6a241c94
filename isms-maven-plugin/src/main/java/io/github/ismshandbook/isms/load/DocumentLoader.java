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
import java.util.OptionalInt;

/**
 * Loads one Markdown file: reads it as UTF-8, splits off the front-matter, parses and binds the YAML, and
 * parses the body once for its outline and its rendering ({@link MarkdownBody}). Bad input never throws: it becomes
 * findings, and a file whose front-matter cannot be
 * read at all is not a document (only {@code front-matter-missing}, {@code yaml-syntax} or
 * {@code invalid-value} is reported for it: one problem, one finding). Neither is a file whose body nests deeper than
 * {@link MarkdownNesting#MAX_DEPTH} levels. The id such a file writes still counts as taken.
 */
final class DocumentLoader {

    /** Larger Markdown files are not loaded: a policy is text, not a data dump. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private static final String NOT_A_DOCUMENT = "If the file is not a handbook document, start its name with '_', or "
            + "leave it out with the 'excludes' parameter.";

    private final BuildConfig config;

    DocumentLoader(BuildConfig config) {
        this.config = config;
    }

    /**
     * What loading one file gave.
     *
     * @param document the document, or {@code null} when the file could not be loaded
     * @param findings the problems found in the file
     * @param takenId  the id the file writes when it could not be bound: a file that could not be loaded, or a document
     *                 whose id is invalid or written under a misspelt key; else {@code null}
     */
    record Outcome(Document document, List<Finding> findings, String takenId) {
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
            return unreadable(findings, null);
        }
        byte[] bytes = Files.readAllBytes(file);
        if (SourceText.isBinary(bytes)) {
            findings.add(Rule.FRONT_MATTER_MISSING, Position.START, "binary file, not a Markdown document",
                    "Give binary files another extension than .md.");
            return unreadable(findings, null);
        }
        SourceText source = SourceText.decode(bytes);
        String text = source.text();
        Optional<FrontMatterBlock> split = FrontMatterBlock.split(text);
        if (split.isEmpty()) {
            reportMissingBlock(text, findings);
            return unreadableWithWrittenId(findings, text);
        }
        FrontMatterBlock block = split.get();
        Position badByte = source.invalidByte();
        if (badByte != null && badByte.line() <= block.closingLine()) {
            findings.add(Rule.YAML_SYNTAX, badByte, "invalid UTF-8 byte sequence in the front-matter",
                    "Save the file as UTF-8.");
            return unreadableWithWrittenId(findings, text);
        }
        YamlNode root;
        try {
            root = YamlReader.parse(block.yaml(), block.yamlLine());
        } catch (YamlReader.SyntaxError e) {
            reportSyntaxError(text, block, e, findings);
            return unreadableWithWrittenId(findings, text);
        }
        if (!(root instanceof YamlNode.Mapping mapping)) {
            findings.add(Rule.INVALID_VALUE, root.position(), "the front-matter must be a mapping of keys to values, not "
                    + root.kind(), "Write one 'key: value' per line, starting with 'id:'.");
            return unreadableWithWrittenId(findings, text);
        }
        FrontMatterBinder binder = new FrontMatterBinder(config, findings);
        FrontMatter frontMatter = binder.bind(mapping);
        String takenId = frontMatter.id() != null ? frontMatter.id() : binder.writtenId();
        MarkdownBody body;
        try {
            body = MarkdownBody.read(block.body(), block.bodyLine(), frontMatter.title());
        } catch (MarkdownNesting.TooDeep e) {
            // not a document: the one finding says why (what else is wrong with it can wait until it loads)
            FileFindings why = new FileFindings(path);
            why.documentId(frontMatter.id());
            why.add(Rule.INVALID_VALUE, new Position(block.bodyLine() + e.line() - 1, 1),
                    "the body is nested more than " + MarkdownNesting.MAX_DEPTH + " levels deep from this line on "
                            + "(block quotes, lists, emphasis or links inside one another); the document is not loaded",
                    "Flatten the nesting: a handbook document needs a few levels, not hundreds.");
            return unreadable(why, takenId);
        }
        if (badByte != null) {
            findings.add(Rule.INVALID_VALUE, badByte, "invalid UTF-8 byte sequence", "Save the file as UTF-8.");
        }
        MarkdownOutline outline = body.outline();
        Document document = new Document(path, frontMatter, block.body(), block.bodyLine(),
                outline.headings(), outline.links(), outline.rawHtml(), body.prepared());
        return new Outcome(document, findings.list(), frontMatter.id() == null ? takenId : null);
    }

    private static void reportMissingBlock(String text, FileFindings findings) {
        if (FrontMatterBlock.opens(text)) {
            OptionalInt textStart = FrontMatterBlock.textStart(text, Integer.MAX_VALUE);
            findings.add(Rule.FRONT_MATTER_MISSING, Position.START,
                    "the front-matter block opened on line 1 is never closed",
                    textStart.isPresent()
                            ? "Add a line '---' before line " + textStart.getAsInt() + ", where the document text starts."
                            : "End the front-matter with a line '---' before the document text.");
        } else if (FrontMatterBlock.lateOpening(text).isPresent()) {
            int line = FrontMatterBlock.lateOpening(text).getAsInt();
            findings.add(Rule.FRONT_MATTER_MISSING, Position.START, "no front-matter block on line 1: the block that "
                            + "opens on line " + line + " is not front-matter there",
                    "Move what is above line " + line + " below the front-matter: the block must open the file.");
        } else if (FrontMatterBlock.closingWithoutOpening(text).isPresent()) {
            findings.add(Rule.FRONT_MATTER_MISSING, Position.START, "no front-matter block: the YAML that ends with the "
                            + "'---' on line " + FrontMatterBlock.closingWithoutOpening(text).getAsInt()
                            + " has no opening '---'",
                    "Add a line '---' above line 1.");
        } else {
            findings.add(Rule.FRONT_MATTER_MISSING, Position.START, "no front-matter block: the file does not start with '---'",
                    "Start the file with a YAML block between two '---' lines giving at least id, title, owner, "
                            + "version and review_date. " + NOT_A_DOCUMENT);
        }
    }

    /**
     * A block whose YAML fails on document text, closed only by a {@code ---} further down (a thematic break in the
     * text), is a block that was not closed: said so, at the line where the text starts. Any other error as it is.
     */
    private static void reportSyntaxError(String text, FrontMatterBlock block, YamlReader.SyntaxError e,
                                          FileFindings findings) {
        OptionalInt textStart = FrontMatterBlock.textStart(text, e.position().line());
        if (textStart.isPresent()) {
            int line = textStart.getAsInt();
            findings.add(Rule.FRONT_MATTER_MISSING, new Position(line, 1), "the front-matter block opened on line 1 is "
                            + "probably not closed: the document text from line " + line + " on is read as YAML, up to "
                            + "the '---' on line " + block.closingLine(),
                    "Add a line '---' before line " + line + " to end the front-matter.");
        } else {
            findings.add(Rule.YAML_SYNTAX, e.position(), e.getMessage(), YamlErrors.hint(e.getMessage()));
        }
    }

    private static Outcome unreadable(FileFindings findings, String takenId) {
        return new Outcome(null, findings.list(), takenId);
    }

    /** A file that is not loaded, with the id its front-matter writes, read line by line without YAML. */
    private static Outcome unreadableWithWrittenId(FileFindings findings, String text) {
        return unreadable(findings, FrontMatterBlock.writtenId(text).orElse(null));
    }
}
