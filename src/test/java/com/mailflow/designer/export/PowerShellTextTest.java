package com.mailflow.designer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PowerShellTextTest {
    @Test
    void plainTextIsWrappedInSingleQuotes() {
        assertEquals("'From Gateway'", PowerShellText.quote("From Gateway"));
    }

    @Test
    void everyQuoteCharacterPowerShellRecognizesIsDoubled() {
        assertEquals("'a''b\u2018\u2018c\u2019\u2019d\u201A\u201Ae\u201B\u201Bf'",
                PowerShellText.quote("a'b\u2018c\u2019d\u201Ae\u201Bf"));
    }

    @Test
    void dollarSignsAndBackticksStayLiteralInsideSingleQuotes() {
        assertEquals("'$(Remove-Item x) `n'", PowerShellText.quote("$(Remove-Item x) `n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u2019; Remove-Item -Recurse C:\\ ; \u2018", "'", "''", "\u201B\u201A", "x'", "'x",
        "a\u2019\u2019b"})
    void quotedValueReadsBackAsExactlyTheOriginal(String hostile) {
        String quoted = PowerShellText.quote(hostile);
        assertEquals(hostile, PowerShellLexer.literal(quoted));
        assertEquals("''", PowerShellLexer.code(quoted), "nothing of the value escapes the string");
    }

    @Test
    void commentsCannotStartANewLineOfCode() {
        String comment = PowerShellText.comment("name\nRemove-Item C:\\\r\u2028\u2029\u0085x");
        assertFalse(comment.contains("\n") || comment.contains("\r") || comment.contains("\u2028")
                || comment.contains("\u2029") || comment.contains("\u0085"), comment);
    }
}
