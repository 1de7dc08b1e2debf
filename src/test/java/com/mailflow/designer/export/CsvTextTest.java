package com.mailflow.designer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
    void cellsAFormulaCouldStartWithAreNeutralizedByAQuote(String value) {
        String cell = CsvText.cell(value);
        String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1) : cell;
        assertEquals("'" + value, unquoted);
    }

    @Test
    void hyperlinkFormulaIsNeutralizedAndItsQuotesDoubled() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvText.cell("=HYPERLINK(\"http://x\")"));
    }

    @Test
    void commasAndLineBreaksAreQuoted() {
        assertEquals("\"a, b\"", CsvText.cell("a, b"));
        assertEquals("\"line 1\nline 2\"", CsvText.cell("line 1\nline 2"));
        assertEquals("131.107.1.17", CsvText.cell("131.107.1.17"));
    }

    @Test
    void rowsEndInCrLf() {
        assertEquals("a,,\"b,c\"\r\n", CsvText.row(List.of("a", "", "b,c")));
    }
}
