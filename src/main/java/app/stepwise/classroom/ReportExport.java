package app.stepwise.classroom;

import app.stepwise.classroom.ClassReport.HintRow;
import app.stepwise.classroom.ClassReport.SkillRow;
import app.stepwise.classroom.ClassReport.StudentRow;
import app.stepwise.classroom.ClassReport.TimeRow;
import app.stepwise.text.Message;
import app.stepwise.lesson.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The class report as files: one CSV per table and a printable one-page HTML summary.
 *
 * <p>
 * CSV choices, so the files open cleanly in spreadsheet programs: RFC 4180 (comma, CRLF, fields with a comma,
 * quote, line break or edge space are quoted, quotes doubled); UTF-8 with a byte-order mark in files (Excel
 * otherwise shows names like "Zoë" or "Nguyễn" garbled), without it on standard output (for scripts); numbers with a
 * dot and no grouping; a text cell that starts like a formula ({@code = + - @}) gets a leading apostrophe so a
 * spreadsheet never runs a student's typed answer as a formula.
 */
public final class ReportExport {
    public static final String BOM = "\uFEFF";

    private ReportExport() {}

    /** The tables by file name (without .csv): mastery, misconceptions, hints, time, timeline, students. */
    public static Map<String, String> csvTables(ClassReport r) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("mastery", mastery(r));
        out.put("misconceptions", csv(List.of("pack", "problem", "misconception", "times", "students"),
                r.misconceptions().stream()
                        .map(m -> List.<Object>of(m.pack(), m.problem(), m.misconception(), m.times(), m.students())).toList()));
        out.put("hints",
                csv(List.of("student", "problems_tried", "hints", "bottom_out_hints", "solutions_shown", "hints_per_problem",
                        "share_of_problems_with_help", "share_right_first_time"),
                        r.hintDependence().stream()
                                .map(h -> List.<Object>of(h.name(), h.problemsTried(), h.hints(), h.bottomOutHints(),
                                        h.solutionsShown(), h.hintsPerProblem(), h.helpedShare(), h.rightFirstTimeShare()))
                                .toList()));
        out.put("time", csv(
                List.of("student", "sessions", "answers", "minutes_on_task", "active_days", "first_activity", "last_activity"),
                r.time().stream()
                        .map(t -> List.<Object>of(t.name(), t.sessions(), t.attempts(), t.minutes(), t.activeDays(), t.first(),
                                t.last()))
                        .toList()));
        out.put("timeline", csv(List.of("student", "at", "pack", "problem", "event", "result"),
                r.timeline().stream().map(t -> List.<Object>of(t.name(), t.at(), t.pack(), t.problem(), t.event(), t.result()))
                        .toList()));
        out.put("students", csv(List.of("student", "from"),
                r.students().stream().map(s -> List.<Object>of(s.name(), s.origin())).toList()));
        return out;
    }

    /** The heat map as a table: one row per student, one column per skill (P(known), empty when never practised). */
    static String mastery(ClassReport r) {
        List<String> header = new ArrayList<>(List.of("student"));
        r.skills().forEach(s -> header.add(s.title()));
        List<List<Object>> rows = new ArrayList<>();
        for (StudentRow st : r.students()) {
            List<Object> row = new ArrayList<>(List.of(st.name()));
            for (SkillRow s : r.skills()) row.add(r.cell(st.id(), s.id()).map(c -> (Object) round2(c.pKnown())).orElse(""));
            rows.add(row);
        }
        return csv(header, rows);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Writes every table as {@code NAME.csv} (with BOM) into the folder; returns the files. */
    public static List<Path> writeCsv(ClassReport r, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> out = new ArrayList<>();
        for (var e : csvTables(r).entrySet()) {
            Path f = folder.resolve(e.getKey() + ".csv");
            AtomicFile.writeString(f, BOM + e.getValue());
            out.add(f);
        }
        return out;
    }

    /** One table to a file, with BOM. */
    public static void writeCsv(String table, Path file) throws IOException {
        AtomicFile.writeString(file, BOM + table);
    }

    /** A CSV table (RFC 4180, CRLF), without BOM. */
    public static String csv(List<String> header, List<List<Object>> rows) {
        StringBuilder sb = new StringBuilder();
        line(sb, new ArrayList<>(header));
        for (List<Object> r : rows) line(sb, r);
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(cell(cells.get(i)));
        }
        sb.append("\r\n");
    }

    static String cell(Object v) {
        if (v instanceof Double d) return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : stripZeros(d);
        if (v instanceof Number n) return n.toString();
        String s = String.valueOf(v);
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) s = "'" + s; // never a formula
        boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") || s.contains(";")
                || (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))));
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String stripZeros(double d) {
        return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    /** A one-page printable class summary (HTML with print styles; the browser's Print makes the PDF), in English. */
    public static String html(ClassReport r, String title) {
        return html(r, title, Locale.ENGLISH, m -> m);
    }

    /**
     * The printable summary in a language: its headings from the feedback bundle, the date in that language's words,
     * and each misconception by the name {@code misconceptionName} gives the recorded (English) one.
     */
    public static String html(ClassReport r, String title, Locale language,
            java.util.function.Function<String, String> misconceptionName) {
        java.util.function.Function<String, String> say = key -> Message.of(key).in(language);
        DateTimeFormatter when = (language.getLanguage().equals("en")
                ? DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH)
                : DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.LONG, java.time.format.FormatStyle.SHORT)
                        .withLocale(language))
                .withZone(ZoneId.systemDefault());
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(language.getLanguage()))
                .append("\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title>\n<style>\n")
                .append("@page { size: A4 landscape; margin: 12mm; }\n")
                .append("body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #222; }\n")
                .append("h1 { font-size: 15pt; margin: 0 0 2mm; } h2 { font-size: 11pt; margin: 4mm 0 1mm; }\n")
                .append("table { border-collapse: collapse; margin-bottom: 2mm; } th, td { border: 1px solid #bbb; padding: 1mm 2mm; }\n")
                .append("th { background: #eee; text-align: left; } td.n { text-align: right; }\n")
                .append(".cols { display: flex; gap: 8mm; } .muted { color: #666; }\n")
                .append("@media print { .cols { break-inside: avoid; } }\n</style></head><body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"muted\">")
                .append(esc(Message.of("report.html.counts", r.students().size(), r.skills().size(),
                        when.format(java.time.Instant.parse(r.made()))).in(language)))
                .append("</p>\n");
        h.append("<h2>").append(esc(say.apply("report.html.mastery"))).append("</h2>\n<table><tr><th>")
                .append(esc(say.apply("report.html.student"))).append("</th>");
        for (SkillRow s : r.skills()) h.append("<th>").append(esc(s.title())).append("</th>");
        h.append("</tr>\n");
        for (StudentRow st : r.students()) {
            h.append("<tr><td>").append(esc(st.name())).append("</td>");
            for (SkillRow s : r.skills()) {
                var c = r.cell(st.id(), s.id());
                if (c.isEmpty()) h.append("<td class=\"n muted\">–</td>");
                else
                    h.append("<td class=\"n\" style=\"background:").append(heat(c.get().pKnown())).append("\">")
                            .append(Math.round(c.get().pKnown() * 100)).append("%").append(c.get().mastered() ? " ✓" : "")
                            .append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n<div class=\"cols\"><div>\n<h2>").append(esc(say.apply("report.html.misconceptions")))
                .append("</h2>\n<table><tr>").append(headings(say, "report.html.problem", "report.html.misconception",
                        "report.html.times", "report.html.students"))
                .append("</tr>\n");
        r.misconceptions().stream().limit(8)
                .forEach(m -> h.append("<tr><td>").append(esc(m.pack() + " / " + m.problem())).append("</td><td>")
                        .append(esc(misconceptionName.apply(m.misconception()))).append("</td><td class=\"n\">").append(m.times())
                        .append("</td><td class=\"n\">")
                        .append(m.students()).append("</td></tr>\n"));
        if (r.misconceptions().isEmpty())
            h.append("<tr><td colspan=\"4\" class=\"muted\">").append(esc(say.apply("report.html.none"))).append("</td></tr>\n");
        h.append("</table></div><div>\n<h2>").append(esc(say.apply("report.html.help"))).append("</h2>\n<table><tr>")
                .append(headings(say, "report.html.student", "report.html.problems", "report.html.hintsPerProblem",
                        "report.html.rightFirstTime", "report.html.minutes"))
                .append("</tr>\n");
        Map<String, TimeRow> time = new LinkedHashMap<>();
        r.time().forEach(t -> time.put(t.student(), t));
        for (HintRow x : r.hintDependence()) {
            TimeRow t = time.get(x.student());
            h.append("<tr><td>").append(esc(x.name())).append("</td><td class=\"n\">").append(x.problemsTried())
                    .append("</td><td class=\"n\">")
                    .append(cell(x.hintsPerProblem())).append("</td><td class=\"n\">")
                    .append(Math.round(x.rightFirstTimeShare() * 100))
                    .append("%</td><td class=\"n\">").append(t == null ? "0" : cell(t.minutes())).append("</td></tr>\n");
        }
        h.append("</table></div></div>\n</body></html>\n");
        return h.toString();
    }

    private static String headings(java.util.function.Function<String, String> say, String... keys) {
        StringBuilder out = new StringBuilder();
        for (String k : keys) out.append("<th>").append(esc(say.apply(k))).append("</th>");
        return out.toString();
    }

    /** Red (not known) through amber to green (mastered), light enough to print. */
    static String heat(double p) {
        int hue = (int) Math.round(120 * Math.max(0, Math.min(1, p)));
        return "hsl(" + hue + ", 70%, 80%)";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
