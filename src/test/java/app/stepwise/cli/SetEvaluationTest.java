package app.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.model.Generation;
import app.stepwise.model.ModelManifest;
import app.stepwise.model.PromptFormat;
import app.stepwise.model.StopReason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `eval-model --set` scoring on a tiny set written for this test, with generations whose verdicts are known: a right
 * and a wrong reading, a right and a wrong final answer, a valid and an invalid first step, an out-of-scope problem
 * recognised, an in-scope problem wrongly refused.
 */
class SetEvaluationTest {
    static final String SET = """
            {"id":"t1","style":"worksheet","text":"Solve 2x + 3 = 11.","family":"linear-two-step","task":"solve","start":"2x + 3 = 11","unknown":"x","answer":{"kind":"equation","value":"x = 4"}}
            {"id":"t2","style":"student","text":"what is 7 + 5 × 2","family":"integer-arithmetic","task":"evaluate","start":"7 + 5 × 2","unknown":null,"answer":{"kind":"numeric","value":"17"}}
            {"id":"t3","style":"textbook","text":"A trolley of mass 2 kg is pushed by a net force of 6 N. Find its acceleration.","family":"newtons-second-law","task":"physics","start":null,"unknown":"a","givens":[{"symbol":"m","value":"2 kg"},{"symbol":"F","value":"6 N"}],"answer":{"kind":"quantity","value":"3 m/s^2"}}
            {"id":"t4","style":"student","text":"Integrate x^2 from 0 to 3.","family":null,"task":null,"start":null,"unknown":null,"answer":{}}
            """;

    private static Generation g(String text) {
        return new Generation(text, List.of(1L, 2L), StopReason.END_TOKEN, 5, 1, 2);
    }

    @Test
    void scoresReadingsAnswersFirstStepsAndRefusalsFromKnownGenerations(@TempDir Path tmp) throws Exception {
        Path set = tmp.resolve("set.jsonl");
        Files.writeString(set, SET);
        List<SetEvaluation.Item> items = SetEvaluation.read(set);
        assertThat(items).hasSize(4);
        assertThat(items.get(2).givens()).hasSize(2);

        PromptFormat format = new PromptFormat(ModelManifest.read(Path.of("models/stepwise-tutor")));
        Map<String, String> gens = new HashMap<>();
        // t1: reading right, the whole solution right, first step valid
        gens.put(format.read("Solve 2x + 3 = 11."), "family: linear-two-step\ntask: solve\nstart: 2x + 3 = 11\nunknown: x");
        gens.put(format.solve("Solve 2x + 3 = 11."), "<|step|>Subtract 3 from both sides.<|math|>2x = 8"
                + "<|step|>Divide both sides by 2.<|math|>x = 4<|answer|>x = 4");
        gens.put(format.next("Solve 2x + 3 = 11.", List.of()), "<|step|>Subtract 3 from both sides.<|math|>2x = 8");
        // t2: refused in scope (reading "none"), a wrong answer, a wrong first step
        gens.put(format.read("what is 7 + 5 × 2"), "family: none");
        gens.put(format.solve("what is 7 + 5 × 2"), "<|step|>Add first.<|math|>12 × 2 = 24<|answer|>24");
        gens.put(format.next("what is 7 + 5 × 2", List.of()), "<|step|>Add first.<|math|>12 × 2");
        // t3: the reading's family right but a given wrong; the answer right (3 m/s^2); no next-step generation
        String physics = "A trolley of mass 2 kg is pushed by a net force of 6 N. Find its acceleration.";
        gens.put(format.read(physics), "family: newtons-second-law\ntask: physics\nunknown: a\ngiven: m = 2 kg\ngiven: F = 60 N");
        gens.put(format.solve(physics), "<|step|>Write the formula.<|math|>F = m a<|step|>Rearrange.<|math|>a = F/m"
                + "<|step|>Substitute.<|math|>a = 6/2 = 3 m/s^2<|answer|>3 m/s^2");
        // t4: out of scope, recognised
        gens.put(format.read("Integrate x^2 from 0 to 3."), "family: none");

        SetEvaluation.Result r = SetEvaluation.run(
                (prompt, max) -> Optional.ofNullable(gens.get(prompt)).map(SetEvaluationTest::g),
                format, true, items, s -> {});
        @SuppressWarnings("unchecked")
        Map<String, Object> all = (Map<String, Object>) r.figures().get("all");
        assertThat(all.get("readingsRight")).isEqualTo(rate(1, 3));
        assertThat(all.get("readingFamilyRight")).isEqualTo(rate(2, 3));
        assertThat(all.get("inScopeWronglyRefused")).isEqualTo(rate(1, 3));
        assertThat(all.get("outOfScopeRecognised")).isEqualTo(rate(1, 1));
        assertThat(all.get("fullAnswerRight")).isEqualTo(rate(2, 3));
        assertThat(all.get("nextStepValidFromProblem")).isEqualTo(rate(1, 2));
        assertThat(all.get("n")).isEqualTo(Map.of("inScope", 3, "outOfScope", 1));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> fams = (Map<String, Map<String, Object>>) r.figures().get("perFamily");
        assertThat(fams.get("linear-two-step").get("fullAnswerRight")).isEqualTo(rate(1, 1));
        assertThat(fams.get("integer-arithmetic").get("fullAnswerRight")).isEqualTo(rate(0, 1));
        assertThat(fams).doesNotContainKey("none");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> sources = (Map<String, Map<String, Object>>) r.figures().get("perReadingSource");
        assertThat(sources).containsOnlyKeys("as written"); // not restated: every in-scope problem given as written
        assertThat(sources.get("as written")).containsEntry("fullAnswerRight", rate(2, 3)).containsEntry("n", 3);
        assertThat(r.failures()).anyMatch(f -> f.startsWith("read t3")).anyMatch(f -> f.startsWith("full t2"))
                .noneMatch(f -> f.contains("t1"));
        @SuppressWarnings("unchecked")
        Map<String, Object> protocol = (Map<String, Object>) r.figures().get("protocol");
        assertThat(protocol.get("decoding")).isEqualTo("greedy");
    }

