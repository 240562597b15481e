import app.stepwise.solve.Family;
import app.stepwise.solve.Solvers;
import app.stepwise.solve.Step;
import app.stepwise.solve.Worked;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pack-building helper (not part of the app): reads lines "family<TAB>key=value<TAB>key=value..." on stdin and prints,
 * one JSON object a line, the verified worked solution of each (task, start, answer, answerKind, steps, and the
 * givens' symbols with the solver's description of each). Run by
 * build_packs.py as: java -cp target/stepwise.jar lessons/tools/SolveRefs.java
 */
public class SolveRefs {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) continue;
            String[] parts = line.split("\t");
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 1; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                params.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
            }
            try {
                Family f = Solvers.family(parts[0]).orElseThrow(() -> new IllegalArgumentException("no family " + parts[0]));
                Worked w = Solvers.solve(f, params, 0);
                StringBuilder sb = new StringBuilder("{\"task\":" + q(w.task()) + ",\"start\":" + q(w.start()) + ",\"answer\":"
                        + q(w.answer()) + ",\"answerKind\":" + q(w.answerKind()) + ",\"steps\":[");
                for (int i = 0; i < w.steps().size(); i++) {
                    Step s = w.steps().get(i);
                    sb.append(i == 0 ? "" : ",").append("{\"text\":").append(q(s.text())).append(",\"math\":").append(q(s.math())).append('}');
                }
                sb.append("],\"givens\":[");
                for (int i = 0; i < w.givens().size(); i++) {
                    var g = w.givens().get(i);
                    sb.append(i == 0 ? "" : ",").append("{\"symbol\":").append(q(g.symbol())).append(",\"description\":")
                            .append(q(g.description())).append('}');
                }
                System.out.println(sb.append("]}"));
            } catch (RuntimeException e) {
                System.out.println("{\"error\":" + q(line + ": " + e.getMessage()) + "}");
            }
        }
    }

    private static String q(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }
}
