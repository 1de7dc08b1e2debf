package com.mailflow.designer.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioReaderInvalidInputTest {
    private static final String NODES = "\"nodes\": [{\"id\": \"internet\", \"kind\": \"internet\", \"name\": \"Internet\"},"
            + " {\"id\": \"gw\", \"kind\": \"gateway\", \"name\": \"Gateway\", \"addresses\": [\"131.107.1.17\"]}]";

    private static String doc(String body) {
        return "{\"format\": \"mailflow-scenario\", \"version\": 1, \"name\": \"t\", " + body + "}";
    }

    private static List<LoadProblem> problems(String json) {
        return assertThrows(ScenarioFormatException.class, () -> ScenarioReader.read(json)).problems();
    }

    private static void assertProblem(String json, String path, String fragment) {
        List<LoadProblem> problems = problems(json);
        assertTrue(problems.stream().anyMatch(p -> p.path().equals(path) && p.message().contains(fragment)),
                () -> "expected a problem at " + path + " containing '" + fragment + "' but got " + problems);
    }

    @Test
    void textThatIsNotJsonIsRefusedWithLineAndColumn() {
        assertProblem("{\"format\": ", "", "not valid JSON at line 1");
    }

    @Test
    void trailingTokensAfterTheDocumentAreRefused() {
        assertProblem(doc("\"domains\": [], " + NODES + ", \"links\": []") + " {}", "", "not valid JSON");
    }

    @Test
    void duplicateKeysAreRefused() {
        assertProblem("{\"format\": \"mailflow-scenario\", \"format\": \"x\"}", "", "the key \"format\" appears twice");
    }

    @Test
    void aTopLevelArrayIsRefused() {
        assertProblem("[1, 2]", "", "JSON object at the top");
    }

    @Test
    void emptyInputIsRefused() {
        assertProblem("   ", "", "empty");
    }

    @Test
    void missingRequiredKeysAreEachNamed() {
        List<LoadProblem> problems = problems("{\"format\": \"mailflow-scenario\", \"version\": 1}");
        List<String> paths = problems.stream().map(LoadProblem::path).toList();
        assertTrue(paths.containsAll(List.of("name", "domains", "nodes", "links")), paths::toString);
    }

    @Test
    void aNewerFormatVersionIsRefusedAloneNeverHalfRead() {
        List<LoadProblem> problems = problems("{\"format\": \"mailflow-scenario\", \"version\": 3, \"nodes\": 5}");
        assertEquals(1, problems.size());
        assertEquals("version", problems.get(0).path());
        assertTrue(problems.get(0).message().contains("newer version"));
    }

    @Test
    void aWrongFormatNameIsRefused() {
        assertProblem("{\"format\": \"other\", \"version\": 1, \"name\": \"t\", \"domains\": [], " + NODES
                + ", \"links\": []}", "format", "must be \"mailflow-scenario\"");
    }

    @Test
    void duplicateNodeIdsAreRefused() {
        assertProblem(doc("\"domains\": [], \"nodes\": [{\"id\": \"internet\", \"kind\": \"internet\", \"name\": \"I\"},"
                + " {\"id\": \"internet\", \"kind\": \"gateway\", \"name\": \"G\"}], \"links\": []"),
                "nodes[1].id", "used by another node");
    }

    @Test
    void aSecondInternetNodeIsRefused() {
        assertProblem(doc("\"domains\": [], \"nodes\": [{\"id\": \"a\", \"kind\": \"internet\", \"name\": \"I\"},"
                + " {\"id\": \"b\", \"kind\": \"internet\", \"name\": \"J\"}], \"links\": []"),
                "nodes[1]", "a second internet node");
    }

    @Test
    void aScenarioWithoutInternetLoadsAsAnUnfinishedDrawing() throws ScenarioFormatException {
        // scenario-format.md r2: what the designer saves (every box deleted) it opens again.
        assertTrue(ScenarioReader.read(doc("\"domains\": [], \"nodes\": [], \"links\": []")).nodes().isEmpty());
    }

    @Test
    void danglingLinksNameTheMissingEnd() {
        assertProblem(doc("\"domains\": [], " + NODES + ", \"links\": [{\"from\": \"gw\", \"to\": \"nowhere\"}]"),
                "links[0].to", "there is no node 'nowhere'");
    }

    @Test
    void aDuplicateLinkIsRefused() {
        assertProblem(doc("\"domains\": [], " + NODES + ", \"links\": [{\"from\": \"gw\", \"to\": \"internet\"},"
                + " {\"from\": \"gw\", \"to\": \"internet\"}]"), "links[1]", "already a link");
    }

    @Test
    void anEmptyDomainScopeIsRefused() {
        assertProblem(doc("\"domains\": [], " + NODES + ", \"links\": [{\"from\": \"gw\", \"to\": \"internet\","
                + " \"domains\": []}]"), "links[0].domains", "is empty");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "131.107.1.300|not an IPv4 or IPv6 address",
        "mail.contoso.com|not an IPv4 or IPv6 address",
        "10.0.0.1/33|not an IPv4 or IPv6 address",
        "' 10.0.0.1'|spaces around it"})
    void unparsableAddressesNameTheirPath(String address, String fragment) {
        String json = doc("\"domains\": [], \"nodes\": [{\"id\": \"internet\", \"kind\": \"internet\", \"name\": \"I\"},"
                + " {\"id\": \"gw\", \"kind\": \"gateway\", \"name\": \"G\", \"addresses\": [\"1.2.3.4\", \"" + address
                + "\"]}], \"links\": []");
        assertProblem(json, "nodes[1].addresses[1]", fragment);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"contoso|two labels", "-bad-.com|not a valid domain name", "a..b.com|not a valid",
        "contoso.com.|trailing dot"})
    void malformedDomainsNameTheirPath(String domain, String fragment) {
        assertProblem(doc("\"domains\": [{\"name\": \"" + domain + "\"}], " + NODES + ", \"links\": []"),
                "domains[0].name", fragment);
    }

    @Test
    void mailboxesMustLiveOnACloudServiceOrMailServer() {
        assertProblem(doc("\"domains\": [{\"name\": \"contoso.com\", \"mailboxes\": [\"gw\"]}], " + NODES
                + ", \"links\": []"), "domains[0].mailboxes[0]", "mailboxes live only on");
    }

    @Test
    void aForcedMxMustNameAnExistingNode() {
        assertProblem(doc("\"domains\": [{\"name\": \"contoso.com\", \"mx\": \"ghost\"}], " + NODES
                + ", \"links\": []"), "domains[0].mx", "no node 'ghost'");
    }

    @Test
    void wrongTypesAreNamed() {
        String json = doc("\"domains\": [], \"nodes\": [{\"id\": \"internet\", \"kind\": \"internet\", \"name\": \"I\"},"
                + " {\"id\": \"gw\", \"kind\": \"gateway\", \"name\": \"G\", \"staticIp\": \"yes\","
                + " \"filtersSpam\": 1, \"addresses\": \"1.2.3.4\"}], \"links\": []");
        List<LoadProblem> problems = problems(json);
        List<String> paths = problems.stream().map(LoadProblem::path).toList();
        assertTrue(paths.containsAll(List.of("nodes[1].staticIp", "nodes[1].filtersSpam", "nodes[1].addresses")),
                paths::toString);
    }

    @Test
    void anUnknownNodeKindIsNamed() {
        assertProblem(doc("\"domains\": [], \"nodes\": [{\"id\": \"internet\", \"kind\": \"internet\", \"name\": \"I\"},"
                + " {\"id\": \"x\", \"kind\": \"router\", \"name\": \"R\"}], \"links\": []"),
                "nodes[1].kind", "not a node kind");
    }

    @Test
    void absurdlyNestedInputIsRefusedWithoutCrashing() {
        String nested = "[".repeat(5000) + "]".repeat(5000);
        assertProblem(doc("\"domains\": [], " + NODES + ", \"links\": [], \"x\": " + nested), "", "nested too deeply");
    }

    @Test
    void oversizedInputIsRefusedBeforeParsing() {
        byte[] huge = new byte[(int) Json.MAX_FILE_BYTES + 1];
        List<LoadProblem> problems = assertThrows(ScenarioFormatException.class, () -> ScenarioReader.read(huge))
                .problems();
        assertTrue(problems.get(0).message().contains("larger than"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = doc("\"name2\": \"caf\u00e9\"").getBytes(StandardCharsets.ISO_8859_1);
        List<LoadProblem> problems = assertThrows(ScenarioFormatException.class, () -> ScenarioReader.read(latin1))
                .problems();
        assertTrue(problems.get(0).message().contains("UTF-8"));
    }

    @Test
    void everyProblemOfAFileIsReportedNotJustTheFirst() {
        String json = doc("\"domains\": [{\"name\": \"bad\"}], \"nodes\": [{\"id\": \"internet\", \"kind\": \"internet\","
                + " \"name\": \"I\"}, {\"id\": \"gw\", \"kind\": \"gateway\", \"name\": \"G\", \"addresses\": [\"x\"]}],"
                + " \"links\": [{\"from\": \"gw\", \"to\": \"zz\"}]");
        assertEquals(3, problems(json).size());
    }
}
