package io.github.ismshandbook.isms.scaffold;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code init} writes into the starter documents in place of their placeholders.
 *
 * @param organization the organisation's name, or {@code null}/blank to leave a visible fill-in
 * @param today        the date of the scaffold: revision history date; reviews fall due twelve months later
 */
public record StarterValues(String organization, LocalDate today) {

    /** Written where the organisation's name goes when none is configured. */
    public static final String ORGANIZATION_FILL_IN = "[Your organisation]";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");
    // Characters that could turn a name into Markdown syntax (emphasis, links, raw HTML, tables, code, headings).
    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>|~#]");
    // At the start of a line, these would begin a list item or a block quote.
    private static final Pattern BLOCK_START = Pattern.compile("^(\\d+)?([-+=>.)])");

    /** The first review of a starter document: twelve months after {@link #today}, the default review cycle. */
    public LocalDate reviewDate() {
        return today.plusMonths(12);
    }

    /**
     * {@code text} with {@code {{organization}}}, {@code {{today}}} and {@code {{review_date}}} replaced. The name
     * is escaped for Markdown, so {@code {{organization}}} belongs in document bodies, not in front-matter.
     *
     * @throws IllegalArgumentException on a placeholder that is not one of these three
     */
    public String fill(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 256);
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "organization" -> markdownText(organization == null || organization.isBlank()
                        ? ORGANIZATION_FILL_IN : organization.strip());
                case "today" -> today.toString();
                case "review_date" -> reviewDate().toString();
                default -> throw new IllegalArgumentException("unknown placeholder " + m.group());
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String markdownText(String name) {
        String text = MARKDOWN_SPECIAL.matcher(name.replaceAll("\\s+", " ")).replaceAll("\\\\$0");
        Matcher start = BLOCK_START.matcher(text);
        return start.find() ? start.replaceFirst("$1\\\\$2") : text;
    }
}
