package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.model.GenerationOptions;
import app.stepwise.model.LocalModel;
import app.stepwise.model.ModelException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hint and "What's wrong?" asked at the same time while the student switches models: each request ends with an
 * answer (the model's or the solver's), none waits forever, and the replaced model is closed.
 */
class ModelSwitchTest {
    static final Path FIXTURE = Path.of("src/test/resources/models/tiny-random-qwen2");

    @Test
    void hintAndWhatsWrongRunTogetherWhileTheModelIsSwitched(@TempDir Path tmp) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Tutor tutor = Tutor.withProgressFile(tmp.resolve("progress.db"))) {
            assertThat(tutor.loadModel(FIXTURE, 1)).isTrue();
            ProblemContext ctx = ProblemContext.fromText("Solve 3x + 5 = 20.");
            List<Future<HintService.Hint>> hints = new ArrayList<>();
            List<Future<java.util.Optional<HintService.Feedback>>> feedback = new ArrayList<>();
            List<LocalModel> replaced = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                hints.add(pool.submit(() -> tutor.hints().next(ctx, List.of(), 3, s -> {}, () -> false)));
                feedback.add(pool.submit(() -> tutor.hints().whatsWrong(ctx, List.of("3x = 25"))));
                replaced.add(tutor.model().orElseThrow());
                assertThat(tutor.loadModel(FIXTURE, 1)).isTrue(); // closes the model the two requests may be using
            }
            for (Future<HintService.Hint> h : hints) {
                HintService.Hint hint = h.get(60, TimeUnit.SECONDS);
                assertThat(hint.verified()).isTrue();
                assertThat(hint.step()).isNotBlank();
            }
            for (var f : feedback)
                assertThat(f.get(60, TimeUnit.SECONDS)).hasValueSatisfying(fb -> assertThat(fb.line()).isEqualTo(1));
            for (LocalModel old : replaced)
                assertThatThrownBy(() -> old.generate("x", GenerationOptions.greedy(1), null)).isInstanceOf(ModelException.class)
                        .hasMessageContaining("closed");
            assertThat(tutor.model().orElseThrow().generate("<|problem|>x<|solve|>", GenerationOptions.greedy(2), null).tokens())
                    .isNotEmpty();
        } finally {
            pool.shutdownNow();
        }
    }
}
