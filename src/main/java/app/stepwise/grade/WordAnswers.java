package app.stepwise.grade;

import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Unit;
import app.stepwise.math.Units;
import app.stepwise.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number answer to a word problem written with what it counts: "27 km", "30 students", "£68", "5 pounds" (grade21:
 * each was "Give a number as your answer, without letters"). The pack states such an answer as a bare number and the
 * question names the unit ("How many kilometres…?", "…in pounds?"); the student's unit or word is held against the
 * question's. A physical unit is read by the physics units ({@link Units}); money by its symbols and names here.
 * Anything else after the number ("30 or 31", two words) is left to the number's own grading, which does not read it.
 */
final class WordAnswers {
    private WordAnswers() {}

    /** What the student wrote after (or before) the number: the math to grade alone, or a verdict already reached. */
    sealed interface Reading {}

    /** The unit or word fits the question: the math is graded as a bare number. */
    record Accepted(String math) implements Reading {}

    /** The unit or word does not fit: the grade to give when the number itself would be right. */
    record Refused(String math, Refusal why) implements Reading {}

    /** Why a unit is refused, and whether the same amount in the asked unit would be the expected value. */
    record Refusal(Message message, Optional<Double> inAskedUnit) {}

    /** A money unit: its currency and whether it is the hundredth (pence, cents). */
    private record Money(String currency, boolean hundredth, String written) {}

    // [label =] [chain =] [symbol] number [symbol | word | unit]: one number at the end, one word or unit after it
    private static final Pattern ENDING = Pattern.compile(
            "(?s)^(?<before>.*?=\\s*|)(?<sym>[£$€])?\\s*(?<num>-?\\d[\\d,]*(?:\\.\\d+)?(?:\\s*π)?)\\s*(?<tail>[£$€]|[\\p{L}][\\p{L}/²³^\\d]*)?\\s*\\.?\\s*$");
    private static final Pattern HOW_MANY = Pattern.compile("\\bhow many ([\\p{L}]+)");
    private static final Pattern SYMBOL_BEFORE_NUMBER = Pattern.compile("[£$€]\\s*(?=\\d)");

    /** Words never taken as what was counted, though a question may use them. */
    private static final Set<String> NOT_A_COUNT = Set.of("or", "and", "to", "of", "the", "a", "an", "is", "are", "about",
            "approx", "approximately", "roughly", "maybe", "not", "no", "each", "per", "more", "less", "than", "in", "it",
            "x", "y", "n", "answer", "so", "left");

    /**
     * How the response's unit or word reads against the question; empty where the response ends in a bare number, or
     * in something that is not one unit or word (then it is graded as typed).
     */
    static Optional<Reading> read(String typed, String question) {
        if (question == null || question.isBlank()) return Optional.empty();
        Optional<String> core = withoutSentence(namedAsSubject(typed, question));
        String response = core.orElse(typed);
        Matcher m = ENDING.matcher(response.strip());
        if (!m.matches()) return Optional.empty();
        String sym = m.group("sym"), tail = m.group("tail");
        if (sym == null && tail == null) return core.map(Accepted::new); // "there are 30": the number alone
        if (sym != null && tail != null && !tail.equals(sym)) return Optional.empty(); // "£68 pounds": left as typed
        String before = m.group("before");
        String math = SYMBOL_BEFORE_NUMBER.matcher(before).replaceAll("") + m.group("num");
        // π, e or a letter after a number is math (9π, 3x), graded as typed; a unit or money of one letter is not (8 m, 68p)
        if (tail != null && !tail.equals(sym) && (!tail.matches("[A-Za-zÀ-ÿ£$€][A-Za-zÀ-ÿ/²³^\\d]*")
                || tail.equalsIgnoreCase("pi") || tail.matches("[eE]\\d+")
                || tail.length() == 1 && Character.isLetter(tail.charAt(0))
                        && unit(tail).isEmpty() && money(tail, "").isEmpty()))
            return Optional.empty();
        String written = response.strip().substring(before.length()).replaceFirst("\\.\\s*$", "").strip();
        String q = plain(question).toLowerCase(Locale.ROOT);
        Optional<Money> money = money(sym != null ? sym : tail, q);
        if (money.isPresent()) return Optional.of(againstMoney(math, written, money.get(), q));
        String word = tail.toLowerCase(Locale.ROOT);
        Optional<Unit> unit = unit(tail);
        if (unit.isPresent()) {
            Optional<Unit> asked = askedUnit(plain(question), unit.get());
            if (asked.isPresent()) return Optional.of(againstUnit(math, written, unit.get(), asked.get()));
        }
        // "How many rolls…?": what is counted is that word, not another word of the question (45 trays)
        Matcher counted = HOW_MANY.matcher(q);
        if (counted.find() && unit(counted.group(1)).isEmpty() && money(counted.group(1), q).isEmpty()) {
            if (inQuestion(word, counted.group(1))) return Optional.of(new Accepted(math));
            return Optional.of(new Refused(math, new Refusal(Message.of("grade.wordNotAsked", tail), Optional.empty())));
        }
        if (!NOT_A_COUNT.contains(word) && inQuestion(word, q)) return Optional.of(new Accepted(math));
        return Optional.of(new Refused(math, new Refusal(Message.of("grade.wordNotAsked", tail), Optional.empty())));
    }

