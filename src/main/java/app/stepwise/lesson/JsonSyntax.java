package app.stepwise.lesson;

import app.stepwise.text.Message;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to fix in a pack file that is not valid JSON, said for a teacher who edited it by hand: the parser's own words
 * ("was expecting double-quote to start field name") are for programmers, and English. The line and column come with
 * the finding; this says what is wrong there. A message it does not know is passed on as the parser said it.
 */
final class JsonSyntax {
    private static final Pattern FOUND = Pattern.compile("^Unexpected character \\('(.)'");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '([^']{1,40})'");

    private JsonSyntax() {}

    /** The explanation of one parser message (its first line, "(code N)" already removed). */
    static Message explain(String parser) {
        Matcher found = FOUND.matcher(parser);
        String c = found.find() ? found.group(1) : "";
        if (parser.startsWith("Unexpected end-of-input")) return Message.of("pack.json.endsEarly");
        if (parser.contains("was expecting comma to separate")) return Message.of("pack.json.missingComma");
        if ((c.equals("}") || c.equals("]"))
                && (parser.contains("double-quote to start field name") || parser.contains("expected a")))
            return Message.of("pack.json.trailingComma", c);
        if (!c.isEmpty() && (parser.contains("double-quote to start field name") || parser.contains("expected a valid value")))
            return Message.of("pack.json.needsQuotes", c);
        Matcher token = TOKEN.matcher(parser);
        if (token.find()) return Message.of("pack.json.needsQuotes", token.group(1));
        if (parser.startsWith("Illegal unquoted character") && parser.matches(".*code (10|13)\\b.*"))
            return Message.of("pack.json.lineBreak");
        return Message.verbatim(parser);
    }
}
