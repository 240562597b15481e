package app.stepwise.model;

import java.util.List;

/** Builds prompts in the manifest's format: the problem, the student's work so far, and the request. */
public final class PromptFormat {
    private final ModelManifest manifest;

    public PromptFormat(ModelManifest manifest) {
        this.manifest = manifest;
    }

    public String solve(String problem) {
        return template("solve", ControlTokens.PROBLEM + "{problem}" + ControlTokens.SOLVE).replace("{problem}", clean(problem));
    }

    public String next(String problem, List<String> work) {
        return template("next", ControlTokens.PROBLEM + "{problem}" + ControlTokens.WORK + "{work}" + ControlTokens.NEXT)
                .replace("{problem}", clean(problem)).replace("{work}", join(work));
    }

    public String check(String problem, List<String> work) {
        return template("check", ControlTokens.PROBLEM + "{problem}" + ControlTokens.WORK + "{work}" + ControlTokens.CHECK)
                .replace("{problem}", clean(problem)).replace("{work}", join(work));
    }

    /**
     * The reading task (the shared contract with the problem reader): the model answers with one field per line,
     * {@code family:}, {@code task:}, {@code start:}, {@code unknown:}, {@code given:}. Only for models whose
     * manifest lists the "read" capability ({@link ModelManifest#can}).
     */
    public String read(String problem) {
        return template("read", ControlTokens.PROBLEM + "{problem}" + ControlTokens.READ).replace("{problem}", clean(problem));
    }

    private String template(String view, String fallback) {
        return manifest.prompt().getOrDefault(view, fallback);
    }

    private String join(List<String> work) {
        return String.join(manifest.prompt().getOrDefault("workSeparator", "\n"),
                work.stream().map(PromptFormat::clean).toList());
    }

    /** Text from a student or a pack never carries our control tokens, and LaTeX delimiters are dropped. */
    static String clean(String s) {
        return ControlTokens.clean(s);
    }
}
