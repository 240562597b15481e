package app.stepwise.author;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Problem;
import app.stepwise.lesson.Task;
import app.stepwise.math.Exprs;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Printer;
import app.stepwise.math.Statement;
import app.stepwise.solve.LinearSolver;
import app.stepwise.solve.Solvers;
import app.stepwise.solve.Step;
import app.stepwise.solve.Worked;
import app.stepwise.model.Generation;
import app.stepwise.model.GenerationOptions;
import app.stepwise.model.LocalModel;
import app.stepwise.model.ModelException;
import app.stepwise.model.PromptFormat;
import app.stepwise.tutor.HintService;
import app.stepwise.tutor.ModelSolution;
import app.stepwise.tutor.ProblemContext;
import app.stepwise.tutor.ProblemReader;
import app.stepwise.tutor.VerifiedSolver;
import app.stepwise.text.Message;
import app.stepwise.text.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Generate for the editor: a worked solution and a hint ladder from the step-by-step solvers, every step verified by
 * the math engine (the solvers check their own steps, and the result is checked again as a solution of the problem).
 * What is generated is offered, never saved on its own: the editor marks it until the teacher approves it. Its
 * sentences are written in the pack's language (the solvers' words are keyed messages; the model's English is
 * recognised as theirs where it can be), so a Spanish teacher's pack stays Spanish; a sentence no key matches stays as
 * the model wrote it.
 */
public final class Generate {
    private Generate() {}

