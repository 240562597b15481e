package app.stepwise.tutor;

import java.nio.file.Path;

final class LocalModelTestFixture {
    static final Path FIXTURE = Path.of("src/test/resources/models/tiny-random-qwen2");

    private LocalModelTestFixture() {}
}
