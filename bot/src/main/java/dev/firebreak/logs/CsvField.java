package dev.firebreak.logs;

/** RFC 4180 quoting for one CSV field. */
final class CsvField {
    private CsvField() { }

    /** The field as written: quoted (inner quotes doubled) when it holds a comma, quote, line break or edge space. */
    static String quote(String s) {
        boolean needs = !s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ');
        for (int i = 0; i < s.length() && !needs; i++) {
            char c = s.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
