package app.stepwise.cli;

import app.stepwise.solve.Corpus;
import app.stepwise.solve.Family;
import app.stepwise.solve.Solvers;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    /** What was written: records per kind (read, none, left out). */
    record Summary(int read, int none, int leftOut, int excluded, Map<String, Integer> perFamily) {}

    static Summary write(List<Path> sets, List<Path> exclude, int repeat, Path out) throws IOException {
        Set<String> held = new HashSet<>();
        for (Path p : exclude)
            for (JsonNode it : items(p)) {
                held.add(it.path("id").asText());
                held.add(it.path("text").asText().strip());
            }
        Map<String, Family> families = Solvers.families().stream().collect(Collectors.toMap(Family::name, Function.identity()));
        int read = 0, none = 0, leftOut = 0, excluded = 0;
        Map<String, Integer> perFamily = new TreeMap<>();
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
                    for (int k = 0; k < repeat; k++) {
                        Map<String, Object> rec;
                        String copy = "hand-" + id + "-" + k;
                        if (!inScope && r.isEmpty()) rec = Corpus.outOfScope(copy, "train", -1, text);
                        else if (inScope && r.isPresent() && families.containsKey(r.get().family())
                                && EvalReaderCommand.answerRight(it, r.get().worked().answer()))
                            rec = Corpus.handWritten(copy, text, families.get(r.get().family()), r.get().worked(),
                                    new SplittableRandom(id.hashCode() * 31L + k));
                        else {
                            leftOut++;
                            break;
                        }
                        wr.write(Json.MAPPER.writeValueAsString(rec));
                        wr.write('\n');
                        if (k == 0) {
                            if (inScope) {
                                read++;
                                perFamily.merge(r.get().family(), 1, Integer::sum);
                            } else
                                none++;
                        }
                    }
                }
        }
        return new Summary(read, none, leftOut, excluded, perFamily);
    }

    private static List<JsonNode> items(Path set) throws IOException {
        List<JsonNode> out = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(set, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = Json.MAPPER.readTree(line);
            if (n.hasNonNull("text")) out.add(n);
        }
        return out;
    }
}