    // "there are 30 students", "she has £68 left", "it is 27 km", "hay 30 alumnos": a short sentence around one number
    private static final Pattern SENTENCE = Pattern.compile("(?iU)^(?<frame>(?:there|she|he|they|it|i|we|you|that|this|"
            + "so|hay|son|es|queda|quedan|le|les|ella|ellas|él|ellos|tiene|tienen|paga|pagan|cuesta|cuestan|recibe|reciben)"
            + "(?:\\s+[\\p{L}'’]+){0,3}\\s+)?(?<core>[£$€]?\\s*-?\\d[\\d,]*(?:\\.\\d+)?(?:\\s*(?:[£$€]|(?!(?:left|altogether|"
            + "now)\\b)[\\p{L}][\\p{L}/²³^\\d]*))?)(?<after>\\s+(?:left|altogether|in total|in all|now|en total|de sobra))?"
            + "\\s*[.!]?\\s*$");
    /** Words that make a sentence's number no answer of its own: "more than 30", "about 27 km", "not 30". */
    private static final Set<String> HEDGES = Set.of("not", "no", "about", "around", "approximately", "roughly", "nearly",
            "almost", "over", "under", "more", "less", "fewer", "than", "least", "most", "maybe", "probably", "between",
            "unos", "unas", "casi", "más", "menos", "aproximadamente", "entre");

