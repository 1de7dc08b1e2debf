package com.mailflow.designer.export.diagram;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The DejaVu Sans fonts shipped under {@code /assets/fonts/}: embedded in PDFs and used to
 * measure and draw diagram text, so every renderer lays text out with the same widths.
 */
public final class FontFiles {
    private static final String REGULAR = "/assets/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/assets/fonts/DejaVuSans-Bold.ttf";
    private static volatile byte[] regularBytes;
    private static volatile byte[] boldBytes;
    private static volatile Font regularFont;
    private static volatile Font boldFont;

    private FontFiles() {
    }

    public static byte[] bytes(boolean bold) {
        if (bold) {
            if (boldBytes == null) {
                boldBytes = read(BOLD);
            }
            return boldBytes;
        }
        if (regularBytes == null) {
            regularBytes = read(REGULAR);
        }
        return regularBytes;
    }

    /** The Java2D font at size 1; derive the size you need. */
    public static Font awt(boolean bold) {
        if (bold) {
            if (boldFont == null) {
                boldFont = create(bytes(true));
            }
            return boldFont;
        }
        if (regularFont == null) {
            regularFont = create(bytes(false));
        }
        return regularFont;
    }

    private static Font create(byte[] bytes) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes)).deriveFont(1f);
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the bundled font can't be read", e);
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = FontFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the program");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
