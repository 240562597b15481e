package app.stepwise.author;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.PackReader;
import app.stepwise.lesson.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Imports an OATutor content pool: {@code content-pool/<problem>/<problem>.json} (title, body) with
 * {@code steps/<step>/<step>.json} (stepTitle, stepBody, stepAnswer, problemType, answerType, choices) and
 * {@code steps/<step>/tutoring/<step>DefaultPathway.json} (hints and scaffolds). Each step becomes one Stepwise problem,
 * its hint pathway the hint ladder; skills come from a {@code skillModel.json} beside or above the pool when present.
 */
public final class OatutorImport {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final int MAX_PROBLEMS = 2000;

    private OatutorImport() {}

    /** @param folder a content-pool folder, or one problem's folder inside it */
    public static ImportReport read(Path folder, String packId, String title) throws ImportException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS))
            throw new ImportException(folder + " is not a folder; give an OATutor content-pool folder");
        List<Path> problemDirs = new ArrayList<>();
        if (Files.isRegularFile(folder.resolve(folder.getFileName() + ".json"))) {
            problemDirs.add(folder);
        } else {
            try (Stream<Path> s = Files.list(folder)) {
                s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().forEach(problemDirs::add);
            } catch (IOException e) {
                throw new ImportException("cannot list " + folder + ": " + e.getMessage());
            }
        }
        if (problemDirs.isEmpty()) throw new ImportException(folder + " holds no OATutor problem folders");
        if (problemDirs.size() > MAX_PROBLEMS)
            throw new ImportException(folder + " holds more than " + MAX_PROBLEMS + " problems; import a smaller part");
        JsonNode skillModel = skillModel(folder);
        List<String> report = new ArrayList<>();
        Imported ids = new Imported(report);
        List<Problem> problems = new ArrayList<>();
        Set<String> skills = new LinkedHashSet<>();
        for (Path dir : problemDirs) {
            String name = dir.getFileName().toString();
            JsonNode problem = json(dir.resolve(name + ".json"), "problem " + name, report);
            if (problem == null) continue;
            String body = join(text(problem, "title"), text(problem, "body"));
            if (problem.path("variabilization").size() > 0)
                report.add("problem " + name + ": its variabilization (randomised numbers) is not carried over; the numbers"
                        + " as written are used");
            if (body.contains("##")) report.add("problem " + name + ": its figures are not carried over");
            List<Path> stepDirs = new ArrayList<>();
            try (Stream<Path> s = Files.list(dir.resolve("steps"))) {
                s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().forEach(stepDirs::add);
            } catch (IOException e) {
                report.add("problem " + name + ": it has no steps folder, so there is nothing to answer");
                continue;
            }
            for (Path stepDir : stepDirs) {
                String stepName = stepDir.getFileName().toString();
                JsonNode step = json(stepDir.resolve(stepName + ".json"), "step " + stepName, report);
                if (step == null) continue;
                String what = "step " + stepName;
                Optional<AnswerSpec> answer = answer(step, what, report);
                if (answer.isEmpty()) continue;
                String statement = join(body, join(text(step, "stepTitle"), text(step, "stepBody")));
                if (statement.isBlank()) {
                    report.add(what + ": it has no text, so it is not carried over");
                    continue;
                }
                List<String> hints = hints(stepDir.resolve("tutoring").resolve(stepName + "DefaultPathway.json"), what, report);
                List<String> stepSkills = new ArrayList<>();
                skillModel.path(stepName).forEach(s -> {
                    String id = s.asText().replaceAll("[^A-Za-z0-9._-]+", "-");
                    if (!id.isEmpty() && !stepSkills.contains(id)) stepSkills.add(id);
                });
                skills.addAll(stepSkills);
                problems.add(new Problem(ids.id(stepName, what), statement, stepSkills, 1, answer.get(), Optional.empty(),
                        List.of(), hints, List.of(), Optional.empty()));
            }
        }
        if (problems.isEmpty())
            throw new ImportException("nothing in " + folder + " could be carried over:\n  " + String.join("\n  ", report));
        LessonPack pack = new LessonPack(1, packId, title, LessonPack.Subject.MATH, "", List.of(), "", "en",
                skills.stream().map(s -> new LessonPack.Skill(s, s)).toList(), problems, "Imported from OATutor content.",
                Optional.empty());
        return new ImportReport(pack, report);
    }

    private static Optional<AnswerSpec> answer(JsonNode step, String what, List<String> report) {
        String type = text(step, "problemType");
        List<String> answers = new ArrayList<>();
        step.path("stepAnswer").forEach(a -> answers.add(a.asText().strip()));
        if (answers.isEmpty() || answers.get(0).isEmpty()) {
            report.add(what + ": it has no stepAnswer, so it is not carried over");
            return Optional.empty();
        }
        if (answers.size() > 1)
            report.add(what + ": only its first answer \"" + answers.get(0) + "\" is kept; Stepwise accepts every equivalent"
                    + " form of it, so the other listed forms are not needed");
        String a = Html.formulas(answers.get(0)).replace("$", "").replace("\\", "");
        switch (type) {
            case "MultipleChoice" -> {
                List<String> choices = new ArrayList<>();
                step.path("choices").forEach(c -> choices.add(Html.text(c.asText())));
                int correct = choices.indexOf(Html.text(answers.get(0)));
                if (choices.size() < 2 || correct < 0) {
                    report.add(what + ": its choices do not include its answer, so it is not carried over");
                    return Optional.empty();
                }
                return Optional.of(new AnswerSpec.MultipleChoice(choices, correct));
            }
            case "TextBox", "" -> {
                Optional<AnswerSpec> spec = Imported.mathAnswer(a);
                if (spec.isPresent() && "numeric".equals(text(step, "answerType"))
                        && !(spec.get() instanceof AnswerSpec.Numeric)) {
                    spec = Optional.empty();
                }
                if (spec.isEmpty())
                    report.add(what + ": its answer \"" + answers.get(0) + "\" is not math Stepwise can judge ("
                            + text(step, "answerType") + " answer), so it is not carried over");
                return spec;
            }
            default -> {
                report.add(what + ": " + type + " steps are not carried over; Stepwise has typed and multiple-choice answers");
                return Optional.empty();
            }
        }
    }

    private static List<String> hints(Path pathway, String what, List<String> report) {
        List<String> out = new ArrayList<>();
        if (!Files.isRegularFile(pathway, LinkOption.NOFOLLOW_LINKS)) return out;
        JsonNode hints = json(pathway, what + " hints", report);
        if (hints == null || !hints.isArray()) return out;
        int scaffolds = 0;
        for (JsonNode h : hints) {
            String text = join(text(h, "title"), text(h, "text"));
            if ("scaffold".equals(text(h, "type"))) {
                scaffolds++;
                String ans = h.path("hintAnswer").path(0).asText("");
                text = text + (ans.isEmpty() ? "" : " (" + Html.text(ans) + ")");
            }
            if (!text.isBlank()) out.add(text);
        }
        if (scaffolds > 0)
            report.add(what + ": " + scaffolds + " scaffold question(s) became hints that state their answer; Stepwise hints"
                    + " do not ask questions back");
        return out;
    }

    /** OATutor keeps step → skills in skillModel.json beside the content pool; this looks in the pool and the folder above. */
    private static JsonNode skillModel(Path folder) {
        Path abs = folder.toAbsolutePath();
        for (Path f : new Path[]{abs.resolve("skillModel.json"),
                abs.getParent() == null ? abs.resolve("skillModel.json") : abs.getParent().resolve("skillModel.json")}) {
            try {
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && Files.size(f) <= PackReader.MAX_FILE_BYTES)
                    return MAPPER.readTree(f.toFile());
            } catch (IOException e) {
                // no skills then
            }
        }
        return MAPPER.createObjectNode();
    }

    private static JsonNode json(Path file, String what, List<String> report) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                report.add(what + ": " + file.getFileName() + " is missing");
                return null;
            }
            if (Files.size(file) > PackReader.MAX_FILE_BYTES) {
                report.add(what + ": " + file.getFileName() + " is too large");
                return null;
            }
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            report.add(what + ": " + file.getFileName() + " is not valid JSON");
            return null;
        }
    }

    private static String text(JsonNode n, String field) {
        return Html.text(n.path(field).asText(""));
    }

    private static String join(String a, String b) {
        if (a.isBlank()) return b;
        if (b.isBlank()) return a;
        return a + "\n" + b;
    }
}
