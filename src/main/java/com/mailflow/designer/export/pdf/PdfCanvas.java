package com.mailflow.designer.export.pdf;

import com.mailflow.designer.export.diagram.DiagramCanvas;
import com.mailflow.designer.export.diagram.Point;
import com.mailflow.designer.export.diagram.Rgb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * Paints the diagram as PDF vector graphics. The caller has flipped the y axis (diagram units
 * grow downwards); text gets a text matrix that flips it back upright.
 */
final class PdfCanvas implements DiagramCanvas {
    /** Bezier control distance that makes a quarter circle. */
    private static final double KAPPA = 0.5522847498;
    private final PDPageContentStream cs;
    private final PdfFonts fonts;

    PdfCanvas(PDPageContentStream cs, PdfFonts fonts) {
        this.cs = cs;
        this.fonts = fonts;
    }

    @Override
    public void polygon(List<Point> points, Rgb fill, Rgb stroke, double strokeWidth) {
        run(() -> {
            cs.moveTo(f(points.get(0).x()), f(points.get(0).y()));
            for (Point p : points.subList(1, points.size())) {
                cs.lineTo(f(p.x()), f(p.y()));
            }
            cs.closePath();
            paint(fill, stroke, strokeWidth);
        });
    }

    @Override
    public void ellipse(double cx, double cy, double rx, double ry, Rgb fill, Rgb stroke, double strokeWidth) {
        run(() -> {
            double kx = rx * KAPPA;
            double ky = ry * KAPPA;
            cs.moveTo(f(cx + rx), f(cy));
            cs.curveTo(f(cx + rx), f(cy + ky), f(cx + kx), f(cy + ry), f(cx), f(cy + ry));
            cs.curveTo(f(cx - kx), f(cy + ry), f(cx - rx), f(cy + ky), f(cx - rx), f(cy));
            cs.curveTo(f(cx - rx), f(cy - ky), f(cx - kx), f(cy - ry), f(cx), f(cy - ry));
            cs.curveTo(f(cx + kx), f(cy - ry), f(cx + rx), f(cy - ky), f(cx + rx), f(cy));
            cs.closePath();
            paint(fill, stroke, strokeWidth);
        });
    }

    @Override
    public void roundRect(double x, double y, double w, double h, double radius, Rgb fill, Rgb stroke,
                          double strokeWidth) {
        run(() -> {
            double r = Math.min(radius, Math.min(w, h) / 2);
            if (r <= 0) {
                cs.addRect(f(x), f(y), f(w), f(h));
            } else {
                double k = r * (1 - KAPPA);
                cs.moveTo(f(x + r), f(y));
                cs.lineTo(f(x + w - r), f(y));
                cs.curveTo(f(x + w - k), f(y), f(x + w), f(y + k), f(x + w), f(y + r));
                cs.lineTo(f(x + w), f(y + h - r));
                cs.curveTo(f(x + w), f(y + h - k), f(x + w - k), f(y + h), f(x + w - r), f(y + h));
                cs.lineTo(f(x + r), f(y + h));
                cs.curveTo(f(x + k), f(y + h), f(x), f(y + h - k), f(x), f(y + h - r));
                cs.lineTo(f(x), f(y + r));
                cs.curveTo(f(x), f(y + k), f(x + k), f(y), f(x + r), f(y));
                cs.closePath();
            }
            paint(fill, stroke, strokeWidth);
        });
    }

    @Override
    public void line(Point a, Point b, Rgb stroke, double strokeWidth) {
        run(() -> {
            cs.moveTo(f(a.x()), f(a.y()));
            cs.lineTo(f(b.x()), f(b.y()));
            paint(null, stroke, strokeWidth);
        });
    }

    @Override
    public void text(String text, double x, double baseline, double size, boolean bold, boolean centered, Rgb color) {
        run(() -> {
            String shown = fonts.printable(text, bold);
            double left = centered ? x - fonts.width(shown, size, bold) / 2 : x;
            cs.beginText();
            cs.setFont(fonts.font(bold), f(size));
            cs.setNonStrokingColor(color.r() / 255f, color.g() / 255f, color.b() / 255f);
            cs.setTextMatrix(new Matrix(1, 0, 0, -1, f(left), f(baseline)));
            cs.showText(shown);
            cs.endText();
        });
    }

    private void paint(Rgb fill, Rgb stroke, double width) throws IOException {
        if (fill != null) {
            cs.setNonStrokingColor(fill.r() / 255f, fill.g() / 255f, fill.b() / 255f);
        }
        if (stroke != null) {
            cs.setStrokingColor(stroke.r() / 255f, stroke.g() / 255f, stroke.b() / 255f);
            cs.setLineWidth(f(width));
        }
        if (fill != null && stroke != null) {
            cs.fillAndStroke();
        } else if (fill != null) {
            cs.fill();
        } else if (stroke != null) {
            cs.stroke();
        }
    }

    private static float f(double v) {
        return (float) v;
    }

    private interface PdfOp {
        void run() throws IOException;
    }

    private static void run(PdfOp op) {
        try {
            op.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
