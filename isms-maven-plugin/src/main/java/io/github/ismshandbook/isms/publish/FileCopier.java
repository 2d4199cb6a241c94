package io.github.ismshandbook.isms.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies one regular file; a seam so tests can make a copy fail half-way. */
@FunctionalInterface
interface FileCopier {

    FileCopier PLAIN = (from, to) -> Files.copy(from, to);

    void copy(Path from, Path to) throws IOException;
}
