package io.github.ismshandbook.isms.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The default theme (the {@code isms-theme-default} artifact on the class path) with the project's overrides: a
 * template or asset of the same name under {@code themeDirectory} wins ({@code themeDirectory/templates/x.peb} or
 * {@code themeDirectory/x.peb}; {@code themeDirectory/assets/…}), as in MkDocs' {@code custom_dir} or Hugo's
 * layouts. The Pebble engine autoescapes and is built once. Templates quote attributes with {@code "}.
 */
final class Theme {

    static final String CLASSPATH_ROOT = "io/github/ismshandbook/isms/theme/default/";
    private static final String ASSETS = "assets/";
    /** A file every build of the theme has; it locates the theme's assets folder or jar. */
    private static final String MARKER = CLASSPATH_ROOT + ASSETS + "handbook.css";

    /**
     * The templates' escaping: {@code & < > "}. Enough for text and double-quoted attributes, which is all the theme
     * writes; an apostrophe stays an apostrophe ({@code alert('x')}, not {@code alert(&#39;x&#39;)}).
     */
    private static final String TEXT_AND_ATTRIBUTE = "html-text";

    private final PebbleEngine engine;
    private final Path themeDirectory;
    private final ClassLoader classLoader = Theme.class.getClassLoader();

    Theme(Path themeDirectory) {
        this.themeDirectory = themeDirectory == null ? null : themeDirectory.toAbsolutePath().normalize();
        List<Loader<?>> loaders = new ArrayList<>();
        if (this.themeDirectory != null && Files.isDirectory(this.themeDirectory)) {
            Path templates = this.themeDirectory.resolve("templates");
            if (Files.isDirectory(templates)) {
                loaders.add(new FileLoader(templates.toString()));
            }
            loaders.add(new FileLoader(this.themeDirectory.toString()));
        }
        ClasspathLoader builtIn = new ClasspathLoader(classLoader);
        builtIn.setPrefix(CLASSPATH_ROOT + "templates");
        loaders.add(builtIn);
        this.engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .autoEscaping(true)
                .addEscapingStrategy(TEXT_AND_ATTRIBUTE, Theme::escape)
                .defaultEscapingStrategy(TEXT_AND_ATTRIBUTE)
                .strictVariables(false)
                .newLineTrimming(true)
                .build();
    }

    /** Renders a template; a template error is reported as an {@link IOException} naming the template. */
    String render(String template, Map<String, Object> context) throws IOException {
        StringWriter out = new StringWriter();
        render(template, context, out);
        return out.toString();
    }

    /** Renders a template to {@code out}, for a page too large to hold in memory. */
    void render(String template, Map<String, Object> context, Writer out) throws IOException {
        try {
            engine.getTemplate(template).evaluate(out, context);
        } catch (PebbleException e) {
            throw new IOException("Template " + template + " failed: " + e.getMessage(), e);
        }
    }

    static String escape(String input) {
        if (input == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(input.length() + 16);
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Copies the theme's assets into the site's {@code assets/} folder, the project's overrides last. */
    void copyAssets(SiteOutput out) throws IOException {
        for (Map.Entry<String, URL> asset : builtInAssets().entrySet()) {
            try (InputStream in = asset.getValue().openStream()) {
                out.copy(in, ASSETS + asset.getKey());
            }
        }
        if (themeDirectory == null) {
            return;
        }
        Path overrides = themeDirectory.resolve("assets");
        if (!Files.isDirectory(overrides, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(overrides)) {
            files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path file : files) {
            String relative = overrides.relativize(file).toString().replace('\\', '/');
            out.copy(file, ASSETS + relative);
        }
    }

    /** The theme's asset files by path below {@code assets/}, from a folder (in the reactor) or a jar. */
    private Map<String, URL> builtInAssets() throws IOException {
        URL marker = classLoader.getResource(MARKER);
        if (marker == null) {
            throw new IOException("The default theme is not on the class path: " + MARKER + " is missing");
        }
        Map<String, URL> assets = new TreeMap<>();
        if ("jar".equals(marker.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) marker.openConnection();
            connection.setUseCaches(false);
            String prefix = CLASSPATH_ROOT + ASSETS;
            try (JarFile jar = connection.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                        assets.put(entry.getName().substring(prefix.length()), classLoader.getResource(entry.getName()));
                    }
                }
            }
        } else {
            Path dir;
            try {
                dir = Paths.get(marker.toURI()).getParent();
            } catch (URISyntaxException e) {
                throw new IOException("Cannot read the theme's assets at " + marker, e);
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    assets.put(dir.relativize(p).toString().replace('\\', '/'), p.toUri().toURL());
                }
            }
        }
        return assets;
    }
}
