package com.mailflow.designer.export.diagram;

import com.mailflow.designer.model.Scenario;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** The diagram alone, as an SVG file or a PNG image. */
public final class DiagramExports {
    /** Larger images are scaled down to this many pixels, so a huge scenario can't exhaust memory. */
    static final double MAX_PIXELS = 40_000_000;
    static final int MAX_SIDE = 16_000;

    static {
        // ImageIO's default disk cache leaves an imageio*.tmp in the temp folder when a write dies
        // (out of memory); the PNG is written to memory anyway, so the cache buys nothing.
        ImageIO.setUseCache(false);
    }

    private DiagramExports() {
    }

    public static byte[] svg(Scenario scenario, NodeMarks marks) {
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + SvgCanvas.element(DiagramBuilder.build(scenario, marks), scenario.name());
        return svg.getBytes(StandardCharsets.UTF_8);
    }

    /** Rendered with Java2D, headless: {@code scale} pixels per diagram unit (lowered for huge diagrams). */
    public static byte[] png(Scenario scenario, NodeMarks marks, double scale) throws IOException {
        Diagram diagram = DiagramBuilder.build(scenario, marks);
        double s = effectiveScale(diagram, scale);
        int w = (int) Math.ceil(diagram.width() * s);
        int h = (int) Math.ceil(diagram.height() * s);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(s, s);
            DiagramPainter.paint(diagram, new Graphics2DCanvas(g));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static double effectiveScale(Diagram diagram, double wanted) {
        double s = wanted;
        s = Math.min(s, MAX_SIDE / diagram.width());
        s = Math.min(s, MAX_SIDE / diagram.height());
        s = Math.min(s, Math.sqrt(MAX_PIXELS / (diagram.width() * diagram.height())));
        return s;
    }
}
