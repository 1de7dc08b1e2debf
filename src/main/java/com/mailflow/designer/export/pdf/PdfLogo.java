package com.mailflow.designer.export.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** The customer's logo on the cover, at most 160 by 60 points, above the title. */
final class PdfLogo {
    private static final float MAX_WIDTH = 160;
    private static final float MAX_HEIGHT = 60;

    private PdfLogo() {
    }

    /** Draws {@code png} (nothing when null or not an image PDFBox can read) and moves below it. */
    static void draw(PdfPages pages, byte[] png) throws IOException {
        if (png == null) {
            return;
        }
        PDImageXObject image;
        try {
            image = PDImageXObject.createFromByteArray(pages.document(), png, "logo");
        } catch (IOException | IllegalArgumentException e) {
            return;
        }
        float scale = Math.min(1, Math.min(MAX_WIDTH / image.getWidth(), MAX_HEIGHT / image.getHeight()));
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        pages.content().drawImage(image, pages.left(), pages.y() - h, w, h);
        pages.moveTo(pages.y() - h - 24);
    }
}
