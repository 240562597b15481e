package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.stepwise.grade.AnswerChecker;
import app.stepwise.lesson.LatexPolicy;
import app.stepwise.lesson.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each problem a student types in is its own problem: work in progress is kept per problem id. */
class TypedProblemTest {

    /** Each answer in {@code right} is accepted and each in {@code wrong} refused by the problem's answer key. */
    private static void grades(Problem p, List<String> right, List<String> wrong) {
        for (String r : right)
            assertThat(AnswerChecker.check(p.answer(), r).correct()).as(r).isTrue();
        for (String w : wrong)
            assertThat(AnswerChecker.check(p.answer(), w).correct()).as(w).isFalse();
    }

    /**
     * Each working of three lines (the last, "v = 60 km/h", gives the answer after its "= ") has every line marked right,
     * no misconception named, and its answer right in full; the working with a wrong second line is marked wrong there
     * and its answer wrong.
     */
    private static void marksWorking(Problem p, List<List<String>> right, List<String> wrong) {
        List<String> reference = ProblemContext.of(p).referenceMath();
        for (List<String> work : right) {
            Checking.Result r = Checking.check(p, work.get(2).substring(4), work, reference);
            assertThat(r.lines()).as("%s", work).allSatisfy(l -> assertThat(l.mark()).as(l.text())
                    .isIn(Checking.Mark.RIGHT, Checking.Mark.RIGHT_OTHER_ROUTE));
            assertThat(r.lines()).noneMatch(l -> l.misconception().isPresent());
            assertThat(r.answer().orElseThrow().correct()).isTrue();
            assertThat(r.answer().orElseThrow().partial()).isFalse();
        }
        Checking.Result r = Checking.check(p, wrong.get(2).substring(4), wrong, reference);
        assertThat(r.lines().get(1).mark()).as("%s", wrong).isEqualTo(Checking.Mark.WRONG);
        assertThat(r.answer().orElseThrow().correct()).isFalse();
    }

    /** A newcomer's "25%" for a percentage change was marked wrong: only a bare 25 passed. */
    @Test
    void aPercentageAskedForIsRightWithOrWithoutTheSign() {
        Problem p = TypedProblem.read("A jacket costs 40 dollars and is reduced to 30 dollars. What is the percentage change?")
                .pack().orElseThrow().problems().get(0);
        // read as the percentage decrease (25): with or without the sign, and as the proportion 0.25
        grades(p, List.of("25%", "25 %", "25", "0.25"), List.of("20%", "0.25%", "75%"));
        Problem of = TypedProblem.read("Find 35% of 260.").pack().orElseThrow().problems().get(0);
        assertThat(AnswerChecker.check(of.answer(), "91").correct()).isTrue();
        assertThat(AnswerChecker.check(of.answer(), "91%").correct()).as("35 % of 260 is an amount, not a percentage").isFalse();
    }

    /**
     * read18p: a circuit of three resistors was refused with the general "can't check" message; it says why (the family
     * takes two), and a pair or another refused problem keeps its own message.
     */
    @Test
    void threeResistorsAreRefusedWithAMessageThatSaysTheFamilyTakesTwo() {
        for (String three : new String[]{
                "Three resistors of 2 Ω, 3 Ω and 5 Ω are connected in series. Find the total resistance.",
                "R1 = 4 Ω, R2 = 6 Ω and R3 = 12 Ω are in parallel. Calculate the total resistance."}) {
            TypedProblem.Result r = TypedProblem.read(three);
            assertThat(r.pack()).as(three).isEmpty();
            assertThat(r.reading()).as(three).isEqualTo(ProblemReader.CANNOT_CHECK_MANY_RESISTORS);
            assertThat(r.reading().english()).contains("three or more resistors", "two");
            assertThat(r.reading().in(java.util.Locale.forLanguageTag("es"))).contains("tres o más resistencias");
        }
        // typed21: another refused problem says what Stepwise can check (ProblemKindsTest)
        assertThat(TypedProblem.read("Find the area of a circle of radius 3 cm.").reading())
                .isEqualTo(ProblemKinds.whatCanBeChecked("Find the area of a circle of radius 3 cm."));
        assertThat(TypedProblem.read("A 4 Ω and a 12 Ω resistor are in series. Find the total resistance.").pack()).isPresent();
    }

