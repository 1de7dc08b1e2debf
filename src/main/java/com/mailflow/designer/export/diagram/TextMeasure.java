package com.mailflow.designer.export.diagram;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.function.ToDoubleFunction;

/** Text widths in diagram units, from the bundled font's metrics (no display needed). */
public final class TextMeasure {
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private TextMeasure() {
    }

    public static double width(String text, double size, boolean bold) {
        Font font = FontFiles.awt(bold).deriveFont((float) size);
        return font.getStringBounds(text, CONTEXT).getWidth();
    }

    public static ToDoubleFunction<String> of(double size, boolean bold) {
        Font font = FontFiles.awt(bold).deriveFont((float) size);
        return text -> font.getStringBounds(text, CONTEXT).getWidth();
    }
}
