package app.stepwise.author;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.PackReader;
import app.stepwise.lesson.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Moodle XML question files in and out. In: numerical (with units as a quantity), shortanswer (when the answer is
 * math), multichoice with one right answer, and STACK questions whose teacher's answer is a plain expression; each
 * question's hints and general feedback come along. Out: expression, equation and set answers as shortanswer,
 * numbers and quantities as numerical, choices as multichoice. The XML parser reads no DTD and no external entity.
 */
public final class MoodleXml {
    private MoodleXml() {}

    static final int MAX_QUESTIONS = 2000;

    public static ImportReport read(Path file, String packId, String title) throws ImportException {
        Document doc = parse(file);
        List<String> report = new ArrayList<>();
        Imported ids = new Imported(report);
        List<Problem> problems = new ArrayList<>();
        String category = "";
        NodeList questions = doc.getDocumentElement().getElementsByTagName("question");
        if (!doc.getDocumentElement().getTagName().equals("quiz"))
            throw new ImportException(file + " is not a Moodle XML question file (its root is not <quiz>)");
        if (questions.getLength() > MAX_QUESTIONS)
            throw new ImportException(file + " holds more than " + MAX_QUESTIONS + " questions; import a smaller part");
        for (int i = 0; i < questions.getLength(); i++) {
            Element q = (Element) questions.item(i);
            String type = q.getAttribute("type");
            if (type.equals("category")) {
                category = text(child(q, "category"));
                continue;
            }
            String name = text(child(q, "name"));
            if (name.isBlank()) name = "question-" + (i + 1);
            String what = "question \"" + name + "\"";
            String statement = Html.text(text(child(q, "questiontext")));
            Optional<AnswerSpec> answer = switch (type) {
                case "numerical" -> numerical(q, what, report);
                case "shortanswer" -> shortAnswer(q, what, report);
                case "multichoice" -> multichoice(q, what, report);
                case "stack" -> {
                    statement = statement.replaceAll("\\[\\[(input|validation|feedback):[^\\]]*\\]\\]", "").strip();
                    yield stack(q, what, report);
                }
                default -> {
                    report.add(what + ": " + type + " questions are not carried over; Stepwise judges math answers");
                    yield Optional.empty();
                }
            };
            if (answer.isEmpty()) continue;
            if (statement.isBlank()) {
                report.add(what + ": it has no question text, so it is not carried over");
                continue;
            }
            if (statement.contains("{@") || statement.contains("@}"))
                report.add(what + ": its STACK CAS text ({@…@}) is shown as written; Stepwise does not run Maxima");
            List<String> hints = new ArrayList<>();
            for (Element h : children(q, "hint")) {
                String t = Html.text(text(h));
                if (!t.isBlank()) hints.add(t);
            }
            List<Problem.SolutionStep> solution = new ArrayList<>();
            String feedback = Html.text(text(child(q, "generalfeedback")));
            if (!feedback.isBlank()) solution.add(new Problem.SolutionStep(feedback, ""));
            problems.add(new Problem(ids.id(name, what), statement, List.of(), 1, answer.get(), Optional.empty(), List.of(),
                    hints, solution, Optional.empty()));
        }
        if (problems.isEmpty())
            throw new ImportException("no question in " + file + " could be carried over:\n  " + String.join("\n  ", report));
        String t = title.isBlank() ? category.replaceFirst("^\\$(course|system|module)\\$/?", "") : title;
        LessonPack pack = new LessonPack(1, packId, t.isBlank() ? packId : t, LessonPack.Subject.MATH, "", List.of(), "", "en",
                List.of(), problems, "Imported from a Moodle XML question file.", Optional.empty());
        return new ImportReport(pack, report);
    }

