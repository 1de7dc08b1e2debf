package com.mailflow.designer.edit;

/**
 * The size rule of a node's box, shared by the canvas and the exported diagram: a box is as wide
 * as its name needs, between these bounds (a longer name takes a second line), and always this
 * tall, so the layout can keep boxes and links apart without knowing any font.
 */
public final class BoxSize {
    public static final double MIN_WIDTH = 150;
    public static final double MAX_WIDTH = 240;
    public static final double HEIGHT = 72;
    /** Left of the text: the icon's column (a disc of radius 17 centred 27 from the left) and a gap. */
    public static final double TEXT_LEFT = 50;
    /** The canvas's connect handle: a circle of this radius centred on the box's right edge. */
    public static final double PORT_RADIUS = 6;
    /**
     * Right of the text: the part of the connect handle inside the box (with its stroke) and a
     * gap, so that neither the handle nor the selection border (2 px) covers a text's end.
     */
    public static final double TEXT_RIGHT = PORT_RADIUS + 6;
    /** The widest a name line may be before it wraps (178: what 230-px boxes gave before the handle was reserved). */
    public static final double MAX_TEXT_WIDTH = MAX_WIDTH - TEXT_LEFT - TEXT_RIGHT;

    private BoxSize() {
    }

    /** The box width for text whose widest line is {@code textWidth}. */
    public static double widthFor(double textWidth) {
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.ceil(TEXT_LEFT + textWidth + TEXT_RIGHT)));
    }
}
