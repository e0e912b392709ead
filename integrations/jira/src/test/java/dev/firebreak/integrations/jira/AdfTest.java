package dev.firebreak.integrations.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact ADF JSON each builder produces, as Jira's ADF schema wants it. */
class AdfTest {

    private static JsonNode json(Adf adf) throws IOException {
        return JiraWireMockTest.JSON.readTree(ObjectMapper.getDefault().writeValueAsString(adf.toNode()));
    }

    private static JsonNode tree(String json) throws IOException {
        return JiraWireMockTest.JSON.readTree(json);
    }

    @Test
    void emptyDocumentKeepsItsContentArray() throws IOException {
        assertEquals(tree("{\"type\":\"doc\",\"version\":1,\"content\":[]}"), json(Adf.doc()));
    }

    @Test
    void paragraphWithMarks() throws IOException {
        Adf doc = Adf.doc(Adf.paragraph(Adf.text("Latency "), Adf.strong("doubled").em(), Adf.text(" see "),
                Adf.link("dashboard", "https://grafana.example.com/d/1"), Adf.text(" and "),
                Adf.code("kubectl get pods").link("https://k8s.io")));

        assertEquals(tree("""
                {"type":"doc","version":1,"content":[{"type":"paragraph","content":[
                  {"type":"text","text":"Latency "},
                  {"type":"text","text":"doubled","marks":[{"type":"strong"},{"type":"em"}]},
                  {"type":"text","text":" see "},
                  {"type":"text","text":"dashboard","marks":[{"type":"link","attrs":{"href":"https://grafana.example.com/d/1"}}]},
                  {"type":"text","text":" and "},
                  {"type":"text","text":"kubectl get pods","marks":[{"type":"code"},{"type":"link","attrs":{"href":"https://k8s.io"}}]}
                ]}]}"""), json(doc));
    }

    @Test
    void neverEmitsEmptyTextAndTurnsNewlinesIntoHardBreaks() throws IOException {
        Adf doc = Adf.doc(Adf.paragraph(Adf.text(""), Adf.text("one\r\ntwo\n"), Adf.text(null)), Adf.heading(1, ""));

        assertEquals(tree("""
                {"type":"doc","version":1,"content":[
                  {"type":"paragraph","content":[{"type":"text","text":"one"},{"type":"hardBreak"},
                    {"type":"text","text":"two"},{"type":"hardBreak"}]},
                  {"type":"heading","attrs":{"level":1},"content":[]}]}"""), json(doc));
    }

    @Test
    void plainTextBecomesParagraphs() throws IOException {
        assertEquals(tree("""
                {"type":"doc","version":1,"content":[
                  {"type":"paragraph","content":[{"type":"text","text":"first"},{"type":"hardBreak"},{"type":"text","text":"line"}]},
                  {"type":"paragraph","content":[{"type":"text","text":"second"}]}]}"""),
                json(Adf.plain("first\nline\n\n  \n\nsecond\n")));
        assertEquals(tree("{\"type\":\"doc\",\"version\":1,\"content\":[]}"), json(Adf.plain("  ")));
    }

    @Test
    void listsNestAndOrderedListsStartAtOne() throws IOException {
        Adf doc = Adf.doc(
                Adf.orderedList("detect", "mitigate"),
                Adf.bulletList(List.of(Adf.item(Adf.paragraph("parent"), Adf.bulletList("child")))));

        assertEquals(tree("""
                {"type":"doc","version":1,"content":[
                  {"type":"orderedList","attrs":{"order":1},"content":[
                    {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"detect"}]}]},
                    {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"mitigate"}]}]}]},
                  {"type":"bulletList","content":[
                    {"type":"listItem","content":[
                      {"type":"paragraph","content":[{"type":"text","text":"parent"}]},
                      {"type":"bulletList","content":[
                        {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"child"}]}]}]}]}]}]}"""),
                json(doc));
    }

    @Test
    void codeBlockKeepsNewlinesAndOmitsEmptyText() throws IOException {
        assertEquals(tree("""
                {"type":"doc","version":1,"content":[
                  {"type":"codeBlock","attrs":{"language":"yaml"},"content":[{"type":"text","text":"a: 1\\nb: 2"}]},
                  {"type":"codeBlock","content":[]}]}"""),
                json(Adf.doc(Adf.codeBlock("yaml", "a: 1\r\nb: 2"), Adf.codeBlock(null, ""))));
    }

    @Test
    void tablePadsShortRowsAndRefusesLongOnes() throws IOException {
        JsonNode table = json(Adf.doc(Adf.table(List.of("When", "What"), List.of(List.of("10:02"))))).at("/content/0");

        assertEquals(tree("{\"isNumberColumnEnabled\":false,\"layout\":\"default\"}"), table.get("attrs"));
        assertEquals(tree("""
                {"type":"tableRow","content":[
                  {"type":"tableCell","content":[{"type":"paragraph","content":[{"type":"text","text":"10:02"}]}]},
                  {"type":"tableCell","content":[{"type":"paragraph","content":[]}]}]}"""), table.at("/content/1"));
        assertThrows(IllegalArgumentException.class,
                () -> Adf.table(List.of("one"), List.of(List.of("a", "b"))));
    }

    @Test
    void panelsHoldBlocksButNoTables() throws IOException {
        assertEquals(tree("""
                {"type":"panel","attrs":{"panelType":"warning"},"content":[
                  {"type":"paragraph","content":[{"type":"text","text":"Customer-facing"}]}]}"""),
                json(Adf.doc(Adf.panel(Adf.PanelType.WARNING, Adf.paragraph("Customer-facing")))).at("/content/0"));
        assertThrows(IllegalArgumentException.class,
                () -> Adf.panel(Adf.PanelType.INFO, Adf.table(List.of("a"), List.of())));
        assertThrows(IllegalArgumentException.class, () -> Adf.panel(Adf.PanelType.INFO));
    }

    @Test
    void refusesWhatJiraWouldRejectWithA400() {
        assertThrows(IllegalArgumentException.class, () -> Adf.heading(7, "too deep"));
        assertThrows(IllegalArgumentException.class, () -> Adf.bulletList());
        assertThrows(IllegalArgumentException.class, () -> Adf.strong("x").code());
        assertThrows(IllegalArgumentException.class, () -> Adf.code("x").em());
        assertThrows(IllegalArgumentException.class, () -> Adf.item(Adf.heading(1, "not a paragraph")));
        assertThrows(IllegalArgumentException.class, () -> Adf.item(Adf.paragraph("p"), Adf.paragraph("not a list")));
        assertThrows(IllegalArgumentException.class, () -> Adf.link("x", " "));
    }
}
