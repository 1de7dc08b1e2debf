package com.mailflow.designer.export.diagram;

import java.util.List;

/** Paints a {@link Diagram} onto any {@link DiagramCanvas}: the one place that decides how it looks. */
public final class DiagramPainter {
    static final Rgb ARROW = Rgb.hex(0x546E7A);
    static final Rgb LABEL_TEXT = Rgb.hex(0x37474F);
    static final Rgb LABEL_BORDER = Rgb.hex(0xCFD8DC);
    private static final double LINE_HEIGHT = 13;
    static final double LEGEND_TEXT_LEFT = 36;

    private DiagramPainter() {
    }

    public static void paint(Diagram diagram, DiagramCanvas canvas) {
        for (Arrow a : diagram.arrows()) {
            canvas.line(a.start(), a.end(), ARROW, 1.2);
            canvas.polygon(a.head(), ARROW, null, 0);
        }
        for (NodeBox box : diagram.nodes()) {
            outline(box, canvas);
            IconPainter.paint(box, canvas);
            text(box, canvas);
        }
        for (com.mailflow.designer.model.Annotation note : diagram.annotations()) {
            double baseline = note.y() + Diagram.NOTE_SIZE;
            for (String line : note.text().lines().toList()) {
                canvas.text(line, note.x(), baseline, Diagram.NOTE_SIZE, false, false, LABEL_TEXT);
                baseline += Diagram.NOTE_LINE;
            }
        }
        if (diagram.hasLegend()) {
            legend(diagram, canvas);
        }
        for (Arrow a : diagram.arrows()) {
            if (a.label() != null) {
                double[] r = a.labelBox();
                canvas.roundRect(r[0], r[1], r[2] - r[0], r[3] - r[1], 3, Rgb.WHITE, LABEL_BORDER, 0.6);
                double baseline = r[1] + 2 + Arrow.LABEL_LINE - 2;
                for (String line : a.labelLines()) {
                    canvas.text(line, a.labelCenter().x(), baseline, Diagram.LABEL_SIZE, false, true, LABEL_TEXT);
                    baseline += Arrow.LABEL_LINE;
                }
            }
        }
    }

    private static void outline(NodeBox b, DiagramCanvas canvas) {
        NodeStyle s = b.style();
        switch (s.shape()) {
            case ELLIPSE -> canvas.ellipse(b.centerX(), b.centerY(), b.w() / 2, b.h() / 2, s.fill(), s.stroke(), 1.5);
            case PILL -> canvas.roundRect(b.x(), b.y(), b.w(), b.h(), b.h() / 2, s.fill(), s.stroke(), 1.5);
            case RECT -> canvas.roundRect(b.x(), b.y(), b.w(), b.h(), 0, s.fill(), s.stroke(), 1.5);
            case ROUNDED -> canvas.roundRect(b.x(), b.y(), b.w(), b.h(), 8, s.fill(), s.stroke(), 1.5);
            case HEXAGON -> {
                double cut = 14;
                canvas.polygon(List.of(new Point(b.x() + cut, b.y()), new Point(b.x() + b.w() - cut, b.y()),
                        new Point(b.x() + b.w(), b.centerY()), new Point(b.x() + b.w() - cut, b.y() + b.h()),
                        new Point(b.x() + cut, b.y() + b.h()), new Point(b.x(), b.centerY())), s.fill(), s.stroke(),
                        1.5);
            }
        }
    }

    private static void text(NodeBox b, DiagramCanvas canvas) {
        double baseline = b.y() + 18;
        double x = b.x() + DiagramBuilder.TEXT_LEFT;
        for (String line : b.titleLines()) {
            canvas.text(line, x, baseline, Diagram.TITLE_SIZE, true, false, Rgb.BLACK);
            baseline += LINE_HEIGHT;
        }
        canvas.text(b.subtitle(), x, baseline + 1, Diagram.SUBTITLE_SIZE, false, false, Rgb.GREY);
        for (NodeBox.Badge badge : b.badges()) {
            badge(badge.mark(), badge.x(), b.y() + b.h() - 16, badge.width(), b.style().stroke(), canvas);
        }
    }

    private static void badge(Mark mark, double x, double top, double width, Rgb color, DiagramCanvas canvas) {
        canvas.roundRect(x, top, width, 11, 2.5, Rgb.WHITE, color, 0.8);
        canvas.text(mark.tag(), x + width / 2, top + 8.2, Diagram.BADGE_SIZE, true, true, color);
    }

    /** The marks and link styles, one per line, below the drawing. */
    private static void legend(Diagram d, DiagramCanvas canvas) {
        double x = DiagramBuilder.MARGIN;
        double y = d.legendTop();
        canvas.text("Legend", x, y, Diagram.LEGEND_SIZE, true, false, Rgb.BLACK);
        for (Legend.Entry e : Legend.entries()) {
            y += Diagram.LEGEND_LINE;
            if (e.mark() != null) {
                badge(e.mark(), x, y - 9, 28, ARROW, canvas);
            } else {
                canvas.text(e.sample(), x + 14, y, Diagram.LEGEND_SIZE, e.sample().length() == 1, true, ARROW);
            }
            canvas.text(e.meaning(), x + LEGEND_TEXT_LEFT, y, Diagram.LEGEND_SIZE, false, false, LABEL_TEXT);
        }
    }
}
