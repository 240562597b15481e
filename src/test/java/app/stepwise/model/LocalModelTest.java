package app.stepwise.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime on a tiny randomly initialised Qwen2 model exported in the Hugging Face/optimum decoder layout
 * (src/test/resources/models/tiny-random-qwen2, made by models/training/export.py --fixture): what runs it runs
 * any decoder of that layout.
 */
class LocalModelTest {
    static final Path FIXTURE = Path.of("src/test/resources/models/tiny-random-qwen2");

    @Test
    void cachedGenerationAgreesWithRecomputingFromScratch() throws Exception {
        try (LocalModel m = LocalModel.load(FIXTURE, 1)) {
            assertThat(m.layers()).isEqualTo(2);
            String prompt = "<|problem|>Solve 3x + 5 = 20.<|solve|>";
            Generation g = m.generate(prompt, GenerationOptions.greedy(12), s -> {});
            assertThat(g.tokens()).hasSize(12); // random weights rarely say <|end|> in 12 tokens; the limit stops it
            assertThat(g.stop()).isEqualTo(StopReason.MAX_TOKENS);
            List<Long> seq = new ArrayList<>();
            for (long id : m.encode(prompt)) seq.add(id);
            for (long expected : g.tokens()) {
                float[] logits = m.logitsWithoutCache(seq.stream().mapToLong(Long::longValue).toArray());
                int best = 0;
                for (int i = 1; i < logits.length; i++) if (logits[i] > logits[best]) best = i;
                assertThat((long) best).isEqualTo(expected);
                seq.add(expected);
            }
        }
    }

    @Test
    void specialTokensAreSingleTokensAndDigitsAreSplit() throws Exception {
        try (LocalModel m = LocalModel.load(FIXTURE, 1)) {
            assertThat(m.encode("<|problem|>")).containsExactly(m.manifest().specialTokens().get("<|problem|>"));
            long[] ids = m.encode("<|problem|>x = 123<|next|>");
            assertThat(ids[0]).isEqualTo((long) m.manifest().specialTokens().get("<|problem|>"));
            assertThat(ids[ids.length - 1]).isEqualTo((long) m.manifest().specialTokens().get("<|next|>"));
            assertThat(m.decode(Arrays.stream(m.encode("v = 123.5 m/s")).boxed().toList())).isEqualTo("v = 123.5 m/s");
            assertThat(m.encode("123")).hasSize(3);
        }
    }

    @Test
    void samplingIsReproducibleFromItsSeedAndStreamsWholeText() throws Exception {
        try (LocalModel m = LocalModel.load(FIXTURE, 1)) {
            GenerationOptions o = GenerationOptions.greedy(10).sampled(1.0, 0.9, 42);
            StringBuilder streamed = new StringBuilder();
            Generation a = m.generate("<|problem|>Hello<|solve|>", o, streamed::append);
            Generation b = m.generate("<|problem|>Hello<|solve|>", o, s -> {});
            assertThat(a.tokens()).isEqualTo(b.tokens());
            assertThat(streamed.toString()).isEqualTo(a.text());
        }
    }

    @Test
    void cancellationAndTheTimeBudgetStopGeneration() throws Exception {
        try (LocalModel m = LocalModel.load(FIXTURE, 1)) {
            AtomicBoolean cancel = new AtomicBoolean(false);
            Generation g = m.generate("<|problem|>x<|solve|>",
                    GenerationOptions.greedy(50).withCancel(() -> cancel.getAndSet(true)), s -> {});
            assertThat(g.stop()).isEqualTo(StopReason.CANCELLED);
            assertThat(g.tokens()).hasSizeLessThanOrEqualTo(1);
            Generation t = m.generate("<|problem|>x<|solve|>", GenerationOptions.greedy(50).withBudget(0), s -> {});
            assertThat(t.stop()).isEqualTo(StopReason.TIME_BUDGET);
        }
    }

