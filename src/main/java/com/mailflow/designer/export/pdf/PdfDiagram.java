package com.mailflow.designer.export.pdf;

import com.mailflow.designer.export.diagram.Diagram;
import com.mailflow.designer.export.diagram.DiagramCanvas;
import com.mailflow.designer.export.diagram.DiagramPainter;
import java.io.IOException;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/** A diagram as vector graphics at the current place of a page, scaled to the room it is given. */
final class PdfDiagram {
    /** Up to three times the diagram's size, so that a two-box drawing stays sane. */
    private static final double MAX_SCALE = 3;

    private PdfDiagram() {
    }

    /**
     * Draws the diagram centred across the page from the current line down, at most {@code maxHeight}
     * high, with {@code over} on top of it, and moves the current line below it.
     */
    static void draw(PdfPages pages, Diagram diagram, float maxHeight, Consumer<DiagramCanvas> over)
            throws IOException {
        float availableWidth = pages.width();
        double scale = Math.min(MAX_SCALE, Math.min(availableWidth / diagram.width(), maxHeight / diagram.height()));
        float drawnWidth = (float) (diagram.width() * scale);
        float left = pages.left() + (availableWidth - drawnWidth) / 2;
        float top = pages.y();
        PDPageContentStream cs = pages.content();
        cs.saveGraphicsState();
        // Diagram units have y growing downwards; PDF's grows upwards.
        cs.transform(new Matrix((float) scale, 0, 0, (float) -scale, left, top));
        PdfCanvas canvas = new PdfCanvas(cs, pages.fonts());
        DiagramPainter.paint(diagram, canvas);
        over.accept(canvas);
        cs.restoreGraphicsState();
        pages.forgetTextState();
        pages.moveTo(top - (float) (diagram.height() * scale));
    }
}
