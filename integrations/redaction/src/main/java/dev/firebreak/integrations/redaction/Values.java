package dev.firebreak.integrations.redaction;

/** Where a secret value continues past the end of what one match attempt looked at. */
final class Values {
    private Values() {}

    /**
     * The end of a value that was cut at {@code cut}: a quoted value runs to its closing quote (or the end of the
     * line), any other value to the next blank or quote. Errs on the side of masking more.
     */
    static int endOfCutValue(String text, int start, int cut) {
        char open = start > 0 ? text.charAt(start - 1) : 0;
        int i = cut;
        if (open == '"' || open == '\'') {
            while (i < text.length() && text.charAt(i) != open && text.charAt(i) != '\n') {
                i++;
            }
            return i;
        }
        while (i < text.length()
                && !Character.isWhitespace(text.charAt(i))
                && text.charAt(i) != '"'
                && text.charAt(i) != '\'') {
            i++;
        }
        return i;
    }
}
