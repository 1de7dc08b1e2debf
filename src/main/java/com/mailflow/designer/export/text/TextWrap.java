package com.mailflow.designer.export.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines no wider than a limit, measured by the caller's font, so nothing runs
 * past a table cell or a diagram box. A word longer than a line breaks after a dot or hyphen (host names).
 */
public final class TextWrap {
    private static final String ELLIPSIS = "\u2026";

    private TextWrap() {
    }

    /** All lines; {@code \n} in the text starts a new line. */
    public static List<String> wrap(String text, double maxWidth, ToDoubleFunction<String> width) {
        if (text.indexOf('\n') < 0 && width.applyAsDouble(text) <= maxWidth) {
            return List.of(LineText.oneLine(text));
        }
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(LineText.oneLine(paragraph), maxWidth, width, lines);
        }
        return lines;
    }

    /** At most {@code maxLines}; the last one ends with an ellipsis when text was left out. */
    public static List<String> wrap(String text, double maxWidth, int maxLines, ToDoubleFunction<String> width) {
        List<String> lines = wrap(text, maxWidth, width);
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        kept.set(maxLines - 1, ellipsize(kept.get(maxLines - 1) + " " + lines.get(maxLines), maxWidth, width));
        return kept;
    }

    /** The text cut to fit, ending with an ellipsis when cut. */
    public static String ellipsize(String text, double maxWidth, ToDoubleFunction<String> width) {
        if (width.applyAsDouble(text) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 0 && width.applyAsDouble(text.substring(0, end) + ELLIPSIS) > maxWidth) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    private static void wrapParagraph(String text, double maxWidth, ToDoubleFunction<String> width,
                                      List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width.applyAsDouble(candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width.applyAsDouble(rest) > maxWidth && rest.length() > 1) {
                int cut = fitting(rest, maxWidth, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
    }

    /**
     * How many chars of {@code word} fit (at least one code point, so wrapping always advances):
     * up to the last dot, hyphen, slash or at-sign that fits, so a host name or address is broken
     * between its labels, never inside one; cut anywhere only when no such place fits.
     */
    private static int fitting(String word, double maxWidth, ToDoubleFunction<String> width) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (width.applyAsDouble(word.substring(0, next)) > maxWidth) {
                break;
            }
            end = next;
        }
        if (end >= word.length()) {
            return end;
        }
        for (int i = end; i > 0; i--) {
            if (".-/@".indexOf(word.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return end;
    }
}
