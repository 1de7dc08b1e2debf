package com.mailflow.designer.export.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class TextWrapTest {
    /** Six units a character. */
    private static final ToDoubleFunction<String> MONO = s -> 6.0 * s.length();

    @Test
    void aHostNameTooLongForItsCellBreaksBetweenLabelsNeverInsideOne() {
        String mx = "contoso-com.mail.protection.outlook.com";
        List<String> lines = TextWrap.wrap(mx, 6 * 18, MONO);
        assertEquals(mx, String.join("", lines));
        for (String line : lines.subList(0, lines.size() - 1)) {
            assertTrue(line.endsWith(".") || line.endsWith("-"), line);
        }
        assertEquals(List.of("contoso-com.mail.", "protection.", "outlook.com"), lines);
    }

    @Test
    void aWordWithoutBreakPointsIsStillCutToFit() {
        List<String> lines = TextWrap.wrap("abcdefghij", 6 * 4, MONO);
        assertEquals(List.of("abcd", "efgh", "ij"), lines);
    }
}