    /**
     * A product of surds whose value is whole ((√2 + 1)(√2 − 1) = 1) has parts with no exact value; the step-by-step
     * arithmetic threw an unchecked "No value present" out of the reader (furn19). It is read, or refused, never thrown.
     */
    @Test
    void aSurdProductIsReadOrRefusedNeverThrown() {
        for (String text : new String[]{"(√2+1)(√2-1)", "Work out (√3 - 1)(√3 + 1)", "Find the cube root: √[3]{8}"})
            assertThatCode(() -> TypedProblem.read(text)).as(text).doesNotThrowAnyException();
        TypedProblem.read("(√2+1)(√2-1)").pack() // where it is read, its answer is 1
                .ifPresent(pack -> assertThat(AnswerChecker.check(pack.problems().get(0).answer(), "1").correct()).isTrue());
    }

    @Test
    void differentProblemsGetDifferentIdsAndTheSameProblemTheSameOne() {
        String force = TypedProblem.read("A 5 kg trolley accelerates at 2 m/s^2. What is the resultant force?").pack()
                .orElseThrow().problems().get(0).id();
        String equation = TypedProblem.read("Solve 3(x + 2) = 2x - 5").pack().orElseThrow().problems().get(0).id();
        String again = TypedProblem.read("  solve 3(x + 2)   =  2x - 5 ").pack().orElseThrow().problems().get(0).id();
        assertThat(force).startsWith("typed-").isNotEqualTo(equation);
        assertThat(again).isEqualTo(equation);
    }

