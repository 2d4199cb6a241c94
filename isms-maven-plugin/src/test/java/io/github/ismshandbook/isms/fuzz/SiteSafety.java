package io.github.ismshandbook.isms.fuzz;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.github.ismshandbook.isms.fuzz.Fuzzing.require;

/**
 * What a rendered site must never contain, whatever the documents say (docs/reference.md, "Guarantees"): a script that
 * is not the theme's own {@code <script src=…>}, an event handler attribute, a {@code javascript:} URL, a search index
 * that is more than data, JSON that does not parse, or a given secret.
 */
final class SiteSafety {

    /** A script element of the theme, exactly as its templates write it. */
    private static final Pattern THEME_SCRIPT = Pattern.compile(
            "<script src=\"(\\.\\./)*(assets/([a-z0-9._-]+/)*[a-z0-9._-]+|search-index)\\.js\"( defer)?></script>");
    private static final String SCRIPT_START = "<script src=\"";
    private static final String SCRIPT_END = "</script>";
    /** The theme's Content-Security-Policy names script-src: harmless, but it would defeat the quick look. */
    private static final String POLICY_START = "<meta http-equiv=\"Content-Security-Policy\" content=\"";
    private static final Pattern BLANKS = Pattern.compile("[\\x00-\\x20\\x7f]");
    /** What a page must contain, once the theme's scripts and policy are out, to hide a script or javascript: URL. */
    private static final List<String> NEEDED_TO_HIDE = List.of("script", "&#", "&colon", "&tab", "&newline");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "poster", "data");
    /** The search index is data for the search page's script: one JSON value, assigned and nothing else. */
    private static final String SEARCH_INDEX_START = "window.ISMS_SEARCH_INDEX = ";
    /** JSON that parses as one value and nothing after it. */
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private SiteSafety() {
    }

    /** Checks every file of the site folder, if there is one. */
    static void check(Path site, String secret) {
        if (!Files.isDirectory(site)) {
            return;
        }
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                String name = site.relativize(file).toString().replace('\\', '/');
                require(!text.contains(secret), () -> name + " shows the secret file");
                if (name.endsWith(".html")) {
                    page(name, text);
                } else if (name.equals("search-index.js")) {
                    searchIndex(Files.readString(file));
                } else if (name.endsWith(".json")) {
                    JSON.readTree(file.toFile());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void searchIndex(String script) throws IOException {
        require(script.startsWith(SEARCH_INDEX_START) && script.endsWith(";\n"),
                () -> "search-index.js is not a single assignment: " + script);
        JSON.readTree(script.substring(SEARCH_INDEX_START.length(), script.length() - 2));
    }

    /**
     * A page is parsed as a browser would parse it unless its raw text rules every danger out: without the theme's
     * scripts and policy it has no "script" (blanks and control characters left out, any case), no character
     * reference that could spell one, and nothing like an attribute named on…. Parsing every page, or matching
     * patterns over every page, took most of a fuzzing run; these scans are plain loops.
     */
    private static void page(String page, String html) {
        String rest = squeezed(withoutTheme(html).toLowerCase(Locale.ROOT));
        if (NEEDED_TO_HIDE.stream().anyMatch(rest::contains) || maybeHandler(html)) {
            parsed(page, html);
        }
    }

    /** The page without the theme's own script elements and its Content-Security-Policy. */
    private static String withoutTheme(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int from = 0;
        while (true) {
            int script = html.indexOf(SCRIPT_START, from);
            int policy = html.indexOf(POLICY_START, from);
            int start = script < 0 ? policy : policy < 0 ? script : Math.min(script, policy);
            if (start < 0) {
                return out.append(html, from, html.length()).toString();
            }
            int end = start == script ? html.indexOf(SCRIPT_END, start) + SCRIPT_END.length()
                    : html.indexOf("\">", start + POLICY_START.length()) + 2;
            boolean theme = end > start + 1 && (start == policy
                    ? html.substring(start + POLICY_START.length(), end - 2).matches("[^\"<>]*")
                    : THEME_SCRIPT.matcher(html.substring(start, end)).matches());
            int next = theme ? end : start + 1;
            out.append(html, from, theme ? start : next);
            from = next;
        }
    }

    private static String squeezed(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x20 && c != 0x7f) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the text has "on", after a blank, quote or slash, then letters or '-' and an '=': maybe a handler. */
    private static boolean maybeHandler(String html) {
        for (int i = indexOfOn(html, 1); i >= 0; i = indexOfOn(html, i + 1)) {
            char before = html.charAt(i - 1);
            if (Character.isWhitespace(before) || before == '"' || before == '\'' || before == '/') {
                int j = i + 2;
                while (j < html.length() && (Character.isLetter(html.charAt(j)) || html.charAt(j) == '-')) {
                    j++;
                }
                while (j < html.length() && Character.isWhitespace(html.charAt(j))) {
                    j++;
                }
                if (j < html.length() && html.charAt(j) == '=') {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOfOn(String html, int from) {
        for (int i = Math.max(from, 1); i + 1 < html.length(); i++) {
            if ((html.charAt(i) | 0x20) == 'o' && (html.charAt(i + 1) | 0x20) == 'n') {
                return i;
            }
        }
        return -1;
    }

    /** The full check of a page, on the tree a browser builds from it. */
    private static void parsed(String page, String html) {
        Document dom = Jsoup.parse(html);
        int themeScripts = 0;
        for (Element script : dom.getElementsByTag("script")) {
            require(THEME_SCRIPT.matcher(script.outerHtml()).matches(),
                    () -> page + " runs a script that is not the theme's: " + script);
            themeScripts++;
        }
        int written = countOf(html.toLowerCase(Locale.ROOT), "<script");
        int elements = themeScripts;
        require(written == elements, () -> page + " has " + written + " '<script' but " + elements + " theme scripts");
        for (Element e : dom.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                require(!name.startsWith("on"), () -> page + " has an event handler: " + e);
                if (URL_ATTRIBUTES.contains(name)) {
                    // as browsers read a URL: blanks and control characters dropped, scheme in any case
                    String url = BLANKS.matcher(a.getValue()).replaceAll("").toLowerCase(Locale.ROOT);
                    require(!url.startsWith("javascript:"), () -> page + " links to javascript: in " + e);
                }
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