    @Test
    void decodingIsGreedyByDefaultOrVerifiedWithACandidateCount() {
        assertThat(SetEvaluation.Decoding.parse("greedy").verified()).isFalse();
        assertThat(SetEvaluation.Decoding.parse("greedy").name()).isEqualTo("greedy");
        SetEvaluation.Decoding v = SetEvaluation.Decoding.parse("verified:4");
        assertThat(v.verified()).isTrue();
        assertThat(v.candidates()).isEqualTo(4);
        assertThat(v.name()).isEqualTo("verified:4");
        assertThat(v.wholeFirst()).isTrue();
        SetEvaluation.Decoding steps = SetEvaluation.Decoding.parse("verified-steps:8");
        assertThat(steps.wholeFirst()).isFalse();
        assertThat(steps.candidates()).isEqualTo(8);
        assertThat(steps.name()).isEqualTo("verified-steps:8");
        for (String wrong : List.of("verified", "verified:0", "verified:x", "beam:4", "verified:99"))
            assertThatThrownBy(() -> SetEvaluation.Decoding.parse(wrong)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("verified-steps:K");
    }

    @Test
    void verifiedDecodingNeedsASetAndTheModelItself() {
        CliTest.Run r = CliTest.run("eval-model", "--decoding", "verified:4", "--per-family", "1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("needs --set");
        assertThat(CliTest.run("eval-model", "--decoding", "sampled").out()).contains("greedy, verified:K or verified-steps:K");
    }

    @Test
    void readingsAreComparedByMeaningNotByText() {
        assertThat(SetEvaluation.sameMath("2x + 3 = 11", "11 = 3 + 2x")).isTrue();
        assertThat(SetEvaluation.sameMath("2x + 3 = 11", "2x + 3 = 12")).isFalse();
        assertThat(SetEvaluation.sameMath("7 + 5 × 2", "7 + 10")).isTrue();
        assertThat(SetEvaluation.sameQuantity("3 m/s^2", "3.0 m/s^2")).isTrue();
        assertThat(SetEvaluation.sameQuantity("2 kg", "2000 g")).isTrue();
        assertThat(SetEvaluation.sameQuantity("6 N", "60 N")).isFalse();
        assertThat(SetEvaluation.Reading.parse("family: ohms-law\ntask: physics\ngiven: R2 = 4 ohm").givens()).containsKey("R_2");
    }

    private static Object rate(int k, int n) {
        return ModelEvaluation.rate(k, n);
    }

    /**
     * The reading the corpus trains for a physics problem (models/training/data.py reading_target: the record's family,
     * unknown and givens, each value in the unit the text writes it in) is what this check counts right, for a set that
     * spells the symbols as people do (Ek, Ep, R1, rho, lam, mu) and lists g where the formula needs it (session 11).
     */
    @Test
    void theCorpusPhysicsReadingIsScoredRight() {
        var physics = app.stepwise.solve.Solvers.families().stream().filter(f -> f.subject().equals("physics")).toList();
        Map<String, String> spelt = Map.of("E_k", "Ek", "E_p", "Ep", "R_1", "R1", "R_2", "R2", "ρ", "rho", "λ", "lam", "μ", "mu");
        int n = 0;
        for (int i = 0; i < 600; i++) {
            Map<String, Object> rec = app.stepwise.solve.Corpus.record(29, i, physics);
            StringBuilder target = new StringBuilder(
                    "family: " + rec.get("family") + "\ntask: physics\nunknown: " + rec.get("unknown"));
            List<app.stepwise.lesson.Problem.Given> givens = new java.util.ArrayList<>();
            @SuppressWarnings("unchecked")
            List<Map<String, String>> gs = (List<Map<String, String>>) rec.get("givens");
            for (Map<String, String> g : gs) {
                target.append("\ngiven: ").append(g.get("symbol")).append(" = ").append(g.get("value"));
                givens.add(new app.stepwise.lesson.Problem.Given(
                        SetEvaluation.symbol(spelt.getOrDefault(g.get("symbol"), g.get("symbol"))),
                        g.get("value"), ""));
            }
            if (((String) rec.get("problem")).contains("9.8"))
                givens.add(new app.stepwise.lesson.Problem.Given("g", "9.8 m/s^2", ""));
            String unknown = (String) rec.get("unknown");
            var item = new SetEvaluation.Item("c" + i, "generated", (String) rec.get("problem"), (String) rec.get("family"),
                    "physics",
                    null, spelt.getOrDefault(unknown, unknown), null, givens);
            assertThat(SetEvaluation.readingRight(item, SetEvaluation.Reading.parse(target + "<|end|>")))
                    .as(rec.get("problem") + " → " + target).isTrue();
            n++;
        }
        assertThat(n).isEqualTo(600);
    }
}
