package io.github.ismshandbook.isms.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ismshandbook.isms.HandbookPipeline;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.DocumentType;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Link;
import io.github.ismshandbook.isms.model.LinkKind;
import io.github.ismshandbook.isms.model.Located;
import io.github.ismshandbook.isms.model.Position;
import io.github.ismshandbook.isms.model.Rule;
import io.github.ismshandbook.isms.model.Severity;
import io.github.ismshandbook.isms.model.Validation;
import io.github.ismshandbook.isms.report.ConsoleReport;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.github.ismshandbook.isms.fuzz.Fuzzing.require;

/**
 * Small handbooks built by {@link HandbookTree} through the whole pipeline, site included: it must end without an
 * exception, write nothing outside the project folder, never read the secret file next to the source folder,
 * write report files that parse, and place every finding in a file it names. Pages must run no script but the
 * theme's own ({@code <script src=…>}), carry no {@code javascript:} URL and no event handler (README, "Security"),
 * and the search index must stay data. A file that is not loaded has one finding, and references to the id it writes
 * none (one problem, one finding).
 */
class PipelineFuzz {

    private static final DocumentBuilderFactory XML = DocumentBuilderFactory.newInstance();

    @FuzzTest
    void buildsAnyTree(FuzzedDataProvider data) throws IOException {
        try (FuzzProject project = new FuzzProject()) {
            HandbookTree tree = HandbookTree.write(data, project);
            BuildConfig config = config(project, data);
            Fuzzing.with(() -> "the tree " + tree + " with " + config, () -> {
                Validation validation = new HandbookPipeline(config).build();

                require(project.strayFiles().isEmpty(), () -> "written outside the project: " + project.strayFiles());
                checkDocuments(validation);
                checkFindings(validation, tree);
                checkOneProblemOneFinding(validation);
                checkReports(config);
                SiteSafety.check(config.outputDirectory(), HandbookTree.SECRET);
            });
        }
    }

    private static BuildConfig config(FuzzProject project, FuzzedDataProvider data) {
        Map<Rule, Severity> rules = new EnumMap<>(Rule.class);
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            rules.put(data.pickValue(Rule.values()), data.pickValue(Severity.values()));
        }
        String[] globs = {"**/*.md", "policies/**", "**/_*", "a.md", "**", "*", "[", "**/../**", "?.md", ""};
        List<String> includes = data.consumeInt(0, 5) == 0 ? List.of(data.pickValue(globs)) : List.of();
        List<String> excludes = data.consumeInt(0, 5) == 0 ? List.of(data.pickValue(globs)) : List.of();
        BuildConfig d = project.config();
        return d.toBuilder().includeDrafts(data.consumeBoolean()).rules(rules).includes(includes).excludes(excludes)
                .pdf(false).build();
    }

    private static void checkDocuments(Validation validation) {
        for (Document d : validation.handbook().documents()) {
            require(!HandbookTree.SECRET.equals(d.id()), () -> "loaded the file outside the source folder as " + d.path());
        }
    }

    private static void checkFindings(Validation validation, HandbookTree tree) {
        for (Finding f : validation.findings()) {
            require(f.severity() != Severity.OFF, () -> "a finding of a rule that is off: " + f);
            require(!ConsoleReport.line(f).contains("\n") && !ConsoleReport.line(f).contains("\r"),
                    () -> "console line breaks: " + f);
            if (f.isOnHandbook()) {
                require(f.rule() == Rule.MANDATORY_MISSING || f.rule() == Rule.CONTROL_UNCOVERED,
                        () -> "a finding without a file of another rule: " + f);
                // about the handbook as a whole: on the Statement of Applicability when there is one
                require(f.line() == 0 && f.column() == 0 && validation.handbook().documents().stream().noneMatch(d ->
                                d.frontMatter().type() == DocumentType.SOA && d.frontMatter().status() != DocumentStatus.RETIRED),
                        () -> "a finding without a file in a handbook with a Statement of Applicability: " + f);
                continue;
            }
            byte[] file = tree.files().get(f.file());
            if (file != null) {
                new SourceLines(file).requireInside(f);
            } else {
                require(tree.links().containsKey(f.file()) && f.line() == 1 && f.column() == 1,
                        () -> "finding about a file that was not written: " + f);
            }
        }
    }

    /**
     * A file that is not loaded has the one finding that says why, and the id it writes is taken: a reference to that
     * id, in {@code related}, {@code supersedes} or a wiki link, is not reported again.
     */
    private static void checkOneProblemOneFinding(Validation validation) {
        Handbook handbook = validation.handbook();
        for (String path : handbook.unreadable()) {
            long count = validation.findings().stream().filter(f -> path.equals(f.file())).count();
            require(count <= 1, () -> "a file that is not loaded has more than one finding: " + path + " "
                    + validation.findings());
        }
        for (Document d : handbook.documents()) {
            List<Located<String>> refs = new ArrayList<>(d.frontMatter().related());
            refs.addAll(d.frontMatter().supersedes());
            for (Located<String> ref : refs) {
                if (handbook.byId(ref.value().trim()).isEmpty() && handbook.takenBy(ref.value().trim()).isPresent()) {
                    requireNoFinding(validation, Rule.UNKNOWN_DOCUMENT, d.path(), ref.position());
                }
            }
            for (Link link : d.links()) {
                String target = link.target().split("#", 2)[0].trim();
                if (link.kind() == LinkKind.WIKI && handbook.byId(target).isEmpty() && handbook.takenBy(target).isPresent()) {
                    requireNoFinding(validation, Rule.BROKEN_LINK, d.path(), link.position());
                }
            }
        }
    }

    private static void requireNoFinding(Validation validation, Rule rule, String file, Position at) {
        for (Finding f : validation.findings()) {
            require(!(f.rule() == rule && file.equals(f.file()) && f.line() == at.line() && f.column() == at.column()),
                    () -> "a reference to the id of a file that has its own finding is reported again: " + f);
        }
    }

    private static void checkReports(BuildConfig config) throws IOException {
        Path reports = config.reportDirectory();
        SiteSafety.JSON.readTree(reports.resolve("findings.json").toFile());
        SiteSafety.JSON.readTree(reports.resolve("findings.sarif").toFile());
        try {
            XML.newDocumentBuilder().parse(reports.resolve("findings-junit.xml").toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new AssertionError("findings-junit.xml does not parse", e);
        }
        for (Path report : List.of(reports.resolve("findings.json"), reports.resolve("findings-junit.xml"))) {
            require(!Files.readString(report).contains(HandbookTree.SECRET), () -> report + " shows the secret file");
        }
    }
}
