package io.github.ismshandbook.isms.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The starter documents of {@code isms:init}: a small, consistent handbook (policies, a standard, procedures, a
 * continuity plan and a Statement of Applicability) shipped as resources of {@code isms-site-content}. A fresh
 * copy passes {@code isms:check} without errors: every control and clause exists in ISO/IEC 27001:2022, every
 * link resolves, and no referenced control is excluded in the SoA.
 */
public final class StarterHandbook {

    /** Classpath folder of the starter documents. */
    public static final String RESOURCE_FOLDER = "io/github/ismshandbook/isms/starter/";
    /** Lists the files, because a classpath folder cannot be listed reliably inside a jar. */
    public static final String INDEX = RESOURCE_FOLDER + "index.txt";

    private final ClassLoader resources;

    /** Reads the starter set from the class loader of this class (where {@code isms-site-content} is). */
    public StarterHandbook() {
        this(StarterHandbook.class.getClassLoader());
    }

    public StarterHandbook(ClassLoader resources) {
        this.resources = resources;
    }

    /** The starter files, relative to the source folder, in index order. */
    public List<String> files() throws IOException {
        List<String> files = new ArrayList<>();
        for (String line : read(INDEX).split("\n")) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (entry.startsWith("/") || entry.contains("\\") || entry.contains("//")
                    || List.of(entry.split("/")).contains("..")) {
                throw new IOException("Invalid entry '" + entry + "' in " + INDEX);
            }
            files.add(entry);
        }
        return files;
    }

    /** One starter file with its placeholders filled in. */
    public String text(String file, StarterValues values) throws IOException {
        return values.fill(read(RESOURCE_FOLDER + file));
    }

    /**
     * Writes every starter file into {@code sourceDirectory}, creating folders as needed. A file that already
     * exists (even as a broken symbolic link) is never overwritten: it is reported as skipped.
     */
    public InitResult copyTo(Path sourceDirectory, StarterValues values) throws IOException {
        Path root = sourceDirectory.toAbsolutePath().normalize();
        List<String> created = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String file : files()) {
            Path target = root.resolve(file).normalize();
            if (!target.startsWith(root)) {
                throw new IOException("Starter file " + file + " would be written outside " + root);
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(target)) {
                skipped.add(file);
                continue;
            }
            byte[] content = text(file, values).getBytes(StandardCharsets.UTF_8);
            Files.createDirectories(target.getParent());
            // CREATE_NEW fails atomically if the file appeared meanwhile: never overwrite a user's file.
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                out.write(content);
            } catch (FileAlreadyExistsException e) {
                skipped.add(file);
                continue;
            }
            created.add(file);
        }
        return new InitResult(created, skipped);
    }

    private String read(String resource) throws IOException {
        try (InputStream in = resources.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing resource " + resource + ": is isms-site-content on the classpath?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }
}
