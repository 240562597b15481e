package app.stepwise.lesson;

import com.fasterxml.jackson.databind.node.ObjectNode;
import app.stepwise.text.Message;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * Brings older pack files up to the current schema before validation. Each step turns version n
 * into n + 1 on the JSON tree, so a pack written years ago still opens; a pack from a newer
 * Stepwise is refused with a message rather than half-read.
 */
final class PackMigrations {
    static final int CURRENT_VERSION = 1;

    /** STEPS.get(n) migrates version n to n + 1; version 0 is the pre-release draft without the field. */
    private static final List<UnaryOperator<ObjectNode>> STEPS = List.of(PackMigrations::fromDraft);

    private PackMigrations() {}

    static Optional<ObjectNode> migrate(ObjectNode root, BiConsumer<String, Message> error) {
        var v = root.get("schemaVersion");
        if (v == null) {
            error.accept("", Message.of("pack.noSchemaVersion", String.valueOf(CURRENT_VERSION)));
            return Optional.empty();
        }
        if (!v.isInt() || v.asInt() < 0) {
            error.accept("/schemaVersion", Message.of("pack.schemaVersionNotWhole"));
            return Optional.empty();
        }
        int version = v.asInt();
        if (version > CURRENT_VERSION) {
            error.accept("/schemaVersion",
                    Message.of("pack.newerVersion", String.valueOf(version), String.valueOf(CURRENT_VERSION)));
            return Optional.empty();
        }
        ObjectNode node = root;
        for (int n = version; n < CURRENT_VERSION; n++) node = STEPS.get(n).apply(node);
        return Optional.of(node);
    }

    /** Draft packs called the problem list "items" and the answer "expected", and were all math. */
    private static ObjectNode fromDraft(ObjectNode root) {
        ObjectNode out = root.deepCopy();
        if (out.has("items") && !out.has("problems")) out.set("problems", out.remove("items"));
        // a draft whose problems are not a list is left as it is; validation then says "must be a list"
        if (out.path("problems").isArray()) out.withArray("problems").forEach(p -> {
            if (p instanceof ObjectNode po && po.has("expected") && !po.has("answer")) {
                ObjectNode answer = po.putObject("answer");
                answer.put("kind", "expression");
                answer.set("value", po.remove("expected"));
            }
        });
        if (!out.has("subject")) out.put("subject", "math");
        out.put("schemaVersion", 1);
        return out;
    }
}
