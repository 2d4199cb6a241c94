package io.github.ismshandbook.isms.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Validation;

import java.io.IOException;

/** {@code findings.json} (docs/reference.md, "Findings"): {@code {"tool", "version", "today", "documents", "findings": [...]}}. */
final class FindingsJson {

    private FindingsJson() {
    }

    static byte[] of(Validation validation, BuildConfig config) throws IOException {
        ObjectNode root = JsonOutput.object();
        root.put("tool", FindingsReport.TOOL);
        root.put("version", ToolVersion.current());
        root.put("today", config.today().toString());
        root.put("documents", CheckedFiles.documents(validation.handbook()).size());
        ArrayNode findings = root.putArray("findings");
        validation.findings().stream().sorted(Finding.ORDER).forEach(f -> finding(findings.addObject(), f));
        return JsonOutput.bytes(root);
    }

    /**
     * Every key is always present (null when unknown), so consumers can rely on the shape. A finding about the
     * handbook as a whole has no file, line or column.
     */
    private static void finding(ObjectNode node, Finding f) {
        node.put("rule", f.rule().id());
        node.put("severity", f.severity().key());
        node.put("file", f.file());
        if (f.isOnHandbook()) {
            node.putNull("line");
            node.putNull("column");
        } else {
            node.put("line", f.line());
            node.put("column", f.column());
        }
        node.put("document", f.document());
        node.put("message", f.message());
        node.put("hint", f.hint());
    }
}
