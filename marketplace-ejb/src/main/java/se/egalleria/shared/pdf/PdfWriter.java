package se.egalleria.shared.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes text lines top-down on A4 pages with PDFBox, starting a new page when one is full. Uses
 * the standard Helvetica fonts (WinAnsi: å, ä, ö and é are there); a character they lack is
 * written as '?' rather than failing the whole note.
 */
public final class PdfWriter implements AutoCloseable {

    public static final float MARGIN = 50;
    public static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPage page;
    private PDPageContentStream content;
    private float y;

    private float columnSize = 10;

    public PdfWriter(PDDocument document) {
        this.document = document;
    }

    public void newPage() {
        try {
            closeContent();
            page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void heading(String text, float size) {
        line(bold, size, MARGIN, text);
    }

    public void text(String text) {
        line(regular, 10, MARGIN, text);
    }

    public void boldText(String text) {
        line(bold, 10, MARGIN, text);
    }

    /** Smaller text in columns, for wide tables. */
    public void smallColumns() {
        columnSize = 7.5f;
    }

    /** Columns on one line: x offsets from the left margin; right-aligned where {@code right[i]}. */
    public void columns(float[] offsets, boolean[] right, String... cells) {
        needs(columnSize + 4);
        try {
            for (int i = 0; i < cells.length; i++) {
                String cell = safe(regular, cells[i]);
                float x = MARGIN + offsets[i];
                if (right[i]) {
                    x -= regular.getStringWidth(cell) / 1000 * columnSize;
                }
                write(regular, columnSize, x, y, cell);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= columnSize + 4;
    }

    public void rule() {
        needs(8);
        try {
            content.moveTo(MARGIN, y + 4);
            content.lineTo(MARGIN + WIDTH, y + 4);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 8;
    }

    public void space(float points) {
        y -= points;
    }

    /** An image (e.g. the QR code) at the top right of the current page. */
    public void topRight(PDImageXObject image, float size) {
        try {
            content.drawImage(image, MARGIN + WIDTH - size, PDRectangle.A4.getHeight() - MARGIN - size, size, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(PDType1Font font, float size, float x, String text) {
        needs(size + 6);
        write(font, size, x, y - size, safe(font, text));
        y -= size + 6;
    }

    private void needs(float height) {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void write(PDType1Font font, float size, float x, float baseline, String text) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String safe(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        String value = text == null ? "" : text.replace('\u2212', '-').replace('\n', ' ').replace('\r', ' ');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            try {
                font.encode(String.valueOf(c));
                out.append(c);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        }
        return out.toString();
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    @Override
    public void close() {
        try {
            closeContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
