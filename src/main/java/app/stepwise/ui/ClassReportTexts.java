package app.stepwise.ui;

import app.stepwise.classroom.ClassReport;
import app.stepwise.tutor.Checking;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The class report's words in the teacher's language. The report's rows keep the fixed English words of the results
 * file and the command line ("this computer", "answer", "partly right", "level 2 (solver)"); the screen shows each
 * of them through the UI bundle, and the misconceptions by their name in the feedback bundle.
 */
final class ClassReportTexts {
    private static final Pattern HINT_RESULT = Pattern.compile("level (\\d+) \\((\\w+)\\)");
    private static final Pattern OTHER_COMPUTER = Pattern.compile("computer (\\S+)");
    private final Texts t;

    ClassReportTexts(Texts t) {
        this.t = t;
    }

    /** Where a student's results come from: this computer, or another one by the start of its id. */
    String origin(ClassReport.StudentRow s) {
        if (s.origin().equals("this computer")) return t.get("report.origin.here");
        Matcher m = OTHER_COMPUTER.matcher(s.origin());
        return m.matches() ? t.get("report.origin.other", m.group(1)) : s.origin();
    }

    /** What happened: an answer, a hint or a worked solution shown. */
    String event(ClassReport.TimelineRow r) {
        return switch (r.event()) {
            case "answer" -> t.get("report.event.answer");
            case "hint" -> t.get("report.event.hint");
            case "solution shown" -> t.get("report.event.solution");
            default -> r.event();
        };
    }

    /** How it went: right, partly right or wrong for an answer; the level and the source for a hint. */
    String result(ClassReport.TimelineRow r) {
        switch (r.result()) {
            case "right" :
                return t.get("report.result.right");
            case "partly right" :
                return t.get("report.result.partly");
            case "wrong" :
                return t.get("report.result.wrong");
            case "" :
                return "";
            default :
                Matcher m = HINT_RESULT.matcher(r.result());
                if (!m.matches()) return r.result();
                String source = switch (m.group(2)) {
                    case "model", "solver", "authored", "none" -> t.get("report.source." + m.group(2));
                    default -> m.group(2);
                };
                return t.get("report.result.hint", Integer.parseInt(m.group(1)), source);
        }
    }

    /** A misconception by its name in this language (one Stepwise does not know is shown as recorded). */
    String misconception(ClassReport.MisconceptionRow r) {
        return misconceptionName(r.misconception());
    }

    /** The recorded (English) name of a misconception, in this language. */
    String misconceptionName(String recorded) {
        return Checking.misconceptionNamed(recorded).map(t::get).orElse(recorded);
    }
}
