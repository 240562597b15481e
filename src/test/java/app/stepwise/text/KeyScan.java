package app.stepwise.text;

/** Reading the keys a piece of code names, for the bundle tests of the feedback and the UI texts. */
public final class KeyScan {
    private KeyScan() {}

    /** The text of a call's first argument, from just after its "(" to the comma or ")" that ends it at its own depth. */
    public static String firstArgument(String source, int from) {
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quoted) {
                if (c == '\\') i++;
                else if (c == '"') quoted = false;
            } else if (c == '"') quoted = true;
            else if (c == '(') depth++;
            else if (c == ')' && depth-- == 0 || c == ',' && depth == 0 || c == ';') return source.substring(from, i);
        }
        return source.substring(from);
    }
}