    /**
     * @param source   which solver made it ("solver linear-two-step", "linear solver", "physics solver speed"), a
     *                 message the editor renders in the teacher's language
     * @param verified whether every step and the answer passed the content checks
     * @param problems why it is not verified, each a message in the teacher's language
     * @param answer   the answer the solution reaches, as a student would type it
     */
    public record Generated(List<Problem.SolutionStep> solution, List<String> hints, String answer, Message source,
            boolean verified, List<Message> problems, List<Problem.Given> givens, Optional<Problem.SolverRef> solver,
            List<Boolean> stepVerified) {
        public Generated {
            givens = List.copyOf(givens);
            solution = List.copyOf(solution);
            hints = List.copyOf(hints);
            problems = List.copyOf(problems);
            stepVerified = List.copyOf(stepVerified);
        }

        /**
         * Steps from the solvers, each verified as it is made; {@code verified} says whether they also agree with the
         * rest of the problem (its answer key), which the validation panel reports when they do not.
         */
        public Generated(List<Problem.SolutionStep> solution, List<String> hints, String answer, Message source,
                boolean verified, List<Message> problems, List<Problem.Given> givens, Optional<Problem.SolverRef> solver) {
            this(solution, hints, answer, source, verified, problems, givens, solver,
                    java.util.Collections.nCopies(solution.size(), true));
        }

        /** The numbers (1 = first) of the steps the engine did not verify. */
        public List<Integer> unverifiedSteps() {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < stepVerified.size(); i++) if (!stepVerified.get(i)) out.add(i + 1);
            return out;
        }
    }

    /** Longest the local model may write a solution in the editor (milliseconds); the task's own budget is above it. */
    public static final long MODEL_BUDGET_MS = 30_000;

    /**
     * Generate when no solver family applies: first the verified problem reader (the deterministic reading, else the
     * model's reading task, each field checked against the text and the solver's solution verified); then the local
     * model's own worked solution, built one verified step at a time ({@link VerifiedSolver}) where the working can be
     * checked; a solution that stops short of a verified answer is not {@link Generated#verified()}. Where nothing can
     * be checked, the model's plain solution is offered with every step flagged.
     *
     * @param cancelled asked between tokens; when it turns true the model stops and nothing is offered
     */
    public static Optional<Generated> fromModel(Problem p, LocalModel model, java.util.function.BooleanSupplier cancelled)
            throws ModelException {
        return fromModel(p, model, cancelled, Locale.ENGLISH);
    }

    /** {@link #fromModel(Problem, LocalModel, java.util.function.BooleanSupplier)}, written in a pack's language. */
    public static Optional<Generated> fromModel(Problem p, LocalModel model, java.util.function.BooleanSupplier cancelled,
            Locale language) throws ModelException {
        ProblemContext ctx = ProblemContext.of(p);
        if (!ctx.checkable()) {
            ProblemContext read = ProblemContext.fromText(p.statement().replace("$", ""), Optional.of(model), cancelled);
            if (read.reading().isPresent()) return Optional.of(fromReading(p, read.reading().get(), language));
            ctx = read;
        }
        if (!ctx.checkable()) {
            // nothing about it can be checked: the model's plain solution, every step flagged as not verified
            long t0 = System.nanoTime();
            Generation g = model.generate(new PromptFormat(model.manifest()).solve(ctx.text()),
                    GenerationOptions.greedy(400).withBudget(MODEL_BUDGET_MS).withCancel(cancelled), null);
            if (cancelled.getAsBoolean()) return Optional.empty();
            return fromModelSolution(p, ModelSolution.check(ctx, g, (System.nanoTime() - t0) / 1_000_000), language);
        }
        // built one verified step at a time (greedy first, then samples), as the tutor's hints are
        VerifiedSolver.Result r = new VerifiedSolver(model, VerifiedSolver.DEFAULT_CANDIDATES, VerifiedSolver.DEFAULT_MAX_STEPS,
                MODEL_BUDGET_MS).solve(ctx, cancelled);
        if (cancelled.getAsBoolean() || r.end() == VerifiedSolver.End.CANCELLED) return Optional.empty();
        return fromModelSolution(p, r.solution(), language);
    }

    /** The model's solution as generated content: each step with the engine's verdict, unverified ones named. */
    static Optional<Generated> fromModelSolution(Problem p, ModelSolution s) {
        return fromModelSolution(p, s, Locale.ENGLISH);
    }

    static Optional<Generated> fromModelSolution(Problem p, ModelSolution s, Locale language) {
        if (s.steps().isEmpty()) return Optional.empty();
        List<Step> steps = s.steps().stream().map(st -> st.text().isBlank()
                ? new Step(Message.of("generate.nextStep"), st.math(), "model")
                : new Step(st.text(), st.math(), "model")).toList();
        List<Problem.SolutionStep> solution = written(steps, language);
        List<Boolean> flags = s.steps().stream().map(ModelSolution.VerifiedStep::verified).toList();
        List<String> hints = ladder(steps.get(0), language);
        List<Message> problems = new ArrayList<>();
        for (int i = 0; i < flags.size(); i++)
            if (!flags.get(i)) problems.add(Message.of("generate.stepNotVerified", i + 1, s.steps().get(i).math()));
        if (!s.verified() && problems.isEmpty())
            problems.add(s.answer().isEmpty()
                    ? Message.of("generate.stopsWithoutAnswer", s.steps().size())
                    : Message.of("generate.answerNotVerified", s.answer()));
        return Optional.of(new Generated(solution, hints, s.answer(), Message.of("generate.source.model"), s.verified(),
                problems, p.givens(),
                p.solver(), flags));
    }

    /** Steps from the solvers (verified as they are made), checked again as a solution of the problem. */
    private static Generated offered(Problem p, List<Step> steps, String answer, Message source, List<Problem.Given> givens,
            Locale language) {
        List<Problem.SolutionStep> solution = written(steps, language);
        List<String> hints = ladder(steps.get(0), language);
        List<Problem.Given> g = p.givens().isEmpty() ? givens : p.givens();
        Problem candidate = new Problem(p.id(), p.statement(), p.skills(), p.difficulty(),
                p.answer() == null ? new AnswerSpec.Equation(answer) : p.answer(), p.work(), g, hints, solution, p.solver(),
                p.image());
        List<Message> problems = ContentCheck.check(candidate, "", app.stepwise.lesson.LessonPack.Subject.MATH).stream()
                .filter(ContentCheck.Finding::error).map(ContentCheck.Finding::said).toList();
        return new Generated(solution, hints, answer, source, problems.isEmpty(), problems, g, p.solver());
    }

    /**
     * The solver's solution of a reading of the problem's text. The deterministic reader's reading is offered as verified
     * when the content checks pass. The model's reading never is: its steps are the solver's, but whether the model read
     * the problem the teacher wrote is only checked in part (its numbers, units and letters come from the text), and on
     * hand-written sets about four in ten of the problems it alone read were misread (session 18). The teacher is asked
     * to compare the reading with the problem before keeping the answer.
     */
    static Generated fromReading(Problem p, ProblemReader.Reading r, Locale language) {
        Worked w = r.worked();
        boolean byModel = r.source().equals("model");
        Generated g = offered(p, w.steps(), w.answer(),
                Message.of(byModel ? "generate.source.readerModel" : "generate.source.reader", w.family()), w.givens(),
                language);
        if (!byModel) return g;
        List<Message> problems = new ArrayList<>(g.problems());
        problems.add(0, Message.of("generate.checkModelReading", r.said()));
        return new Generated(g.solution(), g.hints(), g.answer(), g.source(), false, problems, g.givens(), g.solver());
    }

    /** The solution and ladder for a problem, when a solver applies: its named family, the linear solver, or physics. */
    public static Optional<Generated> forProblem(Problem p) {
        return forProblem(p, Locale.ENGLISH);
    }

    /** {@link #forProblem(Problem)}, its sentences written in a pack's language ("es"). */
    public static Optional<Generated> forProblem(Problem p, Locale language) {
        List<Step> steps = new ArrayList<>();
        Message source;
        String answer;
        List<Problem.Given> givens = p.givens();
        Optional<Problem.SolverRef> solver = p.solver();
        Optional<Worked> named = Optional.empty();
        try {
            named = Solvers.forProblem(p);
        } catch (RuntimeException e) {
            // the named family cannot solve it: try the general solvers below
        }
        if (named.isPresent()) {
            steps.addAll(named.get().steps());
            source = Message.of("generate.source.solver", named.get().family());
            answer = named.get().answer();
        } else if (p.work().isPresent() && p.work().get().task() == Task.SOLVE && !p.work().get().start().isBlank()) {
            String start = p.work().get().start();
            Optional<String> x = variable(start);
            if (x.isEmpty() || !LinearSolver.applies(start, x.get())) return Optional.empty();
            steps.addAll(LinearSolver.steps(start, x.get()));
            source = Message.of("generate.source.linear");
            if (steps.isEmpty()) return Optional.empty();
            answer = last(steps.get(steps.size() - 1).math());
        } else {
            Optional<Worked> physics = Solvers.physicsFromText(p.statement().replace("$", ""));
            if (physics.isEmpty()) return Optional.empty();
            steps.addAll(physics.get().steps());
            source = Message.of("generate.source.physics", physics.get().family());
            answer = physics.get().answer();
            // the givens and the family the solver read from the statement come along when the problem lacks them
            if (givens.isEmpty()) givens = physics.get().givens();
            if (solver.isEmpty() && !physics.get().params().isEmpty())
                solver = Optional.of(new Problem.SolverRef(physics.get().family(), physics.get().params()));
        }
        if (steps.isEmpty()) return Optional.empty();
        List<Problem.SolutionStep> solution = written(steps, language);
        List<String> hints = ladder(steps.get(0), language);
        // checked again as part of this problem: the steps from its start, the answer against its answer spec
        Problem candidate = new Problem(p.id(), p.statement(), p.skills(), p.difficulty(),
                p.answer() == null ? new AnswerSpec.Equation(answer) : p.answer(), p.work(), givens, hints, solution, solver,
                p.image());
        List<Message> problems = ContentCheck.check(candidate, "", app.stepwise.lesson.LessonPack.Subject.MATH).stream()
                .filter(ContentCheck.Finding::error).map(ContentCheck.Finding::said).toList();
        return Optional.of(new Generated(solution, hints, answer, source, problems.isEmpty(), problems, givens, solver));
    }

    /**
     * The steps as a pack stores them: each sentence in the pack's language. A sentence the model wrote in English is
     * first recognised as one of the solvers' ({@code step.*}), as the tutor does with the model's hints.
     */
    private static List<Problem.SolutionStep> written(List<Step> steps, Locale language) {
        return steps.stream().map(s -> new Problem.SolutionStep(keyed(s.said()).in(language), s.math())).toList();
    }

    /** The ladder from the first step: its idea without numbers, its sentence, its resulting line. */
    private static List<String> ladder(Step first, Locale language) {
        return List.of(HintService.nudgeSaid(first.text()).in(language), keyed(first.said()).in(language),
                "$" + latex(first.math()) + "$");
    }

    private static Message keyed(Message said) {
        return said.key().equals(Message.VERBATIM) ? Sentences.recognise(said.english(), "step.") : said;
    }

    private static Optional<String> variable(String equation) {
        try {
            Statement s = Parser.parse(equation);
            return Exprs.variables(s).stream().sorted().findFirst();
        } catch (MathSyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** "x = 15/3 = 5" → "x = 5": the answer is the first and last part of a chain. */
    private static String last(String line) {
        String[] parts = line.split("=");
        return parts.length > 2 ? parts[0].strip() + " = " + parts[parts.length - 1].strip() : line.strip();
    }

    static String latex(String math) {
        try {
            return Printer.latex(Parser.parse(math));
        } catch (MathSyntaxException | RuntimeException e) {
            return math;
        }
    }

    /**
     * "Paste a problem": the problem reader's verified reading of a teacher's text (family, start, givens, unknown,
     * answer, solution) as a problem to confirm; empty when the text is not a problem Stepwise can check.
     */
    public static Optional<Problem> fromText(String id, String text) {
        return fromText(id, text, Locale.ENGLISH);
    }

    /** {@link #fromText(String, String)}, the solution and hints written in a pack's language. */
    public static Optional<Problem> fromText(String id, String text, Locale language) {
        Optional<ProblemReader.Reading> reading = ProblemReader.read(text);
        if (reading.isEmpty()) return Optional.empty();
        Worked w = reading.get().worked();
        AnswerSpec answer = switch (w.answerKind()) {
            case "quantity" -> new AnswerSpec.Quantity(w.answer(), Optional.empty(), Optional.empty());
            case "numeric" -> new AnswerSpec.Numeric(w.answer(), AnswerSpec.Tolerance.EXACT, Optional.empty());
            case "set" -> new AnswerSpec.SolutionSet(w.answer());
            case "expression" -> new AnswerSpec.Expression(w.answer(), Optional.empty());
            default -> new AnswerSpec.Equation(w.answer());
        };
        Optional<Problem.Work> work = switch (w.task()) {
            case SOLVE, SIMPLIFY, EXPAND, FACTOR, DIFFERENTIATE, EVALUATE, PHYSICS ->
                Optional.of(new Problem.Work(w.task(), w.start()));
            case SYSTEM -> Optional.empty(); // a generated system keeps its equations in the statement
        };
        List<Problem.SolutionStep> solution = written(w.steps(), language);
        List<String> hints = w.steps().isEmpty() ? List.of() : ladder(w.steps().get(0), language);
        Optional<Problem.SolverRef> solver = Solvers.family(w.family()).isPresent() && !w.params().isEmpty()
                ? Optional.of(new Problem.SolverRef(w.family(), w.params()))
                : Optional.empty();
        return Optional.of(new Problem(id, text.strip(), List.of(), 2, answer, work, w.givens(), hints, solution, solver));
    }
}
