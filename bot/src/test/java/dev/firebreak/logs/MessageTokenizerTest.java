package dev.firebreak.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageTokenizerTest {
    private final MessageTokenizer tokenizer = new MessageTokenizer();

    private List<String> tokens(String line) {
        int n = tokenizer.tokenize(line, 0);
        return Arrays.asList(Arrays.copyOf(tokenizer.tokens(), n));
    }

    private static boolean masked(String token) {
        return MessageTokenizer.isVariable(token, 0, token.length());
    }

    @Test
    void masksNumbersAndIds() {
        assertEquals(List.of("retry", "<*>", "of", "<*>"), tokens("retry 3 of -5"));
        assertTrue(masked("blk_-6952295868487656571"));
        assertTrue(masked("appattempt_1445144423722_0020_000001"));
        assertTrue(masked("user42"));
        assertTrue(masked("3.14"));
    }

    @Test
    void masksIpAddresses() {
        assertTrue(masked("10.251.73.220"));
        assertTrue(masked("10.251.73.220:50010"));
        assertTrue(masked("/10.10.34.11:3888"));
        assertTrue(masked("fe80::1ff:fe23:4567:890a"));
    }

    @Test
    void masksHex() {
        assertTrue(masked("0x7fed806eb5d"));
        assertTrue(masked("9f4ef63"));
        assertTrue(masked("deadbeefcafe")); // digit-free hex is masked from 8 characters on
        assertFalse(masked("deadbeef".substring(0, 4)));
        assertFalse(masked("--------"));
    }

    @Test
    void masksTimestamps() {
        assertEquals(List.of("at", "<*>", "<*>", "<*>", "<*>", "<*>"), tokens("at Fri Jun 17 20:55:07 2005"));
        assertTrue(masked("2024-03-01T12:00:00.123Z"));
        assertTrue(masked("18:01:47"));
        assertTrue(masked("20171223-22:15:29:606"));
    }

    @Test
    void masksUuids() {
        assertTrue(masked("123e4567-e89b-12d3-a456-426614174000"));
    }

    @Test
    void masksPathsAndUrls() {
        assertTrue(masked("/etc/httpd/conf/workers.properties"));
        assertTrue(masked("./conf/app.yaml"));
        assertTrue(masked("~/logs/app.log"));
        assertTrue(masked("C:\\Windows\\winsxs\\cbscore.dll"));
        assertTrue(masked("hdfs://namenode/user/data"));
        assertFalse(masked("and/or"));
    }

    @Test
    void keepsWordsAndSplitsKeyValues() {
        assertEquals(List.of("Connection", "closed", "by", "peer"), tokens("Connection  closed\tby peer"));
        assertEquals(List.of("uid=", "<*>", "euid=", "<*>", "tty=", "ssh"), tokens("uid=0 euid=0 tty=ssh"));
        assertEquals(List.of("size=", "<*>", "free=", "<*>"), tokens("size=5,free=7"));
    }

    @Test
    void emptyAndBlankLinesHaveNoTokens() {
        assertEquals(0, tokenizer.tokenize("", 0));
        assertEquals(0, tokenizer.tokenize("   \t ", 0));
    }

    @Test
    void growsBeyondInitialBuffer() {
        String line = "w ".repeat(500);
        assertEquals(500, tokenizer.tokenize(line, 0));
    }

    @Test
    void capsRunawayLines() {
        assertEquals(MessageTokenizer.MAX_TOKENS, tokenizer.tokenize("w ".repeat(10_000), 0));
        assertEquals(MessageTokenizer.WILDCARD, tokenizer.tokens()[MessageTokenizer.MAX_TOKENS - 1]);
        assertTrue(masked("x".repeat(MessageTokenizer.MAX_CONSTANT_LENGTH + 1)));
    }

    @Test
    void repeatedWordsComeBackAsTheSameStringAndOtherScriptsStayWords() {
        tokenizer.tokenize("connexion refusée par hôte", 0);
        String first = tokenizer.tokens()[1];
        int n = tokenizer.tokenize("connexion refusée deux fois", 0);
        assertEquals(List.of("connexion", "refusée", "deux", "fois"), Arrays.asList(Arrays.copyOf(tokenizer.tokens(), n)));
        assertTrue(first == tokenizer.tokens()[1], "interned: compared by identity in the tree");
    }

    @Test
    void keepsReturningWordsOnceTheSymbolTableIsFull() {
        TokenSymbols symbols = new TokenSymbols();
        for (int i = 0; i < TokenSymbols.MAX_SYMBOLS + 10; i++) {
            char[] w = ("w" + Integer.toString(i, 26).replace('0', 'z')).toCharArray();
            assertEquals(new String(w), symbols.intern(w, 0, w.length, new String(w).hashCode()));
        }
        assertEquals(TokenSymbols.MAX_SYMBOLS, symbols.size());
        char[] late = "latecomer".toCharArray();
        assertEquals("latecomer", symbols.intern(late, 0, late.length, "latecomer".hashCode()));
    }
}
