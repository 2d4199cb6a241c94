package io.github.ismshandbook.isms.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders version strings oldest first, the way a reader expects: dotted numbers compare as numbers
 * ({@code 2.10} after {@code 2.9}), a qualified version comes before its release ({@code 1.0.0-alpha <
 * 1.0.0-rc2 < 1.0.0-SNAPSHOT < 1.0.0}, Maven's order of the well-known qualifiers), and names without
 * a leading number come before every numbered version. Equal only for equal strings, so sorting is stable.
 */
public final class VersionOrder implements Comparator<String> {

    /** Oldest first. */
    public static final Comparator<String> OLDEST_FIRST = new VersionOrder();
    /** Newest first, the order of {@code versions.json}. */
    public static final Comparator<String> NEWEST_FIRST = OLDEST_FIRST.reversed();

    private static final Pattern RELEASE = Pattern.compile("(\\d+(?:\\.\\d+)*)(.*)", Pattern.DOTALL);
    private static final Pattern QUALIFIER_TOKEN = Pattern.compile("\\d+|\\p{L}+");
    private static final List<String> KNOWN_QUALIFIERS = List.of("alpha", "beta", "milestone", "rc", "snapshot");

    private VersionOrder() {
    }

    @Override
    public int compare(String a, String b) {
        Parsed pa = Parsed.of(a);
        Parsed pb = Parsed.of(b);
        int c = Boolean.compare(!pa.numbers.isEmpty(), !pb.numbers.isEmpty());
        if (c == 0) {
            c = compareNumbers(pa.numbers, pb.numbers);
        }
        if (c == 0) {
            c = compareQualifiers(pa.qualifier, pb.qualifier);
        }
        return c != 0 ? c : a.compareTo(b);
    }

    private static int compareNumbers(List<String> a, List<String> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int c = compareNumber(i < a.size() ? a.get(i) : "0", i < b.size() ? b.get(i) : "0");
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    // By digits, so numbers longer than a long still order correctly.
    private static int compareNumber(String a, String b) {
        String x = a.replaceFirst("^0+(?=.)", "");
        String y = b.replaceFirst("^0+(?=.)", "");
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    private static int compareQualifiers(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isEmpty(), b.isEmpty()); // the release comes after its qualified versions
        }
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compareToken(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareToken(String a, String b) {
        boolean na = Character.isDigit(a.charAt(0));
        boolean nb = Character.isDigit(b.charAt(0));
        if (na && nb) {
            return compareNumber(a, b);
        }
        if (na != nb) {
            return na ? 1 : -1;
        }
        int c = Integer.compare(rank(a), rank(b));
        return c != 0 ? c : a.compareToIgnoreCase(b);
    }

    private static int rank(String word) {
        String w = switch (word.toLowerCase(Locale.ROOT)) {
            case "a" -> "alpha";
            case "b" -> "beta";
            case "m" -> "milestone";
            case "cr" -> "rc";
            default -> word.toLowerCase(Locale.ROOT);
        };
        int i = KNOWN_QUALIFIERS.indexOf(w);
        return i >= 0 ? i : KNOWN_QUALIFIERS.size();
    }

    /** {@code 1.2.0-rc.1+build.5} → numbers [1, 2, 0], qualifier tokens [rc, 1]; build metadata is ignored. */
    private record Parsed(List<String> numbers, List<String> qualifier) {
        static Parsed of(String version) {
            int plus = version.indexOf('+');
            String main = plus >= 0 ? version.substring(0, plus) : version;
            Matcher m = RELEASE.matcher(main);
            boolean numbered = m.matches();
            List<String> numbers = numbered ? List.of(m.group(1).split("\\.")) : List.of();
            List<String> qualifier = new ArrayList<>();
            Matcher t = QUALIFIER_TOKEN.matcher(numbered ? m.group(2) : main);
            while (t.find()) {
                qualifier.add(t.group());
            }
            return new Parsed(numbers, qualifier);
        }
    }
}
