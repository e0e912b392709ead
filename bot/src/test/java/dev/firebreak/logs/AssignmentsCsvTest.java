package dev.firebreak.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class AssignmentsCsvTest {

    @Test
    void quotesOnlyWhenNeeded() {
        assertEquals("plain <*> text", CsvField.quote("plain <*> text"));
        assertEquals("\"a, b\"", CsvField.quote("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvField.quote("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvField.quote("two\nlines"));
        assertEquals("\" padded\"", CsvField.quote(" padded"));
        assertEquals("", CsvField.quote(""));
    }

    @Test
    void writesHeaderLineNumbersAndFinalTemplates() throws IOException {
        TemplateMiner miner = new TemplateMiner();
        AssignmentsCsv csv = new AssignmentsCsv(miner);
        csv.record(miner.add("login by user alice from web"));
        csv.record(miner.add("reply \"no, thanks\" sent"));
        csv.record(miner.add("login by user bob from web"));
        StringWriter out = new StringWriter();
        csv.write(out, miner);
        // line 1 gets the template as generalized by line 3, under the same id
        assertEquals("line,template_id,template\n"
                + "1,1,login by user <*> from web\n"
                + "2,2,\"reply \"\"no, thanks\"\" sent\"\n"
                + "3,1,login by user <*> from web\n", out.toString());
    }

    @Test
    void namesTemplatesEvictedBeforeTheEnd() throws IOException {
        TemplateMiner miner = new TemplateMiner(MinerConfig.DEFAULT.withMaxTemplates(1));
        AssignmentsCsv csv = new AssignmentsCsv(miner);
        csv.record(miner.add("first kind of message"));
        csv.record(miner.add("second sort of thing entirely here"));
        StringWriter out = new StringWriter();
        csv.write(out, miner);
        assertEquals("line,template_id,template\n1,1,first kind of message\n2,2,second sort of thing entirely here\n",
                out.toString());
    }
}
