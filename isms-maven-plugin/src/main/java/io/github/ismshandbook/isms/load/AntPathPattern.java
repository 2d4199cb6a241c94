package io.github.ismshandbook.isms.load;

import java.util.Arrays;
import java.util.List;

/**
 * An Ant-style path pattern as Maven's {@code includes}/{@code excludes} use them: {@code *} matches
 * within one path segment, {@code ?} one character, {@code **} any number of segments (also none),
 * and a pattern ending in {@code /} matches everything below that folder. Paths are relative and
 * '/'-separated; matching is case-sensitive, as in Maven's directory scanner.
 */
public final class AntPathPattern {

    private final List<String> segments;

    private AntPathPattern(List<String> segments) {
        this.segments = segments;
    }

    public static AntPathPattern of(String pattern) {
        String p = pattern.trim().replace('\\', '/');
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.endsWith("/") || p.isEmpty()) {
            p = p + "**";
        }
        return new AntPathPattern(Arrays.stream(p.split("/")).filter(s -> !s.isEmpty()).toList());
    }

    /** Whether the relative, '/'-separated {@code path} matches. */
    public boolean matches(String path) {
        return matches(0, List.of(path.split("/")), 0);
    }

    private boolean matches(int pi, List<String> parts, int si) {
        if (pi == segments.size()) {
            return si == parts.size();
        }
        String segment = segments.get(pi);
        if (segment.equals("**")) {
            for (int skip = si; skip <= parts.size(); skip++) {
                if (matches(pi + 1, parts, skip)) {
                    return true;
                }
            }
            return false;
        }
        return si < parts.size() && wildcard(segment, 0, parts.get(si), 0) && matches(pi + 1, parts, si + 1);
    }

    private static boolean wildcard(String pattern, int p, String text, int t) {
        if (p == pattern.length()) {
            return t == text.length();
        }
        char c = pattern.charAt(p);
        if (c == '*') {
            for (int k = t; k <= text.length(); k++) {
                if (wildcard(pattern, p + 1, text, k)) {
                    return true;
                }
            }
            return false;
        }
        return t < text.length() && (c == '?' || c == text.charAt(t)) && wildcard(pattern, p + 1, text, t + 1);
    }
}