    /**
     * The number and its unit or word out of a short sentence around them, where the sentence says nothing else: one
     * number, a subject and a verb before it ("there are", "she has", "hay"), and at most "left" or "altogether" after it
     * (grade22: only one unit or word after the number was read). Empty where there is no such sentence, a second
     * number ("5 classes and 30 students") or a hedge ("about 30 students").
     */
    static Optional<String> withoutSentence(String response) {
        String t = response.strip();
        if (NUMBER.matcher(t).results().count() != 1) return Optional.empty();
        Matcher m = SENTENCE.matcher(t);
        if (!m.matches() || m.group("frame") == null && m.group("after") == null) return Optional.empty();
        if (m.group("frame") != null) {
            for (String w : m.group("frame").toLowerCase(Locale.ROOT).strip().split("\\s+"))
                if (HEDGES.contains(w)) return Optional.empty();
        }
        return Optional.of(m.group("core").strip());
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    /** A capitalised word of a question: a name where it is no word that starts a sentence ("Ana", "Ben"). */
    private static final Pattern CAPITALISED = Pattern.compile("(?U)(?<![\\p{L}'’])\\p{Lu}\\p{Ll}+(?![\\p{L}'’])");
    private static final Pattern LEADING_WORD = Pattern.compile("(?U)^\\s*(\\p{Lu}\\p{Ll}+)(?=\\s)");
    /** Capitalised words a question has that are no names: its sentences' first words, in English and Spanish. */
    private static final Set<String> NOT_NAMES = Set.of("how", "what", "which", "who", "when", "where", "why", "the", "a",
            "an", "if", "in", "on", "at", "each", "every", "there", "she", "he", "they", "it", "this", "that", "these",
            "those", "find", "work", "calculate", "give", "round", "write", "show", "estimate", "share", "after", "then",
            "so", "altogether", "answer", "cuánto", "cuánta", "cuántos", "cuántas", "qué", "cuál", "el", "la", "los", "las",
            "un", "una", "unos", "unas", "en", "si", "hay", "calcula", "halla", "redondea", "escribe", "da", "después",
            "luego", "ella", "él", "ellos", "ellas", "cada", "con", "al", "de", "y", "es", "son");

    /**
     * "Ana has £68 left" read as "she has £68 left": a name the question gives (a capitalised word of it that starts no
     * sentence as a function word does) in the subject's place (round23: "she has £68 left" was read, a name was not).
     */
    private static String namedAsSubject(String typed, String question) {
        Matcher first = LEADING_WORD.matcher(typed);
        if (!first.find() || NOT_NAMES.contains(first.group(1).toLowerCase(Locale.ROOT))) return typed;
        String name = first.group(1);
        boolean inQuestion = CAPITALISED.matcher(question).results().anyMatch(m -> m.group().equals(name));
        return inQuestion ? "she" + typed.substring(first.end(1)) : typed;
    }

    /**
     * The question's text without its LaTeX: "$45\\,\\mathrm{km}$" as "45 km". A question with no LaTeX command (no
     * backslash) keeps a "$" before a number as the dollar it is ("a $10 bill", grade24; "$2x$" and "$5$" stay LaTeX).
     */
    private static String plain(String question) {
        if (!question.contains("\\")) return question.replaceAll("\\$(?!\\d[\\d,]*(?:\\.\\d+)?(?![\\d$\\w]))", " ");
        return question.replaceAll("\\\\(?:mathrm|text|textrm)\\{([^}]*)\\}", " $1").replace("\\,", " ").replace("\\pounds", "£")
                .replaceAll("(?<!\\\\)\\$", " ").replace("\\$", "$");
    }

    // ---- money ----

    /**
     * The money a word or symbol names, in English or Spanish (grade22: Spanish users write euros, céntimos, pesos):
     * "$" is the peso where the question is in pesos; a cent, céntimo or centavo is the hundredth of the question's money.
     */
    private static Optional<Money> money(String written, String q) {
        if (written == null) return Optional.empty();
        String w = written.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "£", "quid" -> Optional.of(new Money("pound", false, written));
            // "pounds" is a mass too, and "peso" a weight in Spanish; they are money where the question speaks of money
            case "pound", "pounds", "libra", "libras" -> moneyQuestion(q)
                    ? Optional.of(new Money("pound", false, written))
                    : Optional.empty();
            case "peso", "pesos" -> moneyQuestion(q) ? Optional.of(new Money("peso", false, written)) : Optional.empty();
            case "p", "pence", "penny", "pennies", "penique", "peniques" -> Optional.of(new Money("pound", true, written));
            case "$" -> Optional.of(new Money(firstCurrency(q).filter(c -> c.equals("peso")).orElse("dollar"), false,
                    written));
            case "dollar", "dollars", "dólar", "dólares", "dolar", "dolares" -> Optional.of(new Money("dollar", false,
                    written));
            case "€", "euro", "euros" -> Optional.of(new Money("euro", false, written));
            case "c", "cent", "cents", "ct", "cts", "céntimo", "céntimos", "centimo", "centimos", "centavo", "centavos" ->
                Optional.of(new Money(askedMoney(q).map(Money::currency).orElse(w.startsWith("cént") || w.startsWith("cent")
                        && w.contains("imo") ? "euro" : w.startsWith("centav") ? "peso" : "dollar"), true, written));
            default -> Optional.empty();
        };
    }

