package io.github.ismshandbook.isms.load;

import java.util.Arrays;
import java.util.Optional;

/**
 * A source text split into its front-matter block and its body (SPEC §3.1). The block opens with a
 * first line {@code ---} and closes at the next line that is {@code ---} or {@code ...}; trailing spaces are
 * allowed on both. Splitting is done by hand, not by the Markdown parser, so that line numbers stay exact.
 *
 * @param yaml        the lines between the two markers, each ending in LF
 * @param yamlLine    the file line of the block's first YAML line (always 2)
 * @param closingLine the file line of the closing marker
 * @param body        the text after the closing marker
 * @param bodyLine    the file line on which the body starts
 */
record FrontMatterBlock(String yaml, int yamlLine, int closingLine, String body, int bodyLine) {

    /** Whether the text's first line opens a front-matter block. */
    static boolean opens(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).stripTrailing().equals("---");
    }

    /** The split, or empty when the text has no complete block (see {@link #opens(String)} for which case). */
    static Optional<FrontMatterBlock> split(String text) {
        if (!opens(text)) {
            return Optional.empty();
        }
        String[] lines = text.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            String marker = lines[i].stripTrailing();
            if (marker.equals("---") || marker.equals("...")) {
                StringBuilder yaml = new StringBuilder();
                for (int k = 1; k < i; k++) {
                    yaml.append(lines[k]).append('\n');
                }
                String body = String.join("\n", Arrays.asList(lines).subList(i + 1, lines.length));
                return Optional.of(new FrontMatterBlock(yaml.toString(), 2, i + 1, body, i + 2));
            }
        }
        return Optional.empty();
    }
}
