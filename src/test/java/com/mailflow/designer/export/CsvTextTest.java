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
    void aSemicolonCellIsQuotedAndTheFormulaAfterItNeutralised() {
        // Excel with ';' as list separator would split "x;=1+2" and run the second part.
        assertEquals("\"x;'=1+2\"", CsvText.cell("x;=1+2"));
        assertEquals("\"a,'+b;'-c\"", CsvText.cell("a,+b;-c"));
        assertEquals("\"a; '@SUM(A1)\"", CsvText.cell("a; @SUM(A1)"));
        assertEquals("\"l1\n'=cmd\"", CsvText.cell("l1\n=cmd"));
        assertEquals("a|'=1", CsvText.cell("a|=1"));
        assertEquals(" '=1", CsvText.cell(" =1"));
    }

    @Test
    void ordinaryValuesStayAsTheyAre() {
        assertEquals("v=spf1 include:spf.protection.outlook.com -all",
                CsvText.cell("v=spf1 include:spf.protection.outlook.com -all"));
        assertEquals("a-b", CsvText.cell("a-b"));
        assertEquals("\"a \"\"b\"\"\"", CsvText.cell("a \"b\""));
    }

    @Test
    void rowsEndInCrLf() {
        assertEquals("a,,\"b,c\"\r\n", CsvText.row(List.of("a", "", "b,c")));
    }
}
