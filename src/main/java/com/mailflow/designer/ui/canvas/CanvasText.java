package com.mailflow.designer.ui.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The canvas's fonts, set in code rather than CSS so that a text can be measured before it is
 * first styled, and their text widths (for {@link com.mailflow.designer.export.diagram.BoxText}). FX thread only.
 */
final class CanvasText {
    static final Font NAME = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 12);
    static final Font KIND = Font.font(Font.getDefault().getFamily(), 10.5);
    static final Font LABEL = Font.font(Font.getDefault().getFamily(), 10);
    static final Font NOTE = Font.font(Font.getDefault().getFamily(), 12);
    static final Font MARK = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 8.5);
    private static final Text MEASURE = new Text();
    private static final Map<Font, Map<Integer, Double>> ADVANCES = new HashMap<>();
    private static final Map<Font, Double> HEIGHTS = new HashMap<>();

    private CanvasText() {
    }

    /**
     * The sum of the characters' advances, each measured once per font: thousands of names are
     * fitted when a big file opens, and a text layout per name costs far more than a lookup.
     */
    static double width(String text, Font font) {
        Map<Integer, Double> widths = ADVANCES.computeIfAbsent(font, f -> new HashMap<>());
        double sum = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            sum += widths.computeIfAbsent(c, k -> measure(new String(Character.toChars(k)), font));
            i += Character.charCount(c);
        }
        return sum;
    }

    /** The height of one line of text in {@code font} (what a {@code Text} of one line is tall). */
    static double lineHeight(Font font) {
        return HEIGHTS.computeIfAbsent(font, f -> {
            MEASURE.setFont(f);
            MEASURE.setText("Ag");
            return MEASURE.getLayoutBounds().getHeight();
        });
    }

    private static double measure(String text, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }
}
