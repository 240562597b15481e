package app.stepwise.author;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTML question text from other systems as a pack statement: tags dropped, entities decoded, formulas in {@code $…$}. */
final class Html {
    private Html() {}

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");

    static String text(String html) {
        String s = html == null ? "" : html;
        s = s.replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>", "\n");
        s = TAG.matcher(s).replaceAll("");
        s = decode(s);
        s = formulas(s);
        s = s.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n");
        return s.strip();
    }

    /** {@code \(…\)}, {@code \[…\]} and {@code $$…$$} become the pack's inline {@code $…$}; a bare dollar is escaped first. */
    static String formulas(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("\\(", i) || s.startsWith("\\[", i)) {
                String close = s.startsWith("\\(", i) ? "\\)" : "\\]";
                int end = s.indexOf(close, i + 2);
                if (end > 0) {
                    out.append('$').append(s, i + 2, end).append('$');
                    i = end + 2;
                    continue;
                }
            }
            if (s.startsWith("$$", i)) {
                int end = s.indexOf("$$", i + 2);
                if (end > 0) {
                    out.append('$').append(s, i + 2, end).append('$');
                    i = end + 2;
                    continue;
                }
            }
            char c = s.charAt(i);
            out.append(c == '$' ? "\\$" : String.valueOf(c));
            i++;
        }
        return out.toString();
    }

    private static String decode(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                case "minus" -> "−";
                case "times" -> "×";
                default -> {
                    try {
                        int cp = e.startsWith("#x")
                                ? Integer.parseInt(e.substring(2), 16)
                                : e.startsWith("#") ? Integer.parseInt(e.substring(1)) : -1;
                        yield cp > 0 && Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : m.group();
                    } catch (NumberFormatException x) {
                        yield m.group();
                    }
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Text as HTML for export: special characters escaped, {@code $…$} formulas as MathJax {@code \(…\)}. */
    static String fromStatement(String statement) {
        StringBuilder out = new StringBuilder();
        boolean inMath = false;
        for (int i = 0; i < statement.length(); i++) {
            char c = statement.charAt(i);
            if (c == '\\' && i + 1 < statement.length() && statement.charAt(i + 1) == '$') {
                out.append('$');
                i++;
            } else if (c == '$') {
                out.append(inMath ? "\\)" : "\\(");
                inMath = !inMath;
            } else if (c == '&') out.append("&amp;");
            else if (c == '<') out.append("&lt;");
            else if (c == '>') out.append("&gt;");
            else if (c == '\n') out.append("<br>");
            else
                out.append(c);
        }
        return out.toString();
    }
}
