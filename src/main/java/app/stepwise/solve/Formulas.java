package app.stepwise.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Formulas to rearrange, grown from a small grammar for the corpus (issue 16, session 10): the rearrange-formula
 * family has 22 fixed formulas, and people ask to change the subject of any formula. Each one here is linear in its
 * subject (or has the subject squared alone), built by adding, subtracting, multiplying and dividing by other letters
 * and small numbers; the general solver rearranges and verifies it, as it does a typed-in formula.
 */
final class Formulas {
    private Formulas() {}

    /** Letters a formula may use besides its subject, as textbooks name quantities. */
    private static final List<String> LETTERS = List.of("a", "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "q", "r",
            "s", "t", "u", "v", "w", "y", "z", "A", "B", "C", "D", "E", "F", "G", "H", "I", "K", "L", "M", "N", "P", "Q", "R",
            "S", "T", "U", "V", "W");

    /**
     * Subjects as science formulas name them, capitals and l and g among them (session 20: the corpus made only
     * lower-case letters the subject, and 2.10.0, asked to make C the subject of F = 9C/5 + 32, wrote p for C; g, l, s,
     * z and nine capitals were added to the other letters too).
     */
    private static final List<String> SUBJECTS = List.of("A", "C", "E", "F", "I", "L", "M", "N", "P", "Q", "R", "T", "V",
            "W", "l", "g", "d", "m", "s");

    /** A subject from {@link #SUBJECTS}. */
    static String subject(SplittableRandom r) {
        return NumberWriting.pick(r, SUBJECTS);
    }

    /** Numbers that formulas add or subtract (a temperature scale, angles, a hundred). */
    private static final List<String> CONSTANTS = List.of("32", "273", "100", "180", "360", "60");

    /** A formula "L = …" with {@code s} in it once, to make s the subject of. */
    static String formula(SplittableRandom r, String s) {
        List<String> free = new ArrayList<>(LETTERS);
        free.remove(s);
        String lhs = take(r, free);
        String e;
        int more = r.nextInt(20);
        if (more < 6) return more(r, s, lhs, free, more);
        boolean squared = r.nextInt(8) == 0;
        if (squared) {
            // A = k s^2, E = 1/2 m s^2, A = π s^2, V = 1/3 π s^2 h (session 11: π and a second letter)
            e = switch (r.nextInt(4)) {
                case 0 -> take(r, free) + " " + s + "^2";
                case 1 -> "1/2 " + take(r, free) + " " + s + "^2";
                case 2 -> "π" + s + "^2";
                default -> "1/3 π" + s + "^2 " + take(r, free);
            };
            return lhs + " = " + e;
        }
        e = switch (r.nextInt(7)) {
            case 0 -> s;
            case 1 -> NumberWriting.between(r, 2, 9) + s;
            case 2 -> take(r, free) + " " + s;
            case 3 -> s + "/" + NumberWriting.between(r, 2, 6);
            // session 11: products of several letters (P V = n R T), π (C = 2π r), a fraction in front (V = 1/3 A h)
            case 4 -> take(r, free) + " " + take(r, free) + " " + s;
            case 5 -> (r.nextBoolean() ? "2π" : "π") + take(r, free) + " " + s;
            default -> "1/" + NumberWriting.between(r, 2, 4) + " " + take(r, free) + " " + s;
        };
        boolean sum = false;
        int operations = NumberWriting.between(r, 1, 3);
        for (int i = 0; i < operations; i++) {
            switch (r.nextInt(5)) {
                case 0, 1 -> { // add or subtract a letter, a number times a letter, a product of letters or a number
                    String term = switch (r.nextInt(4)) {
                        case 0 -> take(r, free);
                        case 1 -> NumberWriting.between(r, 2, 9) + take(r, free);
                        case 2 -> take(r, free) + " " + take(r, free);
                        // session 11: a plain number, as in C = 5(F - 32)/9 or T = t + 273
                        default -> r.nextInt(3) == 0
                                ? NumberWriting.pick(r, CONSTANTS)
                                : Integer.toString(NumberWriting.between(r, 1, 20));
                    };
                    e = r.nextInt(4) == 0 && !sum ? term + " + " + e : e + (r.nextBoolean() ? " + " : " - ") + term;
                    sum = true;
                }
                case 2 -> { // multiply by a letter or a number outside a bracket
                    boolean letter = r.nextBoolean();
                    String k = letter ? take(r, free) : "" + NumberWriting.between(r, 2, 5);
                    if (sum) e = letter && r.nextInt(3) == 0 ? "(" + e + ")" + k : k + "(" + e + ")"; // (u + v)t too
                    else if (!Character.isDigit(e.charAt(0))) e = k + " " + e;
                    else if (letter) e = e.replaceFirst("^(\\d+)", "$1" + k + " "); // 3x times a: 3a x
                    else
                        continue; // a number times 3x: nothing to learn
                    sum = false;
                }
                default -> { // divide by a letter or a number, once at the top (not s/4/Q)
                    if (!sum && e.contains("/")) continue;
                    String k = r.nextBoolean() ? take(r, free) : "" + NumberWriting.between(r, 2, 5);
                    e = (sum ? "(" + e + ")" : e) + "/" + k;
                    sum = false;
                }
            }
            if (free.size() < 3) break;
        }
        return switch (r.nextInt(5)) {
            case 0 -> e + " = " + lhs;
            case 1 -> lhs + " = " + e + " + " + take(r, free);
            default -> lhs + " = " + e;
        };
    }