    /** "pounds" in a question about money is money, never the unit of mass (80 pounds for a jacket). */
    private static boolean moneyWord(String word, String question) {
        String q = question.toLowerCase(Locale.ROOT);
        return money(word.toLowerCase(Locale.ROOT), q).isPresent() && moneyQuestion(q);
    }

    private static boolean moneyQuestion(String q) {
        return askedMoney(q).isPresent() || moneyVerb(q);
    }

    /** A question about money by its words: costs, price, pays; cuesta, precio, paga. */
    private static boolean moneyVerb(String q) {
        return Pattern.compile("(?U)\\b(cost|costs|price|pay|pays|paid|spend|spends|spent|"
                + "buy|buys|sell|sells|money|save|saves|earn|earns|change|cuesta|cuestan|costó|precio|paga|pagan|pagó|"
                + "gasta|gastan|gastó|compra|compran|vende|venden|dinero|ahorra|ahorran|gana|ganan|cambio|vuelto)\\b")
                .matcher(q).find();
    }

    private static final Pattern IN_MONEY = Pattern.compile("(?U)\\b(?:in|en|how many|cuántos|cuántas)\\s+(pence|cents|"
            + "pounds|dollars|euros|peniques|céntimos|centimos|centavos|libras|dólares|dolares|pesos)\\b");

    /** The money the question asks in: "in pence", "en euros", "¿cuántos pesos?" first, then the first money it names. */
    private static Optional<Money> askedMoney(String q) {
        Matcher in = IN_MONEY.matcher(q);
        if (in.find()) return Optional.of(switch (in.group(1)) {
            case "pence", "peniques" -> new Money("pound", true, in.group(1));
            case "cents", "céntimos", "centimos", "centavos" -> new Money(firstCurrency(q).orElse(
                    in.group(1).startsWith("centav") ? "peso" : in.group(1).equals("cents") ? "dollar" : "euro"), true,
                    in.group(1));
            case "pounds", "libras" -> new Money("pound", false, in.group(1));
            case "dollars", "dólares", "dolares" -> new Money("dollar", false, in.group(1));
            case "pesos" -> new Money("peso", false, in.group(1));
            default -> new Money("euro", false, in.group(1));
        });
        return firstCurrency(q).map(c -> new Money(c, false, c + "s"));
    }

    private static final Pattern CURRENCY = Pattern.compile("(?U)£|\\$|€|\\bpounds?\\b|\\bpence\\b|\\bdollars?\\b|"
            + "\\beuros?\\b|\\blibras?\\b|\\bdólar(?:es)?\\b|\\bpesos?\\b|\\bcéntimos?\\b|\\bcentavos?\\b");

    private static Optional<String> firstCurrency(String q) {
        Matcher m = CURRENCY.matcher(q);
        if (!m.find()) return Optional.empty();
        String w = m.group();
        // "peso" is money only in a question about money ("su peso" is a weight); "$" is the peso in a peso question
        boolean pesos = (moneyVerb(q) || IN_MONEY.matcher(q).find()) && Pattern.compile("(?U)\\bpesos?\\b").matcher(q).find();
        if (w.startsWith("peso") || w.startsWith("centavo")) return pesos ? Optional.of("peso") : Optional.empty();
        if (w.equals("$")) return Optional.of(pesos ? "peso" : "dollar");
        return Optional.of(w.equals("£") || w.startsWith("pound") || w.equals("pence") || w.startsWith("libra")
                ? "pound"
                : w.startsWith("dollar") || w.startsWith("dólar") ? "dollar" : "euro");
    }

    /** The name of a money in the screen's language: "euros", "céntimos" (grade22: English words on a Spanish screen). */
    private static Message named(String currency, boolean hundredth) {
        return Message.of("money." + currency + (hundredth ? ".hundredth" : ""));
    }

