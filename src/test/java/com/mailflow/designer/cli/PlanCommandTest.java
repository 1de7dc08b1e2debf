package com.mailflow.designer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.Golden;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** plan, analyze/export --stage and export --phase (plan.md sections 2 and 3). */
class PlanCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path template(String id) {
        Path file = dir.resolve(id + ".mailflow.json");
        assertEquals(0, run("new", id, "--out", file.toString()).status());
        return file;
    }

    /** The staged templates' plans, reviewed as a consultant would sign them, in every format. */
    @ParameterizedTest
    @ValueSource(strings = {"migration-cutover", "migration-hybrid", "migration-add-cloud-filter"})
    void theStagedTemplatesPlansMatchTheirReviewedGoldens(String id) throws Exception {
        Path file = template(id);
        for (String format : List.of("text", "json", "md")) {
            CliRun r = run("plan", file.toString(), "--format", format);
            assertEquals(0, r.status(), r.err());
            Golden.assertMatches("plan/" + id + "." + format, r.out());
        }
    }

    @Test
    void oneTransitionByFromOrTo() {
        String file = template("migration-hybrid").toString();
        CliRun to = run("plan", file, "--to", "hybrid", "--format", "json");
        CliRun from = run("plan", file, "--from", "today", "--format", "json");
        assertEquals(0, to.status(), to.err());
        assertEquals(to.out(), from.out());
        assertTrue(to.out().contains("\"from\": \"today\"") && !to.out().contains("\"to\": \"target\""), to.out());
        CliRun setup = run("plan", file, "--to", "today");
        assertTrue(setup.out().contains("Set up Today: Exchange on premises (from nothing)"), setup.out());
        CliRun wrong = run("plan", file, "--from", "today", "--to", "target");
        assertEquals(2, wrong.status());
        assertTrue(wrong.err().startsWith("error: --from today: "), wrong.err());
        CliRun none = run("plan", file, "--to", "later");
        assertEquals(2, none.status());
        assertEquals("error: --to later: the file has no such stage; its stages are today, hybrid, target\n",
                none.err().replace("\r", ""));
    }

    @Test
    void stagesThatDifferInNothingSaySo() throws Exception {
        Path file = dir.resolve("same.mailflow.json");
        String json = Files.readString(template("cloud-only")).replace("\"version\": 1", "\"version\": 2, \"stages\":"
                + " [{\"id\": \"a\", \"name\": \"Before\"}, {\"id\": \"b\", \"name\": \"After\"}]");
        Files.writeString(file, json);
        CliRun r = run("plan", file.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("From Before to After\n  Before and After differ in nothing: no step is needed."),
                r.out());
    }

    @Test
    void aStagedFileBreakingAPerStageRuleGetsOneLinePerProblemAndExitTwo() throws Exception {
        Path file = dir.resolve("bad.mailflow.json");
        String json = Files.readString(template("migration-cutover")).replace("\"stages\": [\n        \"today\"\n      ],\n"
                + "      \"to\": \"internet\"", "\"stages\": [\n        \"target\"\n      ],\n      \"to\": \"internet\"");
        Files.writeString(file, json);
        for (String command : List.of("plan", "analyze", "validate")) {
            CliRun r = run(command, file.toString());
            assertEquals(2, r.status(), command);
            assertEquals("error: links[1].from: in stage 'target' its end 'exch' is not present\n",
                    r.err().replace("\r", ""), command);
            assertFalse(r.err().contains("Exception"));
        }
    }

    @Test
    void analyzeAndExportTakeAStageAndTheScriptAPhase() throws Exception {
        String file = template("migration-hybrid").toString();
        CliRun today = run("analyze", file, "--stage", "today", "--format", "json");
        CliRun target = run("analyze", file, "--format", "json");
        assertTrue(today.out().contains("mail.contoso.com") && !today.out().contains("\"From Exchange 2016\""),
                today.out());
        assertFalse(target.out().contains("203.0.113.10"), "the last stage by default");
        Path ps1 = dir.resolve("cutover.ps1");
        CliRun r = run("export", file, "--format", "ps1", "--stage", "hybrid", "--phase", "CutOver", "--out",
                ps1.toString());
        assertEquals(0, r.status(), r.err());
        String script = Files.readString(ps1);
        assertTrue(script.contains("[ValidateSet('Cutover')]"), script);
        assertTrue(script.contains("change contoso.com MX: 10 mail.contoso.com -> 0 contoso-com.mail.protection.outlook.com"),
                script);
        assertFalse(script.contains("function Invoke-Prepare"), script);
        CliRun bad = run("export", file, "--format", "md", "--phase", "cutover", "--out", dir.resolve("x.md").toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("only the ps1 script is exported by phase"), bad.err());
    }
}
