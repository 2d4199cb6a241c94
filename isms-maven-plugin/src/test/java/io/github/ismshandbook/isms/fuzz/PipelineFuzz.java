package io.github.ismshandbook.isms.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ismshandbook.isms.HandbookPipeline;
import io.github.ismshandbook.isms.Validation;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Rule;
import io.github.ismshandbook.isms.model.Severity;
import io.github.ismshandbook.isms.report.ConsoleReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.github.ismshandbook.isms.fuzz.Fuzzing.require;

/**
 * Small handbooks built by {@link HandbookTree} through the whole pipeline: it must end without an exception,
 * write nothing outside the project folder, never read the secret file next to the source folder, write
 * report files that parse, and place every finding in a file it names. Pages the pipeline renders must run no
 * script but the theme's own ({@code <script src=…>}) and carry no {@code javascript:} URL (SPEC §8).
 */
class PipelineFuzz {

    /** The theme's own scripts: a relative {@code src} into its assets folder, nothing inline. */
    private static final Pattern THEME_SCRIPT = Pattern.compile("(\\.\\./)*assets/[a-z0-9._-]+\\.js");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DocumentBuilderFactory XML = DocumentBuilderFactory.newInstance();

    @FuzzTest
    void buildsAnyTree(FuzzedDataProvider data) throws IOException {
        try (FuzzProject project = new FuzzProject()) {
            HandbookTree tree = HandbookTree.write(data, project);
            BuildConfig config = config(project, data);
            Validation validation = new HandbookPipeline(config).check();

            require(project.strayFiles().isEmpty(), () -> "written outside the project: " + project.strayFiles());
            checkDocuments(validation);
            checkFindings(validation, tree);
            checkReports(config);
            checkPages(config.outputDirectory());
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
        return new BuildConfig(d.sourceDirectory(), d.outputDirectory(), d.reportDirectory(), d.themeDirectory(),
                d.title(), d.handbookVersion(), d.organization(), d.today(), d.reviewWarningDays(), d.reviewCycle(),
                d.classifications(), d.defaultClassification(), data.consumeBoolean(), rules, d.catalogs(), includes,
                excludes, d.baseUrl(), false, d.outputTimestamp(), d.publishDirectory());
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
            byte[] file = tree.files().get(f.file());
            if (file != null) {
                new SourceLines(file).requireInside(f);
            } else {
                require(tree.links().contains(f.file()) && f.line() == 1 && f.column() == 1,
                        () -> "finding about a file that was not written: " + f);
            }
        }
    }

    private static void checkReports(BuildConfig config) throws IOException {
        Path reports = config.reportDirectory();
        JSON.readTree(reports.resolve("findings.json").toFile());
        JSON.readTree(reports.resolve("findings.sarif").toFile());
        try {
            XML.newDocumentBuilder().parse(reports.resolve("findings-junit.xml").toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new AssertionError("findings-junit.xml does not parse", e);
        }
        for (Path report : List.of(reports.resolve("findings.json"), reports.resolve("findings-junit.xml"))) {
            require(!Files.readString(report).contains(HandbookTree.SECRET), () -> report + " shows the secret file");
        }
    }

    /** Every page the pipeline wrote: no script from content, no {@code javascript:} URL, no secret. */
    static void checkPages(Path site) {
        if (!Files.isDirectory(site)) {
            return;
        }
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                require(!text.contains(HandbookTree.SECRET), () -> file + " shows the secret file");
                if (file.toString().endsWith(".html")) {
                    checkPage(site.relativize(file).toString(), text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkPage(String page, String html) {
        org.jsoup.nodes.Document dom = Jsoup.parse(html);
        for (Element script : dom.getElementsByTag("script")) {
            require(THEME_SCRIPT.matcher(script.attr("src")).matches() && script.data().isBlank(),
                    () -> page + " runs a script that is not the theme's: " + script);
        }
        require(!html.toLowerCase(Locale.ROOT).contains("<script") || dom.getElementsByTag("script").size()
                        == countOf(html.toLowerCase(Locale.ROOT), "<script"),
                () -> page + " has a '<script' that is not a script element of the theme");
        for (Element e : dom.getAllElements()) {
            for (org.jsoup.nodes.Attribute a : e.attributes()) {
                String value = a.getValue().replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
                require(!Set.of("href", "src", "action", "formaction", "xlink:href").contains(a.getKey())
                                || !value.startsWith("javascript:"),
                        () -> page + " links to javascript: in " + e);
                require(!a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), () -> page + " has an event handler: " + e);
            }
        }
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