    private static Reading againstMoney(String math, String written, Money given, String q) {
        Optional<Money> asked = askedMoney(q);
        if (asked.isEmpty())
            return new Refused(math, new Refusal(Message.of("grade.wordNotAsked", given.written()), Optional.empty()));
        Money a = asked.get();
        if (!a.currency().equals(given.currency()))
            return new Refused(math, new Refusal(Message.of("grade.otherMoney", named(a.currency(), false), written),
                    Optional.empty()));
        if (a.hundredth() == given.hundredth()) return new Accepted(math);
        double factor = given.hundredth() ? 0.01 : 100;
        return new Refused(math, new Refusal(Message.of("grade.convertTo", named(a.currency(), a.hundredth()), written),
                Optional.of(factor)));
    }

    // ---- physical units ----

    private static Optional<Unit> unit(String written) {
        try {
            Unit u = Units.parse(written);
            return u.dimensionless() ? Optional.empty() : Optional.of(u);
        } catch (MathSyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static final Pattern ASKED = Pattern
            .compile("(?i)\\b(?:how many|in|into)\\s+(?:(square|cubic)\\s+)?([\\p{L}][\\p{L}/²³^\\d]*)");
    private static final Pattern AFTER_NUMBER = Pattern.compile("\\d\\s*([\\p{L}][\\p{L}/²³^\\d]*)");

    /**
     * The unit the question asks for: one it names after "how many" or "in", else the one unit the question writes
     * after its numbers (a 45 km route: kilometres); the first of the student's kind where there are several, any
     * where none is of that kind.
     */
    static Optional<Unit> askedUnit(String question, Unit given) {
        List<Unit> named = new ArrayList<>();
        Matcher m = ASKED.matcher(question);
        while (m.find()) {
            int power = m.group(1) == null ? 1 : m.group(1).equalsIgnoreCase("square") ? 2 : 3; // in square metres
            if (!moneyWord(m.group(2), question))
                unit(m.group(2)).map(u -> power == 1 ? u : u.pow(power)).ifPresent(named::add);
        }
        if (named.isEmpty()) {
            Matcher n = AFTER_NUMBER.matcher(question);
            while (n.find())
                if (!moneyWord(n.group(1), question)) unit(n.group(1)).ifPresent(named::add);
        }
        // an area or a volume in the question's length (16π cm² where the radius is 4 cm), where it names none
        List<Unit> also = new ArrayList<>(named);
        for (Unit u : named) {
            if (u.dims()[0] != 1 || java.util.Arrays.stream(u.dims()).sum() != 1) continue;
            also.add(u.pow(2));
            also.add(u.pow(3));
        }
        return named.stream().filter(u -> u.sameDimension(given)).findFirst()
                .or(() -> also.stream().filter(u -> u.sameDimension(given)).findFirst())
                .or(() -> named.stream().findFirst());
    }

    private static Reading againstUnit(String math, String written, Unit given, Unit asked) {
        if (!asked.sameDimension(given))
            return new Refused(math, new Refusal(Message.of("grade.unitDimension", asked.dimension(), written,
                    given.dimension()), Optional.empty()));
        if (Math.abs(given.factor() / asked.factor() - 1) < 1e-9 && given.offset() == asked.offset())
            return new Accepted(math);
        return new Refused(math, new Refusal(Message.of("grade.convertTo", asked.symbol(), written),
                Optional.of(given.factor() / asked.factor())));
    }

    // ---- words ----

    /** The word, or its singular or plural, as a word of the question (apple for apples, students for student). */
    private static boolean inQuestion(String word, String q) {
        List<String> forms = new ArrayList<>(List.of(word, word + "s", word + "es"));
        if (word.endsWith("es")) forms.add(word.substring(0, word.length() - 2));
        if (word.endsWith("s")) forms.add(word.substring(0, word.length() - 1));
        if (word.endsWith("ies")) forms.add(word.substring(0, word.length() - 3) + "y");
        if (word.endsWith("y")) forms.add(word.substring(0, word.length() - 1) + "ies");
        for (String f : forms)
            if (f.length() > 1 && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(f) + "(?![\\p{L}])").matcher(q).find())
                return true;
        return false;
    }
}
