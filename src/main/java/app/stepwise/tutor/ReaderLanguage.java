package app.stepwise.tutor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A problem typed in another language than English, said in the English words the problem reader knows, from a phrase
 * table per language ({@code reader-es.txt}: Spanish). Only a text that the table's words mark as that language is
 * changed; its numbers are read in that language's way (a decimal comma), and a number that reads two ways there
 * (1,500 or 1.500: thousands or a decimal; "2 y 1/2": a mixed number or two numbers) makes the text unreadable rather
 * than guessed. The reader then reads, checks
 * and verifies the English as it does any problem, so a problem it cannot do stays "can't check" in every language.
 */
final class ReaderLanguage {
    /** Where a number goes in a key or its English ("de # a # = from # to #"). */
    private static final String SLOT = "#";
    /** Any ending of a word ("deriv* = differentiate": derivo, derivamos, derivando). */
    private static final String STEM = "*";
    /** A number in a slot, with the unit written after it, if any ("2 m/s", "0,5 kg", "3/4", "25 %"). */
    private static final String SLOT_NUMBER = "-?\\d+(?:[.,]\\d+)?(?:/\\d+)?(?:\\s*%|\\s+(?!(?:a|y|e|o)\\s)[\\p{L}Ω°]{1,12}(?:/[\\p{L}0-9²³^]{1,4})?)?";
    private static final String WORD_BEFORE = "(?<![\\p{L}\\d_])";
    private static final String WORD_AFTER = "(?![\\p{L}\\d_])";

    /** The tables of the languages the reader knows besides English. */
    private static final List<ReaderLanguage> LANGUAGES = List.of(load("es"));

    private final Pattern words;
    private final List<String> english;
    private final List<Integer> slots;
    private final Pattern betweenNumbers;
    private final Map<String, String> operations;
    private final Set<String> markers;
    private final List<String> stems;
    private final Pattern mixedNumber;
    private final Pattern phraseMarkers;
    private final Set<String> functionWords;
    /** The one-word keys of the table, folded: typed with an accent (más, qué), such a word is no English word. */
    private final Set<String> oneWordKeys;
    private final Map<String, String> functionNames;
    private final Pattern gluedFunctions;

