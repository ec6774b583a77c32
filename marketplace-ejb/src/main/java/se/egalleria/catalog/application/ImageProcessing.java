package se.egalleria.catalog.application;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import se.egalleria.shared.InvalidInputException;

/**
 * Turns an uploaded picture into what the gallery serves. Only JPEG and PNG, recognised by their
 * first bytes (not by what the browser claims); dimensions are read before decoding, so a small
 * file that would unpack to a huge image is refused; everything is re-encoded as JPEG, which drops
 * camera metadata such as the position where the photo was taken.
 */
final class ImageProcessing {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_PIXELS_PER_SIDE = 8000;
    static final int DISPLAY_SIDE = 1200;
    static final int THUMBNAIL_SIDE = 300;

    private ImageProcessing() {
    }

    /** The display size and thumbnail of an upload. */
    record Processed(byte[] display, int width, int height, byte[] thumbnail) {
    }

    static Processed process(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new InvalidInputException("image", "error.image.empty");
        }
        if (upload.length > MAX_BYTES) {
            throw new InvalidInputException("image", "error.image.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (!isJpeg(upload) && !isPng(upload)) {
            throw new InvalidInputException("image", "error.image.type");
        }
        BufferedImage image = decode(upload);
        BufferedImage display = scaled(image, DISPLAY_SIDE);
        return new Processed(jpeg(display), display.getWidth(), display.getHeight(), jpeg(scaled(image, THUMBNAIL_SIDE)));
    }

    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidInputException("image", "error.image.type");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) > MAX_PIXELS_PER_SIDE || reader.getHeight(0) > MAX_PIXELS_PER_SIDE) {
                    throw new InvalidInputException("image", "error.image.dimensions", MAX_PIXELS_PER_SIDE);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("image", "error.image.unreadable");
        }
    }

    /** At most {@code side} pixels on the longer side, on white (transparent PNGs have no black background in JPEG). */
    private static BufferedImage scaled(BufferedImage image, int side) {
        double factor = Math.min(1.0, (double) side / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = result.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return result;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.82f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF;
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }
}