    /** A generation whose listener blocks until released, so the test knows it holds the model. */
    private static Future<Generation> held(ExecutorService pool, LocalModel m, CountDownLatch inside, CountDownLatch release) {
        return pool.submit(() -> m.generate("<|problem|>Solve 3x = 9.<|solve|>", GenerationOptions.greedy(12).withBudget(60_000),
                s -> {
                    inside.countDown();
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
    }

    @Test
    void oneGenerationAtATimeASecondCallerWaitsAtMostItsBudgetThenFallsBack() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        LocalModel m = LocalModel.load(FIXTURE, 1);
        try {
            CountDownLatch inside = new CountDownLatch(1), release = new CountDownLatch(1);
            Future<Generation> first = held(pool, m, inside, release);
            assertThat(inside.await(60, TimeUnit.SECONDS)).isTrue();
            // a second caller with a short budget gives up with a message (the tutor then falls back)
            assertThatThrownBy(() -> m.generate("<|problem|>x<|solve|>", GenerationOptions.greedy(4).withBudget(50), null))
                    .isInstanceOf(ModelException.class).hasMessageContaining("busy");
            // a caller with a long budget waits and runs once the first has finished
            Future<Generation> waiting = pool.submit(() -> m.generate("<|problem|>x<|solve|>",
                    GenerationOptions.greedy(4).withBudget(60_000), null));
            release.countDown();
            assertThat(first.get(60, TimeUnit.SECONDS).tokens()).isNotEmpty();
            assertThat(waiting.get(60, TimeUnit.SECONDS).tokens()).isNotEmpty();

            // closing waits for the generation in progress: it ends normally, and later calls are refused
            CountDownLatch inside2 = new CountDownLatch(1), release2 = new CountDownLatch(1);
            Future<Generation> running = held(pool, m, inside2, release2);
            assertThat(inside2.await(60, TimeUnit.SECONDS)).isTrue();
            Future<?> closing = pool.submit(m::close);
            release2.countDown();
            assertThat(running.get(60, TimeUnit.SECONDS).tokens()).isNotEmpty(); // not cut short by the close
            closing.get(60, TimeUnit.SECONDS);
            assertThatThrownBy(() -> m.generate("<|problem|>x<|solve|>", GenerationOptions.greedy(2), null))
                    .isInstanceOf(ModelException.class).hasMessageContaining("closed");
        } finally {
            pool.shutdownNow();
            m.close();
        }
    }

    @Test
    void noNetworkConnectionIsAttemptedDuringLoadAndGeneration() throws Exception {
        List<URI> attempts = Collections.synchronizedList(new ArrayList<>());
        ProxySelector previous = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                attempts.add(uri); // every Java socket or URL connection asks the proxy selector first
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {}
        });
        try (LocalModel m = LocalModel.load(FIXTURE, 1)) {
            m.generate("<|problem|>Solve 2x = 4.<|solve|>", GenerationOptions.greedy(8), s -> {});
        } finally {
            ProxySelector.setDefault(previous);
        }
        assertThat(attempts).isEmpty();
        assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
    }

