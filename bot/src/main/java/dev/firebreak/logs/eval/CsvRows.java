package dev.firebreak.logs.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Minimal RFC 4180 reader (quoted fields, doubled quotes, newlines inside quotes) for the Loghub CSV files. */
public final class CsvRows {
    private CsvRows() { }

    /** Next record's fields, or null at end of input. */
    public static List<String> next(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line == null) return null;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == line.length()) {
                if (!quoted) break;
                String more = in.readLine();
                if (more == null) break;
                field.append('\n');
                line = more;
                i = 0;
                continue;
            }
            char c = line.charAt(i++);
            if (quoted) {
                if (c != '"') field.append(c);
                else if (i < line.length() && line.charAt(i) == '"') { field.append('"'); i++; }
                else quoted = false;
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
