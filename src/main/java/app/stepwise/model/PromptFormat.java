package app.stepwise.model;

import java.util.List;

/** Builds prompts in the manifest's format: the problem, the student's work so far, and the request. */
public final class PromptFormat {
    private final ModelManifest manifest;

    public PromptFormat(ModelManifest manifest) {
        this.manifest = manifest;
    }

    public String solve(String problem) {
        return manifest.prompt().getOrDefault("solve", "<|problem|>{problem}<|solve|>").replace("{problem}", clean(problem));
    }

    public String next(String problem, List<String> work) {
        return manifest.prompt().getOrDefault("next", "<|problem|>{problem}<|work|>{work}<|next|>")
                .replace("{problem}", clean(problem)).replace("{work}", join(work));
    }

    public String check(String problem, List<String> work) {
        return manifest.prompt().getOrDefault("check", "<|problem|>{problem}<|work|>{work}<|check|>")
                .replace("{problem}", clean(problem)).replace("{work}", join(work));
    }

    private String join(List<String> work) {
        return String.join(manifest.prompt().getOrDefault("workSeparator", "\n"),
                work.stream().map(PromptFormat::clean).toList());
    }

    /** Text from a student or a pack never carries our control tokens, and LaTeX delimiters are dropped. */
    static String clean(String s) {
        return s.replaceAll("<\\|/?[a-z]+\\|>", "").replace("$", "").strip();
    }
}
