package io.github.ismshandbook.isms.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Rule;
import io.github.ismshandbook.isms.model.Severity;
import io.github.ismshandbook.isms.model.Validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * {@code findings.sarif}: SARIF 2.1.0 (OASIS), the format code-scanning services import. One run; every rule
 * in {@code tool.driver.rules} so {@code ruleIndex} is the rule's position; one result per finding.
 * <p>
 * GitHub code scanning resolves a relative {@code artifactLocation.uri} against the root of the repository, and
 * ignores {@code uriBaseId}: every uri is therefore relative to the root of the Git working tree the sources are
 * in ({@code src/handbook/policies/x.md}, or {@code handbook/src/handbook/…} for a project in a sub-folder), and
 * to the project's folder when there is no repository. {@code SRCROOT}, in {@code originalUriBaseIds}, names that
 * folder for the SARIF viewers that do resolve bases. A finding about the handbook as a whole is located at the
 * source folder, without a region: GitHub rejects a whole file in which one result has no location.
 */
final class FindingsSarif {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "SRCROOT";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private FindingsSarif() {
    }

    /**
     * @param projectDirectory the project's folder, the base when the sources are in no Git working tree, or
     *                         {@code null} to use the source folder then
     */
    static byte[] of(Validation validation, BuildConfig config, Path projectDirectory) throws IOException {
        Path base = baseDirectory(config.sourceDirectory(), projectDirectory);
        String sourcePath = ProjectPaths.relative(base, config.sourceDirectory());
        ObjectNode root = JsonOutput.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", FindingsReport.TOOL);
        driver.put("version", ToolVersion.current());
        ArrayNode rules = driver.putArray("rules");
        for (Rule rule : Rule.values()) {
            rule(rules.addObject(), rule, config.severityOf(rule));
        }
        run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", directoryUri(base));
        // Columns come from Java strings, so they count UTF-16 code units.
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode results = run.putArray("results");
        validation.findings().stream().sorted(Finding.ORDER).forEach(f -> result(results.addObject(), f, sourcePath));
        return JsonOutput.bytes(root);
    }

    /** The root of the Git working tree, else the project's folder when the sources are in it, else the source folder. */
    static Path baseDirectory(Path sourceDirectory, Path projectDirectory) {
        Path source = sourceDirectory.toAbsolutePath().normalize();
        Path project = projectDirectory == null ? null : projectDirectory.toAbsolutePath().normalize();
        return RepositoryRoot.of(source).orElse(project != null && source.startsWith(project) ? project : source);
    }

    private static void rule(ObjectNode node, Rule rule, Severity severity) {
        node.put("id", rule.id());
        node.put("name", camelCase(rule.id()));
        node.putObject("shortDescription").put("text", rule.description());
        node.putObject("fullDescription").put("text", rule.description() + " " + rule.help());
        node.putObject("help").put("text", rule.help());
        ObjectNode configuration = node.putObject("defaultConfiguration");
        if (severity == Severity.OFF) {
            configuration.put("enabled", false);
        }
        configuration.put("level", level(severity));
    }

    /** @param sourcePath the source folder relative to the base, '/'-separated ({@code ""} when it is the base) */
    private static void result(ObjectNode node, Finding f, String sourcePath) {
        node.put("ruleId", f.rule().id());
        node.put("ruleIndex", f.rule().ordinal());
        node.put("level", level(f.severity()));
        node.putObject("message").put("text", ReportText.messageWithHint(f));
        ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
        if (f.isOnHandbook()) {
            physical.putObject("artifactLocation").put("uri", sourcePath.isEmpty() ? "./" : relativeUri(sourcePath + "/"))
                    .put("uriBaseId", SRCROOT);
        } else {
            String path = sourcePath.isEmpty() ? f.file() : sourcePath + "/" + f.file();
            physical.putObject("artifactLocation").put("uri", relativeUri(path)).put("uriBaseId", SRCROOT);
            physical.putObject("region").put("startLine", f.line()).put("startColumn", f.column());
        }
        if (f.document() != null) {
            node.putObject("properties").put("document", f.document());
        }
    }

    /** {@code error}, {@code warning}, {@code note}, or {@code none} for a disabled rule. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
            case OFF -> "none";
        };
    }

    /** {@code front-matter-missing} → {@code FrontMatterMissing}, the SARIF {@code name} style. */
    static String camelCase(String id) {
        return Arrays.stream(id.split("-"))
                .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                .collect(Collectors.joining());
    }

    /**
     * A relative path as a URI reference: every byte of its UTF-8 form outside the unreserved characters of
     * RFC 3986 and '/' is percent-encoded, so spaces, '#', '%', ':' and non-ASCII letters cannot change its meaning.
     */
    static String relativeUri(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /** SARIF wants base URIs to end with '/' (§3.14.14); {@code Path.toUri} adds one only for existing directories. */
    private static String directoryUri(Path directory) {
        String uri = directory.toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }
}