    private ReaderLanguage(Map<String, String> words, Map<String, String> operations, Set<String> beforeALetter,
            Set<String> alsoEnglish, Set<String> functionWords, Map<String, String> functionNames) {
        List<String> keys = new ArrayList<>(words.keySet());
        // the longest key first, and of two alike the accented one ("qué" asks, "que" joins)
        keys.sort(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.comparingLong((String k) -> k.chars().filter(c -> c > 127).count()).reversed()));
        StringBuilder alternatives = new StringBuilder();
        this.english = new ArrayList<>();
        this.slots = new ArrayList<>();
        for (String key : keys) {
            if (!alternatives.isEmpty()) alternatives.append('|');
            alternatives.append("(?<k").append(english.size()).append('>').append(keyPattern(key, beforeALetter)).append(')');
            english.add(words.get(key));
            slots.add(key.split(SLOT, -1).length - 1);
        }
        this.words = Pattern.compile(alternatives.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.operations = Map.copyOf(operations);
        List<String> ops = new ArrayList<>(operations.keySet());
        ops.sort(Comparator.comparingInt(String::length).reversed());
        // the one-word "and" of the language (y, e)
        String and = "(?:" + String.join("|", words.entrySet().stream()
                .filter(e -> e.getValue().equals("and") && !e.getKey().contains(" ")).map(e -> accentsOptional(e.getKey()))
                .toList())
                + ")";
        // "entre 0 y 3" is a range, not a division
        this.betweenNumbers = Pattern.compile(
                "(?<=[\\d)])\\s+(" + String.join("|", ops.stream().map(ReaderLanguage::accentsOptional).toList())
                        + ")\\s+(?=-?\\s?[\\d(])(?!-?\\d+(?:[.,]\\d+)?\\s+" + and + "\\s)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // "2 y 1/2": two and a half, or the numbers 2 and 1/2 (es14: read as 1/2 + 3/4, the 2 dropped)
        this.mixedNumber = Pattern.compile("(?<![\\d./])\\d+\\s+" + and + "\\s+\\d+/\\d+(?![\\d/])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Set<String> marks = new HashSet<>();
        for (var e : words.entrySet()) {
            String k = fold(e.getKey());
            if (k.length() >= 4 && !k.contains(SLOT) && !k.equals(fold(e.getValue())) && !alsoEnglish.contains(k)) marks.add(k);
        }
        this.markers = Set.copyOf(marks);
        this.oneWordKeys = words.keySet().stream().filter(k -> k.matches("\\p{L}+")).map(ReaderLanguage::fold)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.stems = marks.stream().filter(k -> k.endsWith(STEM)).map(k -> k.substring(0, k.length() - 1)).toList();
        List<String> phrases = marks.stream().filter(k -> k.contains(" ") && !k.contains(STEM)).map(Pattern::quote).toList();
        this.phraseMarkers = Pattern.compile(WORD_BEFORE + "(?:" + String.join("|", phrases) + ")" + WORD_AFTER);
        this.functionWords = Set.copyOf(functionWords);
        this.functionNames = Map.copyOf(functionNames);
        List<String> names = new ArrayList<>(functionNames.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        // "senx", "3sen(x)", "sen2x", "sen^2 x": the name against a bracket, a number, a power or one consonant (a letter of
        // the maths; "seno" is a word)
        this.gluedFunctions = Pattern.compile(names.isEmpty()
                ? "(?!)"
                : "(?<![\\p{L}])(" + String.join("|", names) + ")(?=[(\\d^²³]|[b-df-hj-np-tv-zθ](?![\\p{L}]))",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * A text said in the reader's English words.
     *
     * @param text            the text in English words (as typed, where it was English)
     * @param wordsLeftUnread some of its words (four letters or more) are in no phrase of its language's table
     */
    record Translation(String text, boolean wordsLeftUnread) {}

    /**
     * The text in English words where it is written in a language the reader knows; the text as it is where it is
     * English; empty where a number in it reads two ways in its language.
     */
    static Optional<Translation> translate(String text) {
        for (ReaderLanguage language : LANGUAGES)
            if (language.writtenIn(text)) return language.translated(text);
        return Optional.of(new Translation(text, false));
    }

    /** {@link #translate}'s text. */
    static Optional<String> inEnglish(String text) {
        return translate(text).map(Translation::text);
    }

    /** Whether the text is in this language: a question mark opened (¿ ¡), one of its own words, or two of its small words. */
    boolean writtenIn(String text) {
        if (text.indexOf('¿') >= 0 || text.indexOf('¡') >= 0) return true;
        // "x más 5 es 12": a word of the table typed with its accent (read15: más is too short to mark a text alone)
        for (Matcher m = Pattern.compile("\\p{L}*[áéíóúñ]\\p{L}*").matcher(text.toLowerCase(Locale.ROOT)); m.find();)
            if (oneWordKeys.contains(fold(m.group()))) return true;
        String folded = fold(text);
        Set<String> small = new HashSet<>();
        for (Matcher m = Pattern.compile("\\p{L}+").matcher(folded); m.find();) {
            if (markers.contains(m.group())) return true;
            for (String stem : stems)
                if (m.group().startsWith(stem) && VERB_ENDING.matcher(m.group().substring(stem.length())).matches()) return true;
            if (functionWords.contains(m.group())) small.add(m.group());
        }
        if (small.size() >= 2) return true;
        // a phrase of several words ("en serie", "cuanto es") that no English text has
        return phraseMarkers.matcher(folded).find();
    }

    /** The ending of a Spanish verb after its stem (derivamos, resolviendo): "derivative" and "calculate" are English. */
    private static final Pattern VERB_ENDING = Pattern.compile("[aeo]|[ae]s|[aei]mos|[ae]n|[aei]r|ando|iendo|[ai]d[ao]s?");

    /** A number with exactly three digits after a comma or a point: thousands in one country, a decimal in another. */
    private static final Pattern TWO_WAYS = Pattern.compile("(?<![\\d.,])[1-9]\\d{0,2}[.,]\\d{3}(?![\\d])(?![.,]\\d)");
    /** A decimal comma: 2,5 and 0,500 (a comma between digits, nothing else around it that makes a list). */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<![\\d.,])(\\d+),(\\d+)(?![\\d]|[.,]\\d)");

    /** A word of four letters or more: shorter ones are letters of the maths, units and symbols as often as words. */
    private static final Pattern LONG_WORD = Pattern.compile("(?<![\\p{L}\\d_^])\\p{L}{4,}(?![\\p{L}\\d_(])");
    /** Words that stand in maths and physics in every language: functions, units, Greek letters. */
    private static final Set<String> INTERNATIONAL = Set.of("sqrt", "sinh", "cosh", "tanh", "ohms", "hertz", "lambda", "kelvin");

    Optional<Translation> translated(String text) {
        if (TWO_WAYS.matcher(text).find() || mixedNumber.matcher(text).find()) return Optional.empty();
        String t = DECIMAL_COMMA.matcher(text).replaceAll("$1.$2");
        t = gluedFunctions.matcher(t).replaceAll(m -> functionNames.get(fold(m.group(1))));
        t = betweenNumbers.matcher(t).replaceAll(m -> " " + operations.get(fold(m.group(1))) + " ");
        List<String> unread = new ArrayList<>();
        String english = inEnglishWords(t, unread).replace('¿', ' ').replace('¡', ' ').replaceAll("(?m)^ +", "");
        return Optional.of(new Translation(english, !unread.isEmpty()));
    }

    /** Each key of the table in the text, once, left to right, in its English; the words in no key go to {@code unread}. */
    private String inEnglishWords(String t, List<String> unread) {
        StringBuilder out = new StringBuilder();
        Matcher m = words.matcher(t);
        int done = 0;
        while (m.find()) {
            int k = matchedKey(m);
            String between = t.substring(done, m.start());
            unread(between, unread);
            out.append(between).append(withSlots(english.get(k), m, k, unread));
            done = m.end();
        }
        unread(t.substring(done), unread);
        return out.append(t.substring(done)).toString();
    }

    private static void unread(String between, List<String> unread) {
        for (Matcher w = LONG_WORD.matcher(between); w.find();)
            if (!INTERNATIONAL.contains(fold(w.group()))) unread.add(w.group());
    }

    private int matchedKey(Matcher m) {
        for (int k = 0; k < english.size(); k++)
            if (m.group("k" + k) != null) return k;
        throw new IllegalStateException("a match of no key");
    }

    private String withSlots(String english, Matcher m, int k, List<String> unread) {
        String out = english;
        for (int s = 0; s < slots.get(k); s++)
            out = out.replaceFirst(SLOT,
                    Matcher.quoteReplacement(inEnglishWords(m.group("k" + k + "n" + s).replace(',', '.'), unread)));
        return out;
    }

    /**
     * A key as a pattern: whole words, any spacing, accents optional on vowels written without one, a number in each
     * slot; a one-letter key only between words (beside an operator, or after a word that names a letter, it is the
     * letter of the maths).
     */
    private String keyPattern(String key, Set<String> beforeALetter) {
        StringBuilder p = new StringBuilder();
        String[] parts = key.split(SLOT, -1);
        int n = english.size();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) p.append("(?<k").append(n).append('n').append(i - 1).append('>').append(SLOT_NUMBER).append(')');
            p.append(accentsOptional(parts[i].replace(" ", "\u0001").replace(STEM, "\u0002")).replace("\u0001", "\\s+")
                    .replace("\u0002", "\\p{L}*"));
        }
        String body = p.toString();
        boolean letter = key.matches("\\p{L}");
        if (!letter) return (key.startsWith(SLOT) ? "" : WORD_BEFORE) + body + (key.endsWith(SLOT) ? "" : WORD_AFTER);
        String notAfter = beforeALetter.isEmpty()
                ? ""
                : "(?<!" + WORD_BEFORE + "(?:"
                        + String.join("|", beforeALetter.stream().map(ReaderLanguage::accentsOptional).toList())
                        + ")[ \\t]{1,3})";
        return "(?<=[\\p{L}\\d%)²³°][ \\t]{1,3})" + notAfter + body + "(?=[ \\t]{1,3}[\\p{L}\\d¿(])";
    }

    /** The key as a regular expression in which a vowel without an accent also matches the accented vowel. */
    private static String accentsOptional(String key) {
        StringBuilder p = new StringBuilder();
        for (char c : key.toCharArray()) {
            switch (c) {
                case 'a' -> p.append("[aá]");
                case 'e' -> p.append("[eé]");
                case 'i' -> p.append("[ií]");
                case 'o' -> p.append("[oó]");
                case 'u' -> p.append("[uúü]");
                default -> p.append(
                        Character.isLetterOrDigit(c) || c == '\u0001' || c == '\u0002'
                                ? String.valueOf(c)
                                : Pattern.quote(String.valueOf(c)));
            }
        }
        return p.toString();
    }

    /** Lower case without accents: "Cuál" is "cual". */
    static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            int at = "áéíóúü".indexOf(c);
            out.append(at < 0 ? c : "aeiouu".charAt(at));
        }
        return out.toString();
    }

    private static ReaderLanguage load(String language) {
        String name = "reader-" + language + ".txt";
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        try (InputStream in = ReaderLanguage.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "";
            for (String line; (line = r.readLine()) != null;) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (line.startsWith("[")) {
                    section = line.substring(1, line.length() - 1);
                    continue;
                }
                int eq = line.indexOf(" = ");
                String key = (eq < 0 ? line : line.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
                sections.computeIfAbsent(section, s -> new LinkedHashMap<>()).put(key,
                        eq < 0 ? "" : line.substring(eq + 3).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReaderLanguage(sections.getOrDefault("words", Map.of()), sections.getOrDefault("between numbers", Map.of()),
                sections.getOrDefault("before a letter", Map.of()).keySet(),
                sections.getOrDefault("also english", Map.of()).keySet(),
                sections.getOrDefault("function words", Map.of()).keySet(), sections.getOrDefault("functions", Map.of()));
    }
}
