package se.egalleria.catalog.application.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * A product file's bytes as text. Swedish Excel saves "CSV UTF-8" with a byte order mark, plain
 * "CSV" in Windows-1252 and "Unicode text" in UTF-16 with a byte order mark; files from elsewhere
 * are UTF-8 without one.
 */
final class TextDecoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    static String decode(byte[] bytes) {
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = utf8OrWindows1252(Arrays.copyOfRange(bytes, 3, bytes.length));
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else {
            text = utf8OrWindows1252(bytes);
        }
        // A Mac may write "ö" as "o" plus a combining diaeresis; header names and lengths expect one character.
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Windows-1252 text with å, ä or ö is almost never valid UTF-8 (those bytes would have to be
     * followed by continuation bytes), so a strict UTF-8 decoding tells the two apart.
     */
    private static String utf8OrWindows1252(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
