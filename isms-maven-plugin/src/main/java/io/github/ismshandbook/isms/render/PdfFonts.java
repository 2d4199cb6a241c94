package io.github.ismshandbook.isms.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The fonts {@code handbook.pdf} embeds, shipped with the default theme in {@code fonts/} beside {@code assets/}
 * (so that a site does not carry them): Liberation Sans and Mono, and DejaVu Sans for the symbols Liberation has
 * no glyph for. {@code print.css} names them. The sans faces are also the last resort for text whose
 * {@code font-family} names none of them, so that no text falls back to a font the PDF does not embed.
 */
final class PdfFonts {

    private static final String FOLDER = Theme.CLASSPATH_ROOT + "fonts/";

    private record Face(String file, String family, int weight, FontStyle style, boolean lastResort) {
    }

    private static final List<Face> FACES = List.of(
            new Face("liberation/LiberationSans-Regular.ttf", "Liberation Sans", 400, FontStyle.NORMAL, true),
            new Face("liberation/LiberationSans-Bold.ttf", "Liberation Sans", 700, FontStyle.NORMAL, true),
            new Face("liberation/LiberationSans-Italic.ttf", "Liberation Sans", 400, FontStyle.ITALIC, true),
            new Face("liberation/LiberationSans-BoldItalic.ttf", "Liberation Sans", 700, FontStyle.ITALIC, true),
            new Face("liberation/LiberationMono-Regular.ttf", "Liberation Mono", 400, FontStyle.NORMAL, false),
            new Face("liberation/LiberationMono-Bold.ttf", "Liberation Mono", 700, FontStyle.NORMAL, false),
            new Face("dejavu/DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL, true),
            new Face("dejavu/DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL, true));

    private PdfFonts() {
    }

    /** Registers every face, embedded as a subset of the glyphs used. */
    static void register(PdfRendererBuilder builder) throws IOException {
        ClassLoader classLoader = PdfFonts.class.getClassLoader();
        for (Face face : FACES) {
            String resource = FOLDER + face.file();
            if (classLoader.getResource(resource) == null) {
                throw new IOException("The default theme is not on the class path: the font " + resource + " is missing");
            }
            Set<FSFontUseCase> uses = face.lastResort()
                    ? EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL)
                    : EnumSet.of(FSFontUseCase.DOCUMENT);
            builder.useFont(() -> classLoader.getResourceAsStream(resource), face.family(), face.weight(), face.style(),
                    true, uses);
        }
    }
}
