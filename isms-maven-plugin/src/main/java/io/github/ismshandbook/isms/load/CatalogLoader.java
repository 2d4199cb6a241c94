package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Catalog;
import io.github.ismshandbook.isms.model.MandatoryCoverage;
import io.github.ismshandbook.isms.model.MandatoryItem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Loads the built-in ISO/IEC 27001:2022 catalog (a data file of {@code isms-site-content}) and merges the
 * project's extra catalogs, given by the {@code catalogs} parameter, in the same format (see {@link CatalogReader}).
 * An unreadable or malformed catalog is a configuration error: an {@link IOException} naming the file and line.
 */
public final class CatalogLoader {

    /** Classpath location of the built-in catalog in {@code site-content}. */
    public static final String BUILT_IN = "io/github/ismshandbook/isms/catalogs/iso27001-2022.yaml";

    private CatalogLoader() {
    }

    /** The built-in ISO/IEC 27001:2022 catalog merged with every file of {@link BuildConfig#catalogs()}, in order. */
    public static Catalog load(BuildConfig config) throws IOException {
        Catalog catalog = builtIn();
        for (Path file : config.catalogs()) {
            catalog = catalog.merge(read(file));
        }
        checkMandatory(catalog);
        return catalog;
    }

    /**
     * Every reference of the mandatory documented information must name a clause or control of the merged catalog
     * (an extra catalog's items may refer to the built-in clauses), or the item could never be addressed.
     */
    private static void checkMandatory(Catalog catalog) throws IOException {
        for (MandatoryItem item : catalog.mandatory()) {
            for (String ref : item.addressedBy()) {
                boolean known = ref.startsWith(MandatoryItem.TYPE_PREFIX) || (MandatoryCoverage.namesControl(catalog, ref)
                        ? catalog.control(ref).isPresent() : catalog.clause(ref).isPresent());
                if (!known) {
                    throw new IOException("Invalid catalog " + item.catalog() + ": mandatory item " + item.id()
                            + " is addressed by '" + ref + "', which is neither a clause nor a control of the catalog");
                }
            }
        }
    }

    /** The built-in ISO/IEC 27001:2022 catalog alone. */
    public static Catalog builtIn() throws IOException {
        InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(BUILT_IN);
        if (in == null) {
            throw new IOException("The built-in catalog " + BUILT_IN + " is not on the classpath (isms-site-content is missing)");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CatalogReader.read(reader, "classpath:" + BUILT_IN, "ISO/IEC 27001:2022");
        }
    }

    /** One catalog file; a file without {@code name} is named after the file. */
    public static Catalog read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String defaultName = fileName.replaceFirst("\\.[^.]*$", "");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CatalogReader.read(reader, file.toString(), defaultName);
        } catch (NoSuchFileException e) {
            throw new IOException("Catalog file " + file + " does not exist (parameter 'catalogs')", e);
        } catch (CharacterCodingException e) {
            throw new IOException("Catalog file " + file + " is not UTF-8 text", e);
        }
    }
}