    /**
     * Shapes textbooks set that the grammar below never writes (session 12): the subject in a denominator (d = m/V,
     * R = (a + b)/t), the subject taken away (W = 5g - 2h), a straight line in two letters (2x + 3y = 12), and a squared
     * subject beside another term (c^2 = a^2 + b^2, v^2 = u^2 + 2a s).
     */
    private static String more(SplittableRandom r, String s, String lhs, List<String> free, int which) {
        return switch (which) {
            case 0 -> switch (r.nextInt(3)) {
                case 0 -> lhs + " = " + take(r, free) + "/" + s;
                case 1 -> lhs + " = " + NumberWriting.between(r, 2, 9) + take(r, free) + "/" + s;
                default -> lhs + " = (" + take(r, free) + (r.nextBoolean() ? " + " : " - ") + take(r, free) + ")/" + s;
            };
            case 1 -> {
                String other = r.nextBoolean() ? NumberWriting.between(r, 2, 9) + take(r, free) : take(r, free);
                String subject = r.nextBoolean() ? NumberWriting.between(r, 2, 9) + s : take(r, free) + " " + s;
                yield r.nextInt(3) == 0
                        ? lhs + " = " + other + " - " + subject
                        : lhs + " = " + other + " - " + subject
                                + (r.nextBoolean() ? " + " : " - ") + NumberWriting.between(r, 1, 20);
            }
            case 2 -> {
                String other = take(r, free);
                int a = NumberWriting.between(r, 1, 9), b = NumberWriting.between(r, 2, 9), c = NumberWriting.between(r, 1, 40);
                String ta = (a == 1 ? "" : "" + a) + other, tb = b + s;
                String sign = r.nextBoolean() ? " + " : " - ";
                yield r.nextBoolean() ? ta + sign + tb + " = " + c : tb + sign + ta + " = " + c;
            }
            case 4 -> { // P = 2(l + w), s = (u + v)t/2, A = (a + b)h/2: the subject inside a bracket
                String o = take(r, free), sum = r.nextBoolean() ? o + " + " + s : s + (r.nextBoolean() ? " + " : " - ") + o;
                yield switch (r.nextInt(3)) {
                    case 0 -> lhs + " = " + NumberWriting.between(r, 2, 5) + "(" + sum + ")";
                    case 1 -> lhs + " = (" + sum + ")" + take(r, free) + "/" + NumberWriting.between(r, 2, 4);
                    default -> lhs + " = " + take(r, free) + "(" + sum + ")";
                };
            }
            case 5 -> { // V = 1/3 π r^2 h for h: another letter squared beside the subject
                String o = take(r, free);
                yield switch (r.nextInt(3)) {
                    case 0 -> lhs + " = 1/3 π" + o + "^2 " + s;
                    case 1 -> lhs + " = π" + o + "^2 " + s;
                    default -> lhs + " = " + o + "^2 " + s + "/" + NumberWriting.between(r, 2, 4);
                };
            }
            default -> {
                String b = take(r, free);
                yield switch (r.nextInt(3)) {
                    case 0 -> lhs + "^2 = " + s + "^2 + " + b + "^2";
                    case 1 -> lhs + "^2 = " + s + "^2 + " + NumberWriting.between(r, 2, 4) + b + " " + take(r, free);
                    default -> lhs + " = " + take(r, free) + " " + s + "^2 " + (r.nextBoolean() ? "+ " : "- ") + b;
                };
            }
        };
    }

    private static String take(SplittableRandom r, List<String> free) {
        return free.remove(r.nextInt(free.size()));
    }
}
