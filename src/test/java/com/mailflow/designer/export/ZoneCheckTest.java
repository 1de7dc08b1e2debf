package com.mailflow.designer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.analysis.DnsRecord;
import com.mailflow.designer.analysis.RecordPurpose;
import com.mailflow.designer.analysis.RecordType;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.TemplateCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BIND's own checker accepts the exported lines. The export carries no SOA or NS (they belong to
 * whoever hosts the zone), so each domain's lines are wrapped here in a minimal SOA and NS, the
 * way they end up in a real zone. Skipped when named-checkzone is not installed (.ci/run installs it).
 */
class ZoneCheckTest {
    private static boolean installed;

    @TempDir
    Path dir;

    @BeforeAll
    static void findChecker() {
        try {
            Process p = new ProcessBuilder("named-checkzone", "-v").redirectErrorStream(true).start();
            installed = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            installed = false;
        }
    }

    static Stream<String> templates() {
        return TemplateCatalog.ids().stream();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyTemplatesZoneLinesPassNamedCheckzone(String id) throws Exception {
        Scenario scenario = TemplateCatalog.load(id).orElseThrow();
        checkAll(new Analyzer().analyze(scenario.inStage(scenario.lastStageId())));
    }

    @Test
    void longSplitSpfAndNullMxPassNamedCheckzone() throws Exception {
        checkAll(ExportFixtures.report());
    }

    @Test
    void hostileValuesStillGiveAValidZone() throws Exception {
        checkAll(ExportFixtures.hostileReport());
        List<DnsRecord> hostile = List.of(new DnsRecord("contoso.com", "contoso.com", RecordType.TXT, RecordPurpose.SPF,
                "v=spf1 \"quoted\" back\\slash \u00e9 ; $ORIGIN evil.", null, 3600, false, 1, "why\n$INCLUDE /etc/passwd"));
        checkAll(new Report("x", com.mailflow.designer.model.Profile.EXCHANGE_ONLINE, List.of(), List.of(), List.of(),
                hostile, List.of(), List.of()));
    }

    private void checkAll(Report report) throws Exception {
        assumeTrue(installed, "named-checkzone is not installed");
        for (Map.Entry<String, List<DnsRecord>> domain : ZoneExport.byDomain(report.dns()).entrySet()) {
            check(domain.getKey(), ZoneExport.domainLines(domain.getValue()));
        }
    }

    private void check(String zone, String lines) throws Exception {
        Path file = dir.resolve(zone + ".zone");
        Files.writeString(file, "$TTL 3600\n" + zone + ". IN SOA ns1.example.net. hostmaster.example.net. 1 3600 600 "
                + "86400 3600\n" + zone + ". IN NS ns1.example.net.\n" + lines, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of("named-checkzone", "-i", "local", zone, file.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), zone + ":\n" + output + "\n" + Files.readString(file));
    }
}
