package com.mailflow.designer.export.diagram;

import java.util.function.ToDoubleFunction;

/**
 * Where the diagram gets its text widths from: the renderer's own font metrics. The PDF passes
 * its embedded font's widths, so a PDF export never starts Java2D's font system.
 */
@FunctionalInterface
public interface TextMeasurer {
    /** Java2D metrics of the bundled font (SVG and PNG). */
    TextMeasurer AWT = TextMeasure::of;

    ToDoubleFunction<String> of(double size, boolean bold);
}
