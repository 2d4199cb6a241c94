package io.github.ismshandbook.isms.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Property checks for fuzz targets. Plain {@link AssertionError}s, built only when a check fails, because a
 * target runs thousands of times a second and most of its checks pass.
 */
final class Fuzzing {

    private Fuzzing() {
    }

    static void require(boolean condition, Supplier<String> failure) {
        if (!condition) {
            throw new AssertionError(failure.get());
        }
    }

    /** The work done with one input. */
    interface Work {
        void run() throws IOException;
    }

    /**
     * Runs the work and checks of one input; a failure or an exception is rethrown with the input described, so that
     * a crash can be read and minimized by hand.
     */
    static void with(Supplier<String> input, Work work) throws IOException {
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            throw new AssertionError(e + "\nfor " + input.get(), e);
        }
    }

    /** A file's bytes as a quoted Java string literal. */
    static String quoted(byte[] file) {
        return "\"" + escaped(file) + "\"";
    }

    /** The input as a Java string literal's content: UTF-8 where it is valid, escapes for the rest. */
    static String escaped(byte[] input) {
        StringBuilder out = new StringBuilder();
        new String(input, StandardCharsets.UTF_8).codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff
                            || c == 0xfffd) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
