package app.stepwise.model;

import java.util.regex.Pattern;

/**
 * Every control token of Stepwise's prompt format, and the one rule for removing them: from a student's or a
 * pack's text before it enters a prompt ({@link #clean}), and from model output before a person sees it
 * ({@link #strip}). The manifest maps these names to token ids; models/training/data.py writes the same tokens.
 */
public final class ControlTokens {
    private ControlTokens() {}

    public static final String PAD = "<|pad|>";
    public static final String END = "<|end|>";
    public static final String PROBLEM = "<|problem|>";
    public static final String WORK = "<|work|>";
    public static final String SOLVE = "<|solve|>";
    public static final String NEXT = "<|next|>";
    public static final String CHECK = "<|check|>";
    public static final String READ = "<|read|>";
    public static final String STEP = "<|step|>";
    public static final String MATH = "<|math|>";
    public static final String ANSWER = "<|answer|>";
    public static final String FEEDBACK = "<|feedback|>";
    public static final String CALC = "<|calc|>";
    public static final String CALC_END = "<|/calc|>";

    /** Any control token, also ones a future model may add: {@code <|name|>} or {@code <|/name|>}. */
    public static final Pattern ANY = Pattern.compile("<\\|/?[a-z]+\\|>");

    /** Whether the text holds a control token, or the start of one ({@code <|}), so it is not plain math. */
    public static boolean holdsToken(String s) {
        return s.contains("<|");
    }

    /** Input text without control tokens or LaTeX dollar signs, so a student cannot steer the prompt. */
    public static String clean(String s) {
        return ANY.matcher(s).replaceAll("").replace("$", "").strip();
    }

    /** Model output for display: the calculator's markers dropped (its value stays), other tokens made spaces. */
    public static String strip(String s) {
        String t = s.replace(CALC, "").replace(CALC_END, "");
        return ANY.matcher(t).replaceAll(" ").replaceAll(" {2,}", " ").strip();
    }
}
