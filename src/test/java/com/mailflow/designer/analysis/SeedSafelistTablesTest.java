package com.mailflow.designer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mailflow.designer.persistence.TemplateCatalog;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three routing scenarios of 000_68440aab94c74924.txt and their tables: gateway Yes,
 * e-mail server No, database server No; the gateway belongs on the internal servers list.
 */
class SeedSafelistTablesTest {
    private record Row(String address, String type, boolean add) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"standalone-gateway", "relay-after-onprem-filtering", "shared-address-space"})
    void reproducesTheSeedTable(String template) throws Exception {
        Report report = new Analyzer().analyze(TemplateCatalog.load(template).orElseThrow());
        List<Row> rows = report.safelist().stream().map(e -> new Row(e.address(), e.serverType(), e.add())).toList();
        assertEquals(List.of(new Row("131.107.1.17", "Gateway", true), new Row("131.107.1.18", "E-mail server", false),
                new Row("131.107.1.19", "Application server", false)), rows);
        assertEquals(SafelistList.INTERNAL_SERVERS, report.safelist().get(0).list(),
                "the seed puts the gateway on the internal servers list in all three scenarios");
    }
}
