package app.stepwise.cli;

import app.stepwise.solve.Corpus;
import app.stepwise.solve.Family;
import app.stepwise.solve.Solvers;
import app.stepwise.solve.Worked;
import app.stepwise.tutor.ProblemContext;
import app.stepwise.tutor.ProblemReader;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Training records from problems written by hand (the eval-reader sets of models/diag): each text the verified reader
 * reads, whose verified answer is the set's, becomes a record with the text as written, the reader's reading and the
 * solver's verified steps; each out-of-scope text the reader refuses becomes a "none" record. A text read wrongly, or not
 * read, is left out: every record is as verified as a generated one. Sets given to exclude (a held-out development set)
 * keep their texts out by id and by text.
 */
final class HandCorpus {
    private HandCorpus() {}

    /**
     * Whether texts the reader does not read right are read from their labels: {@code SOLVED} where the labels solve to
     * the set's answer from numbers the text writes, {@code CHECKED} only where the model's reading checks accept them
     * too (the readings the tutor would take from the model), {@code NONE} never.
     */
    enum Labels {
        SOLVED,
        CHECKED,
        NONE
    }

    /**
     * What was written: problems read by the reader, read from their labels (of them, labelsChecked pass the model's
     * reading checks too), out of scope ("none" records). Left out: labelled readings the model's reading checks refuse
     * (with {@link Labels#CHECKED} only), labels that solve to the set's answer but are not of the text as written,
     * labels that solve to another answer, labels that no solver takes (the ids of these two in {@code labelErrors}),
     * out-of-scope texts the reader reads, and (without labels) texts not read or read wrongly.
     */
    record Summary(int read, int fromLabels, int labelsChecked, int none, int refused, int notOfText, int otherAnswer,
            int unsolved, int outOfScopeRead,
            int notRead,
            int excluded, Map<String, Integer> perFamily, List<String> labelErrors) {
        int labelErrorCount() {
            return otherAnswer + unsolved;
        }
    }

    static Summary write(List<Path> sets, List<Path> exclude, int repeat, Labels labels, Path out) throws IOException {
        Set<String> held = new HashSet<>();
        for (Path p : exclude)
            for (JsonNode it : items(p)) {
                held.add(it.path("id").asText());
                held.add(it.path("text").asText().strip());
            }
        int read = 0, fromLabels = 0, labelsChecked = 0, none = 0, refused = 0, notOfText = 0, otherAnswer = 0, unsolved = 0,
                outOfScopeRead = 0, notRead = 0,
                excluded = 0;
        Map<String, Integer> perFamily = new TreeMap<>();
        List<String> labelErrors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Files.createDirectories(out);
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out.resolve("hand-00000.jsonl.gz")), 1 << 16);
                Writer wr = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
            for (Path p : sets)
                for (JsonNode it : items(p)) {
                    String id = it.path("id").asText(), text = it.path("text").asText().strip();
                    if (text.isEmpty() || !seen.add(text)) continue;
                    if (held.contains(id) || held.contains(text)) {
                        excluded++;
                        continue;
                    }
                    Optional<ProblemReader.Reading> r = ProblemContext.fromText(text, Optional.empty()).reading();
                    boolean inScope = !(it.path("family").isNull() || it.path("family").isMissingNode());
                    Optional<Worked> worked = Optional.empty();
                    if (inScope && r.isPresent() && EvalReaderCommand.answerRight(it, r.get().worked().answer())) {
                        worked = r.map(ProblemReader.Reading::worked);
                        read++;
                    } else if (inScope && labels != Labels.NONE) {
                        switch (HandLabels.read(it, text)) {
                            case HandLabels.Outcome.Read(Worked w, boolean checked) -> {
                                if (checked || !labels.equals(Labels.CHECKED)) {
                                    worked = Optional.of(w);
                                    fromLabels++;
                                    if (checked) labelsChecked++;
                                } else
                                    refused++;
                            }
                            case HandLabels.Outcome.NotOfText() -> notOfText++;
                            case HandLabels.Outcome.OtherAnswer(String answer) -> {
                                otherAnswer++;
                                labelErrors.add(id + " (solves to " + answer + ")");
                            }
                            case HandLabels.Outcome.Unsolved() -> {
                                unsolved++;
                                labelErrors.add(id + " (no solver takes the labels)");
                            }
                        }
                    } else if (inScope) notRead++;
                    else if (r.isPresent()) outOfScopeRead++;
                    Optional<Family> family = worked.flatMap(w -> Solvers.family(w.family()));
                    if (inScope && family.isEmpty() || !inScope && r.isPresent()) continue;
                    if (inScope) perFamily.merge(family.get().name(), 1, Integer::sum);
                    else
                        none++;
                    for (int k = 0; k < repeat; k++) {
                        String copy = "hand-" + id + "-" + k;
                        Map<String, Object> rec = inScope
                                ? Corpus.handWritten(copy, text, family.get(), worked.get(),
                                        new SplittableRandom(id.hashCode() * 31L + k))
                                : Corpus.outOfScope(copy, "train", -1, text);
                        wr.write(Json.MAPPER.writeValueAsString(rec));
                        wr.write('\n');
                    }
                }
        }
        return new Summary(read, fromLabels, labelsChecked, none, refused, notOfText, otherAnswer, unsolved, outOfScopeRead,
                notRead, excluded, perFamily,
                labelErrors);
    }

    private static List<JsonNode> items(Path set) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(set, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = Json.MAPPER.readTree(line);
            if (n.hasNonNull("text")) out.add(n);
        }
        return out;
    }
}
