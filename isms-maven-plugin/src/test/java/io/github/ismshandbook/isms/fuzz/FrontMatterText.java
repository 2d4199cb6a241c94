package io.github.ismshandbook.isms.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Front-matter blocks built from fuzzer data: keys of docs/reference.md, "Front-matter" (and near misses), values of
 * every shape the binder meets (dates, versions, lists, mappings, block scalars), and the YAML that hostile files use:
 * tabs, anchors and aliases, tags, merge keys, deep nesting, stray markers. Raw bytes rarely get past the YAML
 * parser; these do, and reach the binder.
 */
final class FrontMatterText {

    /** The keys of docs/reference.md, "Front-matter". */
    static final String[] KEYS = {"id", "title", "owner", "version", "review_date", "last_reviewed", "review_cycle",
            "type", "status", "approved_by", "approved_on", "effective", "classification", "controls", "clauses",
            "related", "supersedes", "tags", "summary", "history", "exclusions", "inclusions"};
    private static final String[] NEAR_KEYS = {"titel", "Title", "review-date", "reviewDate", "ID", "", "\"id\"",
            "'title'", "<<", "? id", "? [a, b]", "id ", "tags\t", "date", "author", "A.5.15", "1", "~", "null"};
    private static final String[] SCALARS = {"POL-1", "POL-2", "a", "x y", "2.10", "1.0", "2", "0.1.0", "2027-01-01",
            "2026-06-15", "2020-01-01", "2026-02-30", "2026-13-01", "26-01-01", "2026-1-1", "P1Y", "P6M", "P0D",
            "-P1Y", "12", "0", "-3", "99999999999", "policy", "soa", "standard", "draft", "approved", "retired",
            "in-review", "public", "secret", "A.5.15", "5.15", "A.9.2.1", "6.1.2", "11.1", "A.5", "", "~", "null",
            "true", "yes", "no", ".inf", "0x1F", "1e3", "'quoted'", "'it''s'", "\"dq\"", "\"\\u0041\\n\\t\"",
            "\"\\x\"", "'unclosed", "\"unclosed", "|", ">", "|-\n  line one\n  line two", ">+\n  folded\n\n",
            "&a POL-1", "*a", "&b [x, y]", "*b", "&c {k: v}", "*c", "!!str 2.10", "!!int x", "!!binary aGk=",
            "!!timestamp 2026-01-01", "!!python/object:os.system", "!custom x", "@at", "`tick", "%percent",
            "{a: 1}", "{", "}", "[", "]", "[a, b]", "[a, [b, [c]]]", "{a: [1, {b: 2}]}", "- item", "a: b: c",
            "a #comment", "#only", "x\ty", "\u00fc\u00df", "\u202eevil", "\uFEFF", "\u2028", "\u0085", "\\",
            "---", "...", "<script>alert(1)</script>", "javascript:alert(1)", "../../etc/passwd"};
    private static final String[] SEPARATORS = {": ", ":", ":\t", " : ", ":  ", ": \t"};
    private static final String[] INDENTS = {"", "", "", " ", "  ", "\t", " \t"};
    private static final String[] LINE_ENDS = {"\n", "\n", "\n", "\r\n", "\r", " \n", "\t\n", " # c\n"};
    private static final String[] OPENERS = {"---\n", "---\n", "---\n", "--- \n", "---\r\n", "\uFEFF---\n",
            "---\t\n", "--- x\n", "----\n", "\n---\n", ""};
    private static final String[] CLOSERS = {"---\n", "---\n", "...\n", "--- \n", "---\r\n", "---", "", "--- x\n",
            "-- -\n"};
    private static final int MAX_DEPTH = 60;

    private final FuzzedDataProvider data;
    private final StringBuilder out = new StringBuilder();

    private FrontMatterText(FuzzedDataProvider data) {
        this.data = data;
    }

    /** A whole Markdown file: a front-matter block of fuzzed entries, then the rest of the data as its body. */
    static byte[] file(FuzzedDataProvider data) {
        FrontMatterText text = new FrontMatterText(data);
        text.out.append(data.pickValue(OPENERS));
        int entries = data.consumeInt(0, 24);
        for (int i = 0; i < entries; i++) {
            text.entry(0);
        }
        text.out.append(data.pickValue(CLOSERS));
        text.out.append(data.consumeRemainingAsString());
        return text.out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void entry(int depth) {
        out.append(data.pickValue(INDENTS)).append(key()).append(data.pickValue(SEPARATORS));
        value(depth + 1);
        out.append(data.pickValue(LINE_ENDS));
    }

    private String key() {
        return switch (data.consumeInt(0, 9)) {
            case 0 -> data.pickValue(NEAR_KEYS);
            case 1 -> data.consumeString(12);
            default -> data.pickValue(KEYS);
        };
    }

    private void value(int depth) {
        int shape = depth > MAX_DEPTH ? 0 : data.consumeInt(0, 11);
        switch (shape) {
            case 5 -> flowList(depth);
            case 6 -> blockList(depth);
            case 7 -> blockMapping(depth);
            case 8 -> nesting();
            case 9 -> aliases();
            case 10 -> out.append(data.consumeString(40));
            case 11 -> out.append(data.pickValue(SCALARS)).append(data.pickValue(SCALARS));
            default -> out.append(data.pickValue(SCALARS));
        }
    }

    private void flowList(int depth) {
        out.append(data.consumeBoolean() ? "&l" + data.consumeInt(0, 3) + " [" : "[");
        int items = data.consumeInt(0, 6);
        for (int i = 0; i < items; i++) {
            out.append(i == 0 ? "" : ", ");
            value(depth + 1);
        }
        out.append(data.consumeInt(0, 7) == 0 ? "" : "]");
    }

    private void blockList(int depth) {
        int items = data.consumeInt(0, 6);
        String indent = "  ".repeat(Math.min(depth, 8)) + data.pickValue(INDENTS);
        for (int i = 0; i < items; i++) {
            out.append('\n').append(indent).append("- ");
            value(depth + 1);
        }
    }

    private void blockMapping(int depth) {
        int entries = data.consumeInt(0, 5);
        String indent = "  ".repeat(Math.min(depth, 8));
        for (int i = 0; i < entries; i++) {
            out.append('\n').append(indent);
            out.append(data.consumeBoolean() ? data.pickValue(KEYS) : data.pickValue(NEAR_KEYS));
            out.append(data.pickValue(SEPARATORS));
            value(depth + 1);
        }
    }

    /** Flow collections nested deeper than the loader allows, closed or not. */
    private void nesting() {
        int levels = data.consumeInt(1, 120);
        String open = data.consumeBoolean() ? "[" : "{a: ";
        String close = open.equals("[") ? "]" : "}";
        out.append(open.repeat(levels)).append("x").append(close.repeat(data.consumeInt(0, levels)));
    }

    /** An anchored collection and many aliases to it: the shape of a "billion laughs" bomb. */
    private void aliases() {
        out.append("[&z [a, b], ");
        int count = data.consumeInt(0, 80);
        for (int i = 0; i < count; i++) {
            out.append(data.consumeBoolean() ? "*z, " : "[*z, *z], ");
        }
        out.append("end]");
    }
}
