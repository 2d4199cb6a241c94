package io.github.ismshandbook.isms.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of the ISMS Handbook tool itself (not of a handbook), as written into reports.
 * Maven filters {@code version.properties} at build time; when the classes run unfiltered (an IDE, some unit
 * test set-ups) the jar manifest's implementation version is used, and {@code dev} when there is none.
 */
public final class ToolVersion {

    static final String RESOURCE = "/io/github/ismshandbook/isms/version.properties";
    private static final String VERSION = read();

    private ToolVersion() {
    }

    /** The tool version, e.g. {@code 0.1.0}; never {@code null}. */
    public static String current() {
        return VERSION;
    }

    private static String read() {
        return choose(fromResource(), ToolVersion.class.getPackage().getImplementationVersion());
    }

    /** The filtered resource value unless it is empty or still the {@code ${project.version}} placeholder. */
    static String choose(String filtered, String manifest) {
        if (filtered != null && !filtered.isBlank() && !filtered.contains("${")) {
            return filtered.trim();
        }
        return manifest == null || manifest.isBlank() ? "dev" : manifest.trim();
    }

    private static String fromResource() {
        try (InputStream in = ToolVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "").trim();
        } catch (IOException e) {
            return ""; // a damaged resource only costs the version number in the reports
        }
    }
}