    private static Optional<AnswerSpec> numerical(Element q, String what, List<String> report) {
        List<Element> right = rightAnswers(q, what, report);
        if (right.isEmpty()) return Optional.empty();
        String value = text(child(right.get(0), "text")).strip();
        BigDecimal tol;
        try {
            new BigDecimal(value);
            String t = text(child(right.get(0), "tolerance")).strip();
            tol = t.isEmpty() ? BigDecimal.ZERO : new BigDecimal(t).abs();
        } catch (NumberFormatException e) {
            report.add(what + ": its answer \"" + value + "\" is not a number, so it is not carried over");
            return Optional.empty();
        }
        AnswerSpec.Tolerance tolerance = new AnswerSpec.Tolerance(false, tol);
        for (Element units : children(q, "units")) {
            for (Element u : children(units, "unit")) {
                String multiplier = text(child(u, "multiplier")).strip();
                if (multiplier.isEmpty() || new BigDecimal(multiplier).compareTo(BigDecimal.ONE) == 0) {
                    String unit = text(child(u, "unit_name")).strip();
                    Optional<AnswerSpec> quantity = Imported.quantity(value + " " + unit, tolerance);
                    if (quantity.isPresent()) {
                        report.add(what + ": its unit \"" + unit + "\" is judged by Stepwise's own conversions; other"
                                + " units and multipliers listed are not needed");
                        return quantity;
                    }
                    report.add(what + ": its unit \"" + unit + "\" is not one Stepwise knows; the number alone is judged");
                }
            }
        }
        return Optional.of(new AnswerSpec.Numeric(value, tolerance, Optional.empty()));
    }

    private static Optional<AnswerSpec> shortAnswer(Element q, String what, List<String> report) {
        List<Element> right = rightAnswers(q, what, report);
        if (right.isEmpty()) return Optional.empty();
        String value = Html.text(text(child(right.get(0), "text")));
        if (value.contains("*") && !value.matches(".*[0-9a-zA-Z)]\\s*\\*\\s*[0-9a-zA-Z(].*"))
            report.add(what + ": the wildcard * in \"" + value + "\" has no meaning in Stepwise");
        Optional<AnswerSpec> spec = Imported.mathAnswer(value);
        if (spec.isEmpty())
            report.add(what + ": its answer \"" + value + "\" is words, not math Stepwise can judge, so it is not carried over");
        return spec;
    }

    private static Optional<AnswerSpec> multichoice(Element q, String what, List<String> report) {
        String single = text(child(q, "single")).strip();
        List<String> choices = new ArrayList<>();
        List<Integer> right = new ArrayList<>();
        for (Element a : children(q, "answer")) {
            choices.add(Html.text(text(child(a, "text"))));
            if (fraction(a) >= 100) right.add(choices.size() - 1);
        }
        if (single.equals("false") || single.equals("0") || right.size() != 1) {
            report.add(what + ": it has " + right.size() + " fully right choices; a Stepwise choice problem has exactly one,"
                    + " so it is not carried over");
            return Optional.empty();
        }
        if (choices.size() < 2) {
            report.add(what + ": it has fewer than two choices, so it is not carried over");
            return Optional.empty();
        }
        if (children(q, "answer").stream().anyMatch(a -> fraction(a) > 0 && fraction(a) < 100))
            report.add(what + ": partial credit for some choices is not carried over; only the right one counts");
        return Optional.of(new AnswerSpec.MultipleChoice(choices, right.get(0)));
    }

