package io.github.ismshandbook.isms.load;

import org.codehaus.plexus.util.SelectorUtils;

/**
 * An Ant-style path pattern as Maven's {@code includes}/{@code excludes} use them, matched by plexus-utils'
 * {@link SelectorUtils}, the matcher of Maven's directory scanner: {@code *} matches within one path segment,
 * {@code ?} one character, {@code **} any number of segments (also none), a pattern ending in {@code /} matches
 * everything below that folder, and {@code %regex[…]} is a regular expression over the whole path. Paths are
 * relative and '/'-separated; matching is case-sensitive, as in Maven's directory scanner.
 */
public final class AntPathPattern {

    private static final String SEPARATOR = "/";

    private final String pattern;

    private AntPathPattern(String pattern) {
        this.pattern = pattern;
    }

    public static AntPathPattern of(String pattern) {
        String p = pattern.trim();
        if (p.startsWith(SelectorUtils.REGEX_HANDLER_PREFIX)) {
            return new AntPathPattern(p);
        }
        p = p.replace('\\', '/');
        while (p.startsWith(SEPARATOR)) {
            p = p.substring(1);
        }
        // as Maven's directory scanner reads a pattern that ends in a separator
        if (p.endsWith(SEPARATOR) || p.isEmpty()) {
            p = p + "**";
        }
        return new AntPathPattern(p);
    }

    /** Whether the relative, '/'-separated {@code path} matches. */
    public boolean matches(String path) {
        return SelectorUtils.matchPath(pattern, path, SEPARATOR, true);
    }
}