    /**
     * fix11: a typed-in problem's worked solution (what "Show solution" shows: its pack's solver solved again) is the
     * reader's own, and none of its formulas uses a quantity the problem does not give and no earlier line works out.
     * Every physics problem of the reader tables, the two-formula ones first among them (a chain was solved again as its
     * second formula alone, taking the link's value as if it were given).
     */
    @Test
    void aTypedInPhysicsSolutionIsTheReadersAndUsesOnlyWhatIsGivenOrWorkedOut() throws Exception {
        int physics = 0, chains = 0;
        for (String table : List.of("/tutor/reader-typed-in.csv", "/tutor/reader-never-wrong.csv")) {
            String all = new String(TypedProblemTest.class.getResourceAsStream(table).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            for (String row : all.split("\n")) {
                String[] cols = row.split("\\|", -1);
                if (row.startsWith("#") || cols.length < 3) continue;
                String text = cols[1].replace("\\n", "\n");
                var reading = ProblemReader.read(text);
                if (reading.isEmpty() || reading.get().worked().task() != app.stepwise.lesson.Task.PHYSICS) continue;
                physics++;
                var w = reading.get().worked();
                if (w.params().containsKey("chain")) chains++;
                Problem p = typed(text);
                assertThat(ProblemContext.of(p).referenceMath()).as(text).isEqualTo(w.mathLines());
                assertThat(ShownWork.showsWhereEachNumberComesFrom(p.givens(), w.mathLines())).as("%s: %s", text,
                        w.mathLines()).isTrue();
                var shown = app.stepwise.solve.Solvers.forProblem(p).orElseThrow();
                // a formula may hold one quantity that is not known yet, the one it finds: a later line works it out
                java.util.Set<String> known = new java.util.HashSet<>(List.of("g"));
                for (Problem.Given g : p.givens()) known.add(app.stepwise.math.Parser.symbolName(g.symbol()));
                List<app.stepwise.solve.Step> steps = shown.steps();
                for (int i = 0; i < steps.size(); i++) {
                    String math = steps.get(i).math();
                    if (!math.contains("=")) continue;
                    if (isFormula(steps.get(i))) {
                        java.util.Set<String> unknown = new java.util.HashSet<>(
                                app.stepwise.math.Exprs.variables(app.stepwise.math.Parser.parse(math)));
                        unknown.removeAll(known);
                        assertThat(unknown).as("%s: %s uses quantities neither given nor worked out", text, math)
                                .hasSizeLessThanOrEqualTo(1);
                        // a formula whose one unknown is its subject, with everything else known, works it out (f = F)
                        if (unknown.equals(java.util.Set.of(subject(math)))) known.add(subject(math));
                        else
                            for (String u : unknown)
                                assertThat(steps.subList(i + 1, steps.size()).stream()
                                        .filter(s -> !isFormula(s)).map(s -> subject(s.math())))
                                        .as("%s: %s is never worked out", text, u).contains(u);
                    } else
                        known.add(subject(math));
                }
            }
        }
        assertThat(physics).isGreaterThan(20);
        assertThat(chains).isGreaterThanOrEqualTo(8);
    }

    private static boolean isFormula(app.stepwise.solve.Step s) {
        return s.operation().equals("formula") || s.operation().equals("rearrange");
    }

    /** The quantity a line works out: left of its = (or of its ≈, a rounding asked: read22). */
    private static String subject(String math) {
        String line = math.replace('≈', '=');
        return app.stepwise.math.Parser.symbolName(line.substring(0, line.indexOf('=')).strip());
    }

    private static Problem typed(String text) {
        return TypedProblem.read(text).pack().orElseThrow().problems().get(0);
    }

    /** The formulas of a statement as the problem screen reads it ({@link LatexPolicy#segments}). */
    private static List<String> formulas(String statement) {
        return LatexPolicy.segments(statement).stream().filter(s -> s instanceof LatexPolicy.Segment.Formula)
                .map(s -> ((LatexPolicy.Segment.Formula) s).latex()).toList();
    }

    /** The words of a statement as the problem screen shows them. */
    private static String words(String statement) {
        return String.join("", LatexPolicy.segments(statement).stream().filter(s -> s instanceof LatexPolicy.Segment.Plain)
                .map(s -> ((LatexPolicy.Segment.Plain) s).text()).toList());
    }

    /** The newcomer run: a typed-in problem's math was plain text, a pack problem's rendered. */
    @Test
    void aTypedInProblemsMathIsSetAsAFormula() {
        String shown = TypedProblem.shown(typed("Differentiate x^2 sin x"));
        assertThat(formulas(shown)).hasSize(1);
        assertThat(formulas(shown).get(0)).contains("\\sin");
        assertThat(shown).startsWith("Differentiate $");
        assertThat(words(shown)).startsWith("Differentiate ").contains("(Differentiating x^2 sin x with respect to x.)");
        assertThat(LatexPolicy.check(shown)).as("safe to render").isEmpty();

        String system = TypedProblem.shown(typed("Solve 2x + y = 9 and 3x - y = 11"));
        assertThat(formulas(system)).as("each equation of the system").hasSize(2);
        assertThat(words(system)).startsWith("Solve  and ");
    }

    @Test
    void textThatIsNotExactlyTheMathReadStaysPlain() {
        Problem percent = typed("What is 15% of 80?"); // read as 15/100 × 80, which is not in the text
        assertThat(TypedProblem.shown(percent)).isEqualTo(percent.statement());
        Problem physics = typed("A 4 kg box is pushed with a force of 10 N. What is its acceleration?");
        assertThat(TypedProblem.shown(physics)).isEqualTo(physics.statement());
    }

    /** Bad input must not break the screen: a typed $ or backslash never opens a formula or reaches the renderer. */
    @Test
    void aTypedDollarOrBackslashStaysTextAndOnlyTheEnginesLatexIsRendered() {
        int read = 0;
        for (String text : List.of("Solve $5 + x = 9", "Solve 3x + 5 = 20 $\\input{x}$", "Solve x + 1 = 2 \\$ $$ \\",
                "Work out 3/4 + 2/3 $\\def\\a{\\a}\\a$", "Solve 2x = 8 $", "$Solve$ 4x = 12", "Expand 2(x + 1) \\\\$")) {
            var pack = TypedProblem.read(text).pack();
            if (pack.isEmpty()) continue; // not read: nothing to show
            read++;
            String shown = TypedProblem.shown(pack.get().problems().get(0));
            assertThat(LatexPolicy.check(shown)).as(text).isEmpty();
            assertThat(formulas(shown)).as(text).hasSize(1).allSatisfy(f -> assertThat(f).doesNotContain("input", "def"));
            assertThat(words(shown).chars().filter(c -> c == '$').count()).as("%s: each typed $ is shown as typed", text)
                    .isEqualTo(text.chars().filter(c -> c == '$').count());
        }
        assertThat(read).as("most of these are read").isGreaterThanOrEqualTo(4);
    }
    /**
     * review20 finding 3: "120 km in 2 hours, its average speed?" worked in the problem's own units (v = 120/2 = 60 km/h)
     * was marked "Check the unit conversion", the answer only partly right, the solution 16.7 m/s. Working in km and h is
     * right working and the answer is in km/h (m/s is right too); a wrong value stays wrong.
     */
    @Test
    void aTypedInProblemInKmAndHoursIsWorkedAndAnsweredInThem() {
        Problem p = typed("A car travels 120 km in 2 hours. What is its average speed?");
        grades(p, List.of("60 km/h", "16.7 m/s"), List.of("60 m/s", "16.7 km/h", "240 km/h"));
        assertThat(p.solution().get(p.solution().size() - 1).math()).matches("v = 60(\\.0)? km/h");
        assertThat(p.solution()).noneMatch(s -> s.math().contains("7200"));
        marksWorking(p,
                List.of(List.of("v = d/t", "v = 120/2", "v = 60 km/h"), List.of("v = d/t", "v = 120000/7200", "v = 16.7 m/s")),
                List.of("v = d/t", "v = 120/3", "v = 40 km/h"));
        // with minutes among the givens it is worked in SI as before; both units are right
        Problem minutes = typed("A bus travels 24 km in 40 minutes. What is its average speed?");
        assertThat(AnswerChecker.check(minutes.answer(), "10 m/s").correct()).isTrue();
        assertThat(AnswerChecker.check(minutes.answer(), "36 km/h").correct()).isTrue();
    }

    /** The last step's math of a typed-in problem's worked solution. */
    private static String lastLine(Problem p) {
        return p.solution().get(p.solution().size() - 1).math();
    }

    /**
     * typed21: "150 km at 100 km/h, how long?" was worked in SI (150000/27.7778) and answered 5400 s. Its givens are in km
     * and km/h, so it is worked in them and answered in hours (t = 150/100 = 1.5 h), as a student works it; 5400 s and
     * 90 min are right too, a wrong value in any unit is wrong, and right working in either units is marked right.
     */
    @Test
    void aTimeFromKilometresAndKmPerHourIsWorkedAndAnsweredInHours() {
        Problem p = typed("A train travels 150 km at 100 km/h. How long does it take?");
        assertThat(lastLine(p)).isEqualTo("t = 1.5 h");
        assertThat(p.solution()).noneMatch(s -> s.math().contains("27.7"));
        grades(p, List.of("1.5 h", "5400 s", "90 min", "1.5 hours"),
                List.of("1.5 s", "5400 h", "2 h", "150 min", "15 h", "1.5 min"));
        marksWorking(p,
                List.of(List.of("t = d/v", "t = 150/100", "t = 1.5 h"), List.of("t = d/v", "t = 150000/27.78", "t = 5400 s")),
                List.of("t = d/v", "t = 100/150", "t = 0.67 h"));
        // a distance from km/h and hours in km; a time from m/s and metres stays in seconds
        assertThat(lastLine(typed("A car drives at 60 km/h for 2 hours. How far does it go?"))).isEqualTo("d = 120 km");
        assertThat(lastLine(typed("How long does a sprinter running at 8 m/s take to run 200 m?"))).isEqualTo("t = 25 s");
        // asked in minutes, answered in minutes
        Problem minutes = typed("how many minutes does it take to go 15 km at 45 km/h");
        assertThat(minutes.answer() instanceof app.stepwise.lesson.AnswerSpec.Quantity q ? q.expected() : "")
                .isEqualTo("20 minutes");
        grades(minutes, List.of("20 min", "1200 s"), List.of("20 s"));
    }

    /**
     * typed21: the worked answer read "60.0 km/h", "8.00 m/s", "98.0 J": a typed-in solution writes its numbers as a
     * teacher does, with no trailing zeros, in its steps and its answer; the value and the grading are unchanged.
     */
    @Test
    void aTypedInSolutionWritesItsNumbersWithoutTrailingZeros() {
        java.util.regex.Pattern trailing = java.util.regex.Pattern.compile("\\d\\.\\d*0(?![\\d.])");
        String[][] cases = {
                {"A car travels 120 km in 2 hours. What is its average speed?", "v = 60 km/h"},
                {"An athlete runs 100 m in 12.5 s. Find her average speed.", "v = 8 m/s"},
                {"A box of mass 4 kg is lifted 2.5 m. How much gravitational potential energy does it gain?", "E_p = 98 J"},
                {"A car speeds up from 10 m/s to 30 m/s in 8 s. Find its acceleration.", "a = 2.5 m/s^2"},
                {"A ferry crosses 13 km in 2 hours. Work out its average speed.", "v = 6.5 km/h"},
                {"A walker covers 900 m in 10 minutes. What is her speed in m/s?", "v = 1.5 m/s"},
                {"A bus travels 24 km in 40 minutes. What is its average speed?", "v = 10 m/s"}};
        for (String[] c : cases) {
            Problem p = typed(c[0]);
            assertThat(lastLine(p)).as(c[0]).isEqualTo(c[1]);
            assertThat(p.solution()).as(c[0]).noneMatch(s -> trailing.matcher(s.math()).find());
            String answer = c[1].substring(c[1].indexOf('=') + 2);
            assertThat(AnswerChecker.check(p.answer(), answer).correct()).as(answer).isTrue();
        }
        Problem p = typed("A car travels 120 km in 2 hours. What is its average speed?");
        grades(p, List.of("60.0 km/h", "60 km/h", "16.7 m/s"), List.of("6 km/h"));
    }
}
