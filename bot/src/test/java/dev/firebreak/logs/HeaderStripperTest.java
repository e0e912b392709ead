package dev.firebreak.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HeaderStripperTest {
    private final HeaderStripper stripper = new HeaderStripper();

    private String message(String line) {
        stripper.strip(line);
        return line.substring(stripper.contentStart);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '\'', value = {
            "081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 terminating#PacketResponder 1 terminating",
            "2015-10-18 18:01:47,978 INFO [main] org.apache.hadoop.v2.app.MRAppMaster: Created MRAppMaster#Created MRAppMaster",
            "Jun 14 15:16:01 combo sshd(pam_unix)[19939]: check pass; user unknown#check pass; user unknown",
            "[Sun Dec 04 04:47:44 2005] [error] mod_jk child workerEnv in error state 6#mod_jk child workerEnv in error state 6",
            "2015-07-29 17:41:44,747 - INFO  [QuorumPeer[myid=1]/0:0:2181:Election@774] - Notification time out: 3200#Notification time out: 3200",
            "03-17 16:13:38.811  1702  2395 D WindowManager: printFreezingDisplayLogs#printFreezingDisplayLogs",
            "20171223-22:15:29:606|Step_LSC|30002312|onStandStepChanged 3579#onStandStepChanged 3579",
            "2024-03-01T10:00:00Z ERROR payment failed for order 42#payment failed for order 42",
    })
    void stripsGenericHeaders(String line, String expected) {
        assertEquals(expected, message(line));
    }

    @Test
    void leavesLinesWithoutHeaderWhole() {
        assertEquals("Connection closed by peer", message("Connection closed by peer"));
        assertEquals("onExtend:1514038530000 14 0 4", message("onExtend:1514038530000 14 0 4"));
        assertNull(stripper.headerLevel);
    }

    @Test
    void keepsMessagesThatMerelyStartWithALevelWord() {
        assertEquals("Error connecting to db", message("Error connecting to db"));
        assertEquals("Warning: disk almost full", message("Warning: disk almost full"));
        assertEquals("A user logged in", message("2024-03-01 10:00:00 A user logged in"));
    }

    @Test
    void neverStripsTheWholeLine() {
        assertEquals("12 34 56", message("12 34 56"));
    }

    @Test
    void reportsTheHeaderLevel() {
        stripper.strip("2015-10-18 18:01:47,978 WARN [main] Foo: bar");
        assertEquals(LevelHint.WARN, stripper.headerLevel);
        stripper.strip("03-17 16:13:38.811  1702  2395 E AndroidRuntime: FATAL EXCEPTION");
        assertEquals(LevelHint.ERROR, stripper.headerLevel);
        stripper.strip("[Sun Dec 04 04:47:44 2005] [notice] ok");
        assertEquals(LevelHint.OTHER, stripper.headerLevel);
    }
}
