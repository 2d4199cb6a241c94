package io.github.ismshandbook.isms.files;

import java.io.IOException;
import java.nio.file.Path;

/** Copies one regular file; a seam so tests can make a copy fail half-way. */
@FunctionalInterface
public interface FileCopier {

    /** {@link AtomicFiles#copyFile}: the copy gets the modes of a new file, whatever the source's. */
    FileCopier PLAIN = AtomicFiles::copyFile;

    void copy(Path from, Path to) throws IOException;
}