    private static final Pattern ASSIGNMENT = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9_]*)\\s*:\\s*(.+?)\\s*$");

    /** A STACK question with one input whose teacher's answer is a plain expression (or a variable set to one). */
    private static Optional<AnswerSpec> stack(Element q, String what, List<String> report) {
        List<Element> inputs = children(q, "input");
        if (inputs.size() != 1) {
            report.add(what + ": STACK questions with " + inputs.size() + " inputs are not carried over; Stepwise takes one");
            return Optional.empty();
        }
        String tans = Imported.fromMaxima(text(child(inputs.get(0), "tans")));
        Map<String, String> vars = new LinkedHashMap<>();
        for (String line : text(child(q, "questionvariables")).split(";|\n")) {
            Matcher m = ASSIGNMENT.matcher(line);
            if (m.matches()) vars.put(m.group(1), m.group(2));
        }
        if (vars.containsKey(tans)) tans = Imported.fromMaxima(vars.get(tans));
        String answer = tans;
        boolean computed = vars.keySet().stream().anyMatch(v -> answer.matches(".*\\b" + Pattern.quote(v) + "\\b.*"));
        if (computed || tans.matches(".*\\b(rand|rand_with_step|rand_selection|ev|subst|block)\\s*\\(.*") || tans.contains(":")) {
            report.add(what + ": its answer \"" + tans + "\" is computed by Maxima (random or programmed), so it is not"
                    + " carried over");
            return Optional.empty();
        }
        Optional<AnswerSpec> spec = Imported.mathAnswer(tans);
        if (spec.isEmpty())
            report.add(what + ": its answer \"" + tans + "\" is not a plain expression Stepwise reads, so it is not carried"
                    + " over");
        if (!children(q, "prt").isEmpty())
            report.add(what + ": its potential response tree is replaced by Stepwise's equivalence check");
        return spec;
    }

    private static List<Element> rightAnswers(Element q, String what, List<String> report) {
        List<Element> right = new ArrayList<>();
        for (Element a : children(q, "answer")) if (fraction(a) >= 100) right.add(a);
        if (right.isEmpty()) report.add(what + ": it has no answer worth full marks, so it is not carried over");
        else if (right.size() > 1)
            report.add(what + ": only the first of its " + right.size() + " right answers is kept");
        long partial = children(q, "answer").stream().filter(a -> fraction(a) > 0 && fraction(a) < 100).count();
        if (!right.isEmpty() && partial > 0)
            report.add(what + ": its " + partial + " answer(s) with partial credit are not carried over; Stepwise marks"
                    + " the right answer, and names common mistakes itself");
        return right;
    }

    private static double fraction(Element a) {
        try {
            return Double.parseDouble(a.getAttribute("fraction").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Document parse(Path file) throws ImportException {
        try {
            if (Files.size(file) > PackReader.MAX_FILE_BYTES)
                throw new ImportException(file + " is larger than " + PackReader.MAX_FILE_BYTES / (1024 * 1024) + " MB");
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // no DTDs, no external entities, no XInclude: a question file cannot make Stepwise read files or the network
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            try (InputStream in = Files.newInputStream(file)) {
                return b.parse(in);
            }
        } catch (SAXException e) {
            throw new ImportException(file + " is not well-formed XML (or declares a DTD, which Stepwise refuses): "
                    + e.getMessage());
        } catch (IOException e) {
            throw new ImportException("cannot read " + file + ": " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element child(Element e, String name) {
        if (e == null) return null;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling())
            if (n instanceof Element c && c.getTagName().equals(name)) return c;
        return null;
    }

    private static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling())
            if (n instanceof Element c && c.getTagName().equals(name)) out.add(c);
        return out;
    }

    /** The text of an element: its own {@code <text>} child when it has one (Moodle's habit), else its content. */
    private static String text(Element e) {
        if (e == null) return "";
        Element t = child(e, "text");
        return (t != null ? t : e).getTextContent();
    }

    // ---------------------------------------------------------------- export

    /** The pack as a Moodle XML question file, and what Moodle cannot judge the way Stepwise does. */
    public static String write(LessonPack pack, List<String> report) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("quiz");
            question(w, "category");
            textElement(w, "category", "$course$/" + pack.title());
            w.writeEndElement();
            for (Problem p : pack.problems()) problem(w, p, report);
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out + "\n";
    }

    private static void problem(XMLStreamWriter w, Problem p, List<String> report) throws XMLStreamException {
        String what = "problem " + p.id();
        String type = switch (p.answer()) {
            case AnswerSpec.Numeric n -> "numerical";
            case AnswerSpec.Quantity q -> "numerical";
            case AnswerSpec.MultipleChoice c -> "multichoice";
            default -> "shortanswer";
        };
        question(w, type);
        textElement(w, "name", p.id());
        w.writeCharacters("\n    ");
        w.writeStartElement("questiontext");
        w.writeAttribute("format", "html");
        textElement(w, "text", "<p>" + Html.fromStatement(p.statement()) + "</p>");
        w.writeEndElement();
        if (!p.solution().isEmpty()) {
            w.writeCharacters("\n    ");
            w.writeStartElement("generalfeedback");
            w.writeAttribute("format", "html");
            StringBuilder sb = new StringBuilder();
            for (Problem.SolutionStep s : p.solution())
                sb.append("<p>").append(Html.fromStatement(s.text()))
                        .append(s.math().isBlank() ? "" : " \\(" + escape(s.math()) + "\\)").append("</p>");
            textElement(w, "text", sb.toString());
            w.writeEndElement();
        }
        switch (p.answer()) {
            case AnswerSpec.Numeric n -> {
                answer(w, 100, n.expected(), tolerance(n.tolerance(), n.expected()));
                n.sigFigs().ifPresent(s -> report.add(what + ": Moodle does not check significant figures"));
            }
            case AnswerSpec.Quantity q -> {
                String[] parts = q.expected().strip().split("\\s+", 2);
                answer(w, 100, parts[0], tolerance(q.toleranceOrDefault(), parts[0]));
                if (parts.length > 1) {
                    w.writeCharacters("\n    ");
                    w.writeStartElement("units");
                    w.writeStartElement("unit");
                    textElementPlain(w, "multiplier", "1");
                    textElementPlain(w, "unit_name", parts[1]);
                    w.writeEndElement();
                    w.writeEndElement();
                    report.add(what + ": Moodle accepts the unit \"" + parts[1] + "\" only as written, without Stepwise's"
                            + " conversions");
                }
                q.sigFigs().ifPresent(s -> report.add(what + ": Moodle does not check significant figures"));
            }
            case AnswerSpec.MultipleChoice c -> {
                textElementPlain(w, "single", "true");
                textElementPlain(w, "shuffleanswers", "true");
                for (int i = 0; i < c.choices().size(); i++)
                    answer(w, i == c.correctIndex() ? 100 : 0, c.choices().get(i), null);
            }
            default -> {
                textElementPlain(w, "usecase", "0");
                answer(w, 100, p.answer().expected(), null);
                report.add(what + ": Moodle's short answer compares text, so only \"" + p.answer().expected()
                        + "\" as written is right there (Stepwise accepts every equivalent form)");
            }
        }
        for (String h : p.hints()) {
            w.writeCharacters("\n    ");
            w.writeStartElement("hint");
            w.writeAttribute("format", "html");
            textElement(w, "text", Html.fromStatement(h));
            w.writeEndElement();
        }
        if (p.work().isPresent() || !p.givens().isEmpty())
            report.add(what + ": line-by-line checking of the working has no Moodle equivalent; the final answer is kept");
        w.writeCharacters("\n  ");
        w.writeEndElement();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String tolerance(AnswerSpec.Tolerance t, String value) {
        if (!t.relative()) return t.amount().toPlainString();
        try {
            return new BigDecimal(value).abs().multiply(t.amount()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return "0";
        }
    }

    private static void question(XMLStreamWriter w, String type) throws XMLStreamException {
        w.writeCharacters("\n  ");
        w.writeStartElement("question");
        w.writeAttribute("type", type);
    }

    private static void answer(XMLStreamWriter w, int fraction, String text, String tolerance) throws XMLStreamException {
        w.writeCharacters("\n    ");
        w.writeStartElement("answer");
        w.writeAttribute("fraction", String.valueOf(fraction));
        w.writeAttribute("format", "plain_text");
        w.writeStartElement("text");
        w.writeCharacters(text);
        w.writeEndElement();
        if (tolerance != null) textElementPlain(w, "tolerance", tolerance);
        w.writeEndElement();
    }

    /** {@code <name><text>…</text></name>}: Moodle wraps most values in a text element. */
    private static void textElement(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        if (!name.equals("text")) {
            w.writeCharacters("\n    ");
            w.writeStartElement(name);
        }
        w.writeStartElement("text");
        w.writeCharacters(text);
        w.writeEndElement();
        if (!name.equals("text")) w.writeEndElement();
    }

    private static void textElementPlain(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
