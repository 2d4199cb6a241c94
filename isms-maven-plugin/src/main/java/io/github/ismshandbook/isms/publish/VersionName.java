package io.github.ismshandbook.isms.publish;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a handbook version must follow to become a folder name under the publish directory: one
 * path segment made of letters, digits, {@code . _ + -}, so nothing is ever written outside that
 * directory, and never a name the publisher itself uses ({@code latest}, {@code index.html},
 * {@code versions.json}).
 */
public final class VersionName {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,63}");
    // Names Windows cannot create as files, whatever the extension.
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com\\d|lpt\\d)(\\..*)?");
    private static final Set<String> RESERVED = Set.of(VersionIndex.LATEST, VersionIndex.FILE_NAME, "index.html");

    private VersionName() {
    }

    /** Whether {@code version} may be published. */
    public static boolean isValid(String version) {
        return problem(version) == null;
    }

    /**
     * Returns {@code version} when it may be published.
     *
     * @throws IllegalArgumentException naming the version and what is wrong with it
     */
    public static String requireValid(String version) {
        String problem = problem(version);
        if (problem != null) {
            throw new IllegalArgumentException("Version '" + printable(version) + "' cannot be published: " + problem);
        }
        return version;
    }

    private static String problem(String version) {
        if (version == null || version.isEmpty()) {
            return "it is empty";
        }
        if (!ALLOWED.matcher(version).matches()) {
            return "use 1 to 64 letters, digits, '.', '_', '+' or '-', starting with a letter or digit";
        }
        if (version.contains("..") || version.endsWith(".")) {
            return "it must not contain '..' or end with '.'";
        }
        // Case-insensitive: on Windows and macOS "Latest" is the same folder as "latest".
        if (RESERVED.contains(version.toLowerCase(Locale.ROOT)) || WINDOWS_DEVICE.matcher(version).matches()) {
            return "the name is reserved";
        }
        return null;
    }

    private static String printable(String version) {
        if (version == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        version.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c)) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return version.length() > 80 ? sb + "…" : sb.toString();
    }
}