    @Test
    void brokenModelFoldersGiveClearMessages(@TempDir Path tmp) throws Exception {
        Path broken = copyFixture(tmp.resolve("truncated"));
        byte[] bytes = Files.readAllBytes(broken.resolve("model.onnx"));
        Files.write(broken.resolve("model.onnx"), Arrays.copyOf(bytes, bytes.length / 3));
        assertThatThrownBy(() -> LocalModel.load(broken, 1)).isInstanceOf(ModelException.class)
                .hasMessageStartingWith("model.onnx in truncated cannot be loaded (is it damaged?)");

        Path noTokenizer = copyFixture(tmp.resolve("no-tokenizer"));
        Files.delete(noTokenizer.resolve("tokenizer.json"));
        assertThatThrownBy(() -> LocalModel.load(noTokenizer, 1)).isInstanceOf(ModelException.class)
                .hasMessageContaining("has no tokenizer.json");

        Path badManifest = copyFixture(tmp.resolve("bad-manifest"));
        Files.writeString(badManifest.resolve("model.json"), "{ not json");
        assertThatThrownBy(() -> LocalModel.load(badManifest, 1)).isInstanceOf(ModelException.class)
                .hasMessageContaining("not valid JSON");

        Path garbage = copyFixture(tmp.resolve("garbage"));
        Files.writeString(garbage.resolve("model.onnx"), "this is not a model");
        assertThatThrownBy(() -> LocalModel.load(garbage, 1)).isInstanceOf(ModelException.class)
                .hasMessageStartingWith("model.onnx in garbage cannot be loaded (is it damaged?)");

        assertThatThrownBy(() -> LocalModel.load(tmp.resolve("missing"), 1)).isInstanceOf(ModelException.class)
                .hasMessageContaining("no model folder");
    }

    /** A copy of the fixture with one file changed, in the ways a hand-copied or foreign model goes wrong. */
    enum Misfit {
        NOT_A_TOKENIZER("tokenizer.json", "cannot be read") {
            @Override
            void apply(ObjectNode json) {
                json.removeAll();
                json.put("hello", "world");
            }
        },
        ANOTHER_MODELS_TOKENIZER("tokenizer.json",
                "tokenizer.json of misfit does not match model.json: <|end|> is token 1 in model.json") {
            @Override
            void apply(ObjectNode json) { // two control tokens trade places, as in a tokenizer exported for another model
                for (JsonNode t : json.withArray("added_tokens")) {
                    String c = t.path("content").asText();
                    if (c.equals("<|end|>")) ((ObjectNode) t).put("content", "<|problem|>");
                    else if (c.equals("<|problem|>")) ((ObjectNode) t).put("content", "<|end|>");
                }
                ObjectNode vocab = json.with("model").with("vocab");
                JsonNode end = vocab.get("<|end|>");
                vocab.set("<|end|>", vocab.get("<|problem|>"));
                vocab.set("<|problem|>", end);
            }
        },
        TOKEN_ID_BEYOND_THE_VOCABULARY("model.json", "does not match model.json: <|answer|> is token 99999") {
            @Override
            void apply(ObjectNode json) {
                json.with("specialTokens").put("<|answer|>", 99999);
            }
        },
        NO_SPECIAL_TOKENS("model.json", "model.json of misfit gives no token id for its end token <|end|>") {
            @Override
            void apply(ObjectNode json) {
                json.remove("specialTokens");
            }
        },
        NO_LENGTH("model.json", "model.json of misfit gives no usable maxLength") {
            @Override
            void apply(ObjectNode json) {
                json.put("maxLength", "long");
            }
        };

        final String file;
        final String message;

        Misfit(String file, String message) {
            this.file = file;
            this.message = message;
        }

        abstract void apply(ObjectNode json);
    }

    @ParameterizedTest
    @EnumSource(Misfit.class)
    void aTokenizerOrManifestThatDoesNotFitTheModelIsRefusedWithAMessage(Misfit misfit, @TempDir Path tmp) throws Exception {
        Path folder = copyFixture(tmp.resolve("misfit"));
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = (ObjectNode) mapper.readTree(folder.resolve(misfit.file).toFile());
        misfit.apply(json);
        Files.writeString(folder.resolve(misfit.file), mapper.writeValueAsString(json));
        assertThatThrownBy(() -> LocalModel.load(folder, 1)).isInstanceOf(ModelException.class)
                .hasMessageContaining(misfit.message).hasMessageNotContaining("Exception");
    }

    static Path copyFixture(Path to) throws IOException {
        Files.createDirectories(to);
        for (String f : List.of("model.onnx", "tokenizer.json", "model.json"))
            Files.copy(FIXTURE.resolve(f), to.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        return to;
    }
}
