package com.mailflow.designer.export.diagram;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.owasp.encoder.Encode;

/** Writes the diagram as an {@code <svg>} element; every user string passes the OWASP encoder. */
public final class SvgCanvas implements DiagramCanvas {
    static final String FONT = "'DejaVu Sans', Verdana, Arial, sans-serif";
    private final StringBuilder out = new StringBuilder();

    /** The {@code <svg>} element alone, for a standalone file or inline in HTML. */
    public static String element(Diagram diagram, String title) {
        return element(diagram, title, canvas -> { });
    }

    /** The diagram with {@code over} drawn on top of it (a simulated hop, say). */
    public static String element(Diagram diagram, String title, java.util.function.Consumer<DiagramCanvas> over) {
        SvgCanvas canvas = new SvgCanvas();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(diagram.width()))
                .append("\" height=\"").append(num(diagram.height())).append("\" viewBox=\"0 0 ")
                .append(num(diagram.width())).append(' ').append(num(diagram.height()))
                .append("\" role=\"img\" font-family=\"").append(FONT).append("\">\n");
        svg.append("<title>").append(Encode.forXml(title)).append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        DiagramPainter.paint(diagram, canvas);
        over.accept(canvas);
        return svg.append(canvas.out).append("</svg>\n").toString();
    }

    @Override
    public void polygon(List<Point> points, Rgb fill, Rgb stroke, double strokeWidth) {
        out.append("<polygon points=\"")
                .append(points.stream().map(p -> num(p.x()) + "," + num(p.y())).collect(Collectors.joining(" ")))
                .append('"').append(paint(fill, stroke, strokeWidth)).append("/>\n");
    }

    @Override
    public void ellipse(double cx, double cy, double rx, double ry, Rgb fill, Rgb stroke, double strokeWidth) {
        out.append("<ellipse cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" rx=\"")
                .append(num(rx)).append("\" ry=\"").append(num(ry)).append('"')
                .append(paint(fill, stroke, strokeWidth)).append("/>\n");
    }

    @Override
    public void roundRect(double x, double y, double w, double h, double radius, Rgb fill, Rgb stroke,
                          double strokeWidth) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append('"');
        if (radius > 0) {
            out.append(" rx=\"").append(num(radius)).append('"');
        }
        out.append(paint(fill, stroke, strokeWidth)).append("/>\n");
    }

    @Override
    public void line(Point a, Point b, Rgb stroke, double strokeWidth) {
        out.append("<line x1=\"").append(num(a.x())).append("\" y1=\"").append(num(a.y())).append("\" x2=\"")
                .append(num(b.x())).append("\" y2=\"").append(num(b.y())).append('"')
                .append(paint(null, stroke, strokeWidth)).append("/>\n");
    }

    @Override
    public void text(String text, double x, double baseline, double size, boolean bold, boolean centered, Rgb color) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(baseline)).append("\" font-size=\"")
                .append(num(size)).append('"');
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        if (centered) {
            out.append(" text-anchor=\"middle\"");
        }
        out.append(" fill=\"").append(color.css()).append("\">").append(Encode.forXmlContent(text))
                .append("</text>\n");
    }

    private static String paint(Rgb fill, Rgb stroke, double width) {
        String s = " fill=\"" + (fill == null ? "none" : fill.css()) + '"';
        if (stroke != null) {
            s += " stroke=\"" + stroke.css() + "\" stroke-width=\"" + num(width) + '"';
        }
        return s;
    }

    /** Two decimals at most, no trailing zeros, never a locale's decimal comma. */
    static String num(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }
}
