package app.stepwise.cli;

import app.stepwise.app.Packs;
import app.stepwise.grade.AnswerChecker;
import app.stepwise.grade.Grade;
import app.stepwise.lesson.AnswerSpec.Form;
import app.stepwise.lesson.AnswerSpec.SigFigs;
import app.stepwise.lesson.AnswerSpec.Tolerance;
import app.stepwise.lesson.AnswerSpec;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stepwise grade}: grades one answer, by explicit spec or against a pack's problem. Prints
 * {@code {"correct","partial","test","message"}}; exit 0 when graded, 2 with {@code {"error"}} when it cannot be.
 */
@Command(name = "grade", description = "Grade one final answer and print the verdict as JSON.")
final class GradeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--kind", description = "expression, equation, set, numeric (or number) or quantity")
    String kind;

    @Option(names = "--expected")
    String expected;

    @Option(names = "--response")
    String response;

    @Option(names = "--tolerance", description = "1%% (relative) or 0.01 (absolute)")
    String tolerance;

    @Option(names = "--sigfigs", description = "N (exactly) or >=N")
    String sigfigs;

    @Option(names = "--form", description = "expanded, factored, simplified-fraction, exact or simplified")
    String form;

    @Option(names = "--decimals", description = "numeric: the answer must be written to N decimal places (2 for 0.00)")
    Integer decimals;

    @Option(names = "--strict-unit", description = "quantity: the answer must be in the expected unit")
    boolean strictUnit;

    @Option(names = "--lang", description = "the student's screen language, en or es: in es, 2,5 is the decimal 2.5 "
            + "(ADR 0016)")
    String lang = "en";

    @Parameters(arity = "0..3", paramLabel = "PACK PROBLEM_ID ANSWER")
    List<String> positional = List.of();

    @Option(names = "--batch", paramLabel = "FILE", description = "grade many answers in one run: a JSON object a line with "
            + "the options' names (kind, expected, response, tolerance, sigfigs, form, decimals, strictUnit); one verdict a line")
    Path batch;

    @Override
    public Integer call() {
        if (batch == null) return one();
        List<String> lines;
        try {
            lines = Files.readAllLines(batch, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return error("cannot read the batch file: " + e.getMessage());
        }
        for (String line : lines) {
            if (line.isBlank()) continue;
            try {
                JsonNode n = Json.MAPPER.readTree(line);
                kind = text(n, "kind");
                expected = text(n, "expected");
                response = text(n, "response");
                tolerance = text(n, "tolerance");
                sigfigs = text(n, "sigfigs");
                form = text(n, "form");
                decimals = n.hasNonNull("decimals") ? n.get("decimals").asInt() : null;
                strictUnit = n.path("strictUnit").asBoolean(false);
            } catch (IOException e) {
                error("this line is not a JSON object: " + e.getMessage());
                continue;
            }
            one();
        }
        return 0;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private Integer one() {
        try {
            AnswerSpec answerSpec;
            String answer;
            String question = "";
            if (!positional.isEmpty()) {
                if (positional.size() != 3) return error("give PACK PROBLEM_ID \"answer\", or --kind/--expected/--response");
                PackArg named = PackArg.read(positional.get(0), positional.get(1));
                if (named.problem().isEmpty()) return error(named.error());
                answerSpec = named.problem().get().answer();
                answer = positional.get(2);
                question = named.problem().get().statement();
            } else {
                if (kind == null || expected == null || response == null)
                    return error("--kind, --expected and --response are all needed");
                Optional<Tolerance> tol = tolerance == null ? Optional.empty() : Tolerance.parse(tolerance);
                if (tolerance != null && tol.isEmpty())
                    return error("--tolerance is a percentage (1%) or an absolute amount (0.01)");
                Optional<SigFigs> sf = Optional.empty();
                if (sigfigs != null) {
                    boolean atLeast = sigfigs.startsWith(">=");
                    try {
                        sf = Optional.of(new SigFigs(Integer.parseInt(atLeast ? sigfigs.substring(2) : sigfigs), !atLeast));
                    } catch (NumberFormatException e) {
                        return error("--sigfigs is a count (3) or a minimum (>=3)");
                    }
                }
                Optional<Form> f = form == null ? Optional.empty() : Form.fromLabel(form);
                if (form != null && f.isEmpty())
                    return error("--form is expanded, factored, simplified-fraction, exact or simplified");
                answerSpec = switch (kind.strip().toLowerCase(Locale.ROOT)) {
                    case "expression" -> new AnswerSpec.Expression(expected, f);
                    case "equation" -> new AnswerSpec.Equation(expected);
                    case "set" -> new AnswerSpec.SolutionSet(expected);
                    // "number" is what people call it: the same numeric kind
                    case "numeric", "number" -> new AnswerSpec.Numeric(expected, tol.orElse(Tolerance.EXACT), sf,
                            Optional.ofNullable(decimals));
                    case "quantity" -> new AnswerSpec.Quantity(expected, tol, sf, strictUnit);
                    default -> null;
                };
                if (answerSpec == null) return error("--kind is expression, equation, set, numeric (or number) or quantity");
                String problem = Packs.mathProblemOf(expected);
                if (problem != null) return error("the expected answer cannot be read: " + problem);
                Optional<app.stepwise.text.Message> unusable = AnswerChecker.unusable(answerSpec);
                if (unusable.isPresent()) return error("the expected answer cannot be used: " + unusable.get().english());
                answer = response;
            }
            Grade g = AnswerChecker.check(answerSpec, answer, Locale.forLanguageTag(lang == null ? "en" : lang.strip()),
                    question);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("correct", g.correct());
            out.put("partial", g.partial());
            out.put("test", g.test().id());
            out.put("message", g.message());
            spec.commandLine().getOut().println(Json.write(out));
            return 0;
        } catch (IllegalStateException e) {
            return error(e.getMessage());
        }
    }

    private int error(String message) {
        return error(spec.commandLine().getOut(), message);
    }

    /** Prints {@code {"error": message}} to {@code out} and returns exit code 2. */
    static int error(PrintWriter out, String message) {
        out.println(Json.write(Map.of("error", message)));
        return 2;
    }
}
