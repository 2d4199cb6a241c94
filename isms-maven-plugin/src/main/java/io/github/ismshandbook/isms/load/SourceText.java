package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.Position;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a source file, decoded as strict UTF-8, with a leading byte order mark dropped and every
 * line ending (CRLF, CR) turned into LF, so that line numbers are the same whatever editor saved the file.
 *
 * @param text        the decoded text; invalid bytes are replaced by U+FFFD
 * @param invalidByte where the first invalid UTF-8 byte sequence starts, or {@code null} when there is none
 */
record SourceText(String text, Position invalidByte) {

    private static final char BOM = '\uFEFF';

    static SourceText decode(byte[] bytes) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1); // UTF-8 never gives more chars than bytes
        CoderResult result = strict.decode(in, out, true);
        if (!result.isError()) {
            strict.flush(out);
            return new SourceText(normalize(out.flip().toString()), null);
        }
        // out holds exactly the text before the first bad byte: its end is the bad byte's position
        Position bad = endOf(normalize(out.flip().toString()));
        return new SourceText(normalize(new String(bytes, StandardCharsets.UTF_8)), bad);
    }

    /** Whether the bytes look like a binary file rather than text: text files have no NUL bytes. */
    static boolean isBinary(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    static String normalize(String raw) {
        String s = !raw.isEmpty() && raw.charAt(0) == BOM ? raw.substring(1) : raw;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Position endOf(String prefix) {
        int lastBreak = prefix.lastIndexOf('\n');
        int line = (int) prefix.chars().filter(c -> c == '\n').count() + 1;
        return new Position(line, prefix.codePointCount(lastBreak + 1, prefix.length()) + 1);
    }
}
