package app.stepwise.solve;

import app.stepwise.lesson.Task;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain math problem asked again in a teacher's or a student's own words (session 15: 2.8.0 read only 53 % of
 * outside problems right and refused 19 % of those in scope, most of them in teacher and student wording): "Make r the
 * subject of …", "Express a in terms of v, u and t", "Tidy up …", "Collect like terms in …", "whats x if …", "solve …
 * pls", "2 equations … find x and y". A voice is only used where the problem text holds all of its math (the start, or
 * for percentages the percentage and the amount), so nothing the working needs is lost, and the start, the unknown and
 * the verified steps stay as they are: the reading target does not change. Written for Stepwise.
 */
final class Voices {
    private Voices() {}

    /** Teacher voices for any one-letter equation: {eq} the equation, {x} its letter. */
    static final List<String> SOLVE_TEACHER = List.of(
            "Here is an equation for you: {eq}. What does {x} have to be?",
            "Your task: solve {eq} and give the value of {x}.",
            "Solve {eq}, then put your answer back in to check it.",
            "On your whiteboards, solve {eq}.",
            "Let's see who can solve {eq} first.",
            "I want the value of {x} that balances {eq}.",
            "Work out what {x} is: {eq}",
            "Have a go at solving {eq} on your own.",
            "Next one. {eq}. Find {x}, showing each line of working.",
            "Write down {eq} and solve it for {x}.",
            "Find the missing value {x} in {eq}.",
            "What number could {x} be if {eq}?",
            // session 17: a teacher's asides, polite requests and a hint after the problem
            "Here's one to try before the test: {eq}. Find {x}.",
            "Remember to show each step. Solve {eq}.",
            "Could you solve {eq} for me, please?",
            "Please solve {eq} and write down the value of {x}.",
            "I'd like you to solve {eq}. Take your time.",
            "Solve {eq}. Hint: do the same thing to both sides.",
            "Let's try another. {eq}. What is {x}? Remember to check your answer.",
            "Solve {eq}. When you have {x}, substitute it back in to check.",
            "You've seen ones like this before. Solve {eq}.",
            "This one catches a lot of people out: {eq}. Find {x}.",
            "Would you solve {eq}, please? Write each step on a new line.",
            "Solve {eq} without a calculator, then check your answer.");

    /** Textbook voices for any one-letter equation (session 17): formal sentences, "Determine …", "If …, find …". */
    static final List<String> SOLVE_TEXTBOOK = List.of(
            "Determine the value of {x} in the equation {eq}.",
            "Find the value of {x} that satisfies {eq}.",
            "Solve the following equation for {x}: {eq}",
            "If {eq}, find the value of {x}.",
            "Given that {eq}, determine {x}.",
            "Calculate the value of {x} for which {eq}.",
            "Determine {x} such that {eq}.",
            "Find {x}, given that {eq}.",
            "Find all values of {x} for which {eq}.",
            "Solve for {x}, showing your method clearly: {eq}",
            "Solve the equation\n{eq}",
            "Obtain the value of {x} from the equation {eq}.");

    /** Student voices for any one-letter equation. */
    static final List<String> SOLVE_STUDENT = List.of(
            "{eq} whats {x}",
            "how do i do {eq}",
            "solve {eq} pls",
            "{eq} find {x}",
            "whats {x} if {eq}",
            "{eq} how",
            "need help solving {eq}",
            "what does {x} equal in {eq}",
            "can u solve {eq} for {x}",
            "i got {eq} and dont know what to do",
            "{eq} solve for {x}",
            "help with {eq}?? need {x}",
            "how do you work out {x} in {eq}",
            "{eq}\nwhat is {x}");

    /** Teacher voices one family adds to the equation voices. */
    static final Map<String, List<String>> SOLVE_FAMILY = Map.of(
            "linear-both-sides", List.of("There are {x} terms on both sides of {eq}. Collect them on one side, then solve.",
                    "Get the {x} terms together and solve {eq}.", "Letters on both sides this time: {eq}. Find {x}.",
                    "Balance it: {eq}. What is {x}?",
                    // session 17: 2.10.0 got 4 of 6 outside problems of this family right
                    "Solve the equation {eq}, in which {x} appears on both sides.",
                    "Determine the value of {x} for which both sides of {eq} are equal.",
                    "Solve {eq}. Start by getting all the {x} terms on one side.",
                    "Remember to collect the {x} terms on one side first. Solve {eq}.",
                    "Here's one with {x} on both sides: {eq}. What is {x}?", "Find the value of {x} that makes {eq} true.",
                    "Solve {eq}. Hint: move the {x} terms to one side first.",
                    "For which value of {x} are the two sides of {eq} equal?", "Both sides of {eq} have {x} in them. Solve it.",
                    "Solve:\n{eq}", "{L}{eq}\n{x} = ?", "Solve these equations with unknowns on both sides.\n{L}{eq}",
                    "{eq} theres {x} on both sides how do i do it", "how do you solve {eq} when {x} is on both sides",
                    "{eq} which side do i move the {x} to", "solve {eq} i keep getting the wrong answer",
                    "{x} on both sides?? {eq}"),
            "linear-fractions", List.of("Clear the fraction first, then solve {eq}.",
                    "Multiply both sides to get rid of the denominator: {eq}. What is {x}?",
                    "There is a fraction in this one: {eq}. Solve for {x}.", "Solve {eq}. Start by getting rid of the fraction.",
                    // session 16: more teacher, worksheet and student wordings for a family 2.9.0 got 3 of 6 right
                    "This equation has a fraction in it: {eq}. Multiply through to clear it, then find {x}.",
                    "Get rid of the denominator first.\n{eq}", "Solve {eq}. What do you multiply both sides by first?",
                    "Solve {eq}, giving {x} as a fraction if it does not come out whole.",
                    "Find {x} when {eq}.", "Solve for {x}:\n{eq}", "{eq}\n{x} = ?", "{L}{eq}    {x} = ____",
                    "how do i solve {eq} with the fraction", "{eq} how do i get rid of the fraction",
                    "fractions in equations confuse me. {eq} whats {x}", "solve {eq} for {x} pls i always mess up the fractions",
                    "what do i times both sides by in {eq}", "{eq}\nhelp, whats {x}", "can someone do {eq} step by step",
                    // session 17: textbook and teacher wordings
                    "Solve the equation {eq}, giving your answer exactly.", "Determine {x} if {eq}.",
                    "Find the exact value of {x} that satisfies {eq}.",
                    "Remember to multiply every term by the denominator. Solve {eq}.",
                    "Here's one with a fraction to try: {eq}. Find {x}.", "Solve {eq}. Hint: clear the denominator first.",
                    "Solve, giving your answer as a fraction where necessary:\n{eq}", "Solve the following equations.\n{L}{eq}",
                    "Could you solve {eq} for {x}, please? Clear the fraction first.",
                    "{eq} how do i get {x} out of the fraction", "solving {eq}, do i multiply first or what"),
            "linear-brackets", List.of("Expand the bracket, then solve {eq}.", "Multiply out first, then solve {eq} for {x}.",
                    "Solve {eq}. You can expand the bracket or divide first, whichever you prefer.",
                    "There is a bracket in {eq}. Deal with it first, then find {x}.",
                    "Solve the equation {eq}, showing the line where you expand.",
                    "Solve {eq}. Watch the sign when you multiply out.", "Expand and solve:\n{eq}", "{L}Solve.\n{eq}",
                    "how do i solve {eq} with the brackets", "{eq} do i expand first?",
                    "solve {eq} i keep getting the brackets wrong", "whats {x} in {eq} pls", "{eq} expand then solve? whats {x}"),
            "linear-two-step", List.of("Two steps for this one: {eq}. Find {x}.", "Undo each operation in turn to solve {eq}."),
            "quadratic-square-root", List.of("Solve {eq}. Don't lose the negative answer!",
                    "Find both values of {x} for which {eq}.", "Square root both sides to solve {eq}, and remember the ±.",
                    "{eq} has two solutions. Find them both.",
                    // session 17: 2.10.0 got 4 of 6 outside problems of this family right
                    "Find the exact solutions of {eq}.", "Determine all real values of {x} such that {eq}.",
                    "Solve {eq}, giving all the solutions.", "Solve {eq} by taking square roots.",
                    "Remember that a square root can be positive or negative. Solve {eq}.",
                    "Here's one to try: {eq}. Find every value of {x}.",
                    "Solve {eq}. Hint: get the squared term on its own first.",
                    "Solve for {x}:\n{eq}", "{eq}\n{x} = ?", "{L}Solve.\n{eq}",
                    "{eq} is {x} plus or minus", "how do i solve {eq} with the square", "{eq} square root both sides?",
                    "solve {eq} do i need the negative too"),
            "quadratic-factoring", List.of("Factorise, then solve {eq}.", "Solve {eq} by putting it into two brackets."),
            "quadratic-formula", List.of("Use the formula to solve {eq}.", "Solve {eq}, using a, b and c from the equation."));

    /** Quadratic-square-root voices that promise two answers: only where the answer has two. */
    private static final Set<String> TWO_ANSWERS = Set.of("Find both values of {x} for which {eq}.",
            "{eq} has two solutions. Find them both.", "Find the exact solutions of {eq}.",
            "{eq} is {x} plus or minus", "solve {eq} do i need the negative too");

    /** Rearranging: {f} the formula, {s} the new subject, {others} the other letters ("u, v and t"). */
    static final List<String> REARRANGE_TEACHER = List.of(
            "Make {s} the subject of the formula {f}.",
            "Express {s} in terms of {others}, given {f}.",
            "Express {s} in terms of the other letters in {f}.",
            "Rearrange {f} so that it starts {s} = ….",
            "Write the formula {f} with {s} on its own.",
            "Change the subject of the formula {f} so that it gives {s}.",
            "We know {f}. I want a formula for {s}.",
            "Here is a formula: {f}. Rearrange it to find {s}.",
            "Rewrite {f} as a formula for {s}.",
            "Take {f} and get {s} by itself.",
            "Make {s} the subject. {f}",
            "Starting from {f}, express {s} in terms of {others}.",
            "Turn {f} round so that it gives {s}.",
            "Using {f}, find {s} in terms of {others}.",
            // session 16
            "Rearrange the formula {f} to make {s} the subject.",
            "Rewrite {f} so that {s} is on the left on its own.",
            "Find a formula for {s} in terms of {others}, using {f}.",
            "Given that {f}, write {s} in terms of {others}.",
            "Transpose {f} to make {s} the subject.",
            "Isolate {s} in the formula {f}.",
            "Use inverse operations to make {s} the subject of {f}.",
            "Make {s} the subject of {f}. Show each step of the rearranging.",
            "Make {s} the subject.\n{f}",
            "{L}Rearrange to make {s} the subject:\n{f}",
            "{f}\nSubject: {s}",
            "{f}    ({s} = ?)",
            // session 17: 2.10.0 got 2 of 6 outside rearranging problems right
            "Rearrange to give {s}.\n{f}",
            "Rearrange {f} to give {s} in terms of {others}.",
            "Express {s} in terms of {others}.\n{f}",
            "Solve {f} for {s}.",
            "Solve the formula {f} for {s}.",
            "Write a formula for {s} in terms of {others}, given that {f}.",
            "{f}\n{s} = ?",
            "{f}\n\nMake {s} the subject.",
            "The formula\n{f}\nis used in science. Rearrange it to make {s} the subject.",
            "A formula used in physics is {f}. Change the subject of the formula to {s}.",
            "In science, {f}. Rearrange this to find {s} in terms of {others}.",
            "The quantities {all} are connected by the formula {f}. Express {s} in terms of {others}.",
            "Using the formula {f}, find an expression for {s}.",
            "Change the subject of the formula to {s}.\n{f}",
            "Change the subject of the formula {f} to {s}.",
            "Determine an expression for {s} from {f}.",
            "Here's one to try before the test: make {s} the subject of {f}.",
            "Remember to do the same to both sides. Make {s} the subject of {f}.",
            "Could you rearrange {f} to make {s} the subject, please?",
            "Make {s} the subject of {f}. Hint: undo the operations in reverse order.",
            "Rearrange {f}, making {s} the subject. Show each step.",
            "{L}{f}    Make {s} the subject.",
            "Given {f}, express {s} in terms of {others}.",
            "Rearrange the equation {f} to find an expression for {s}.",
            "If {f}, what is {s} in terms of {others}?",
            "Write {s} = … using {f}.");

    static final List<String> REARRANGE_STUDENT = List.of(
            "make {s} the subject of {f}",
            "how do i make {s} the subject {f}",
            "rearrange {f} for {s} pls",
            "{f} make {s} the subject",
            "{f} rearrange for {s}",
            "whats {s} in terms of the others {f}",
            "how to get {s} on its own in {f}",
            "{f} solve for {s}",
            "change subject to {s} {f}",
            "can someone rearrange {f} to get {s}",
            "{f}\nmake {s} subject",
            // session 16
            "how do i get {s} by itself in {f}",
            "{f} how do i make {s} the subject",
            "need {s} on its own {f}",
            "rearranging {f} to find {s}, how?",
            "{f} get {s} on its own pls",
            "whats {s} equal to if {f}",
            "i need to change the subject of {f} to {s}",
            // session 17
            "{f} {s} = ?",
            "{f} how do i get {s}",
            "rearrange {f} to give {s}",
            "{f} change the subject to {s} pls",
            "how do you rearrange {f} for {s}",
            "{f} express {s} in terms of {others}",
            "solve {f} for {s}",
            "{s} = ? if {f}");

    /** Simplifying: {e} the expression, {x} its letter. */
    static final List<String> SIMPLIFY_TEACHER = List.of(
            "Tidy up {e}.",
            "Collect like terms in {e}.",
            "Collect the like terms: {e}",
            "Gather the like terms together in {e}.",
            "Write {e} in as few terms as you can.",
            "Simplify this expression: {e}. Watch the signs.",
            "Tidy {e} up as much as you can.",
            "How would you write {e} more simply?",
            // session 16
            "Write {e} as simply as possible.",
            "Simplify {e} fully.",
            "Simplify {e} by collecting like terms.",
            "Put the like terms in {e} together and simplify.",
            "Simplify the expression {e}, taking care with negative terms.",
            "Can you write {e} in a shorter way?",
            "Combine the like terms in {e}.",
            "Simplify fully:\n{e}",
            "{L}Simplify.\n{e}",
            "{e}\nSimplify this expression.",
            // session 17: textbook and teacher wordings (2.10.0 got 4 of 6 outside simplifying problems right)
            "Simplify the following expression: {e}",
            "Simplify the following.\n{L}{e}",
            "Express {e} in its simplest form.",
            "Reduce {e} to its simplest form.",
            "Remember to watch the signs. Simplify {e}.",
            "Here's one to try: simplify {e}.",
            "Could you simplify {e}, please?",
            "Simplify {e}. Hint: group the like terms together first.",
            "Collect like terms to simplify {e}. Show each step.",
            "Determine the simplest form of {e}.",
            "{e}\n\nSimplify fully.",
            "Simplify.\n\n{L}{e}");

    /** Simplifying voices for an expression with a bracket. */
    static final List<String> SIMPLIFY_BRACKET = List.of("Expand and tidy up {e}.",
            "Multiply out the bracket and collect like terms: {e}", "Expand the bracket in {e}, then simplify.");

    static final List<String> SIMPLIFY_STUDENT = List.of(
            "simplify {e}",
            "how do i simplify {e}",
            "{e} simplify pls",
            "whats {e} simplified",
            "{e} simplest form?",
            "collect like terms {e}",
            "can someone simplify {e}",
            "simplify {e} i keep getting it wrong",
            "how do u collect like terms in {e}",
            "{e}\nsimplify",
            // session 16
            "how do i simplify {e} pls",
            "{e} simplify this",
            "whats the simplest form of {e}",
            "simplify {e} whats the answer",
            "{e} how do i collect the like terms",
            "combine like terms {e}",
            // session 17
            "{e} how do i simplify this",
            "simplify {e} step by step pls",
            "what does {e} simplify to",
            "{e}\ncollect like terms pls");

    /** Arithmetic: {e} the sum. */
    static final List<String> CALCULATE_TEACHER = List.of(
            "Work out {e}. Give your answer in its simplest form.",
            "Without a calculator, work out {e}.",
            "What do you get for {e}?",
            "Here is one to do in your head: {e}.",
            "Work out {e}, and show me each step.",
            "Find the answer to {e}.",
            // session 17: textbook wordings
            "Evaluate {e}.", "Calculate {e}, showing each step.", "Determine the value of {e}.",
            "Remember the order of operations. Work out {e}.", "Evaluate:\n{e}",
            "Could you work out {e} without a calculator?");

    /** Fraction sums: the answer as a fraction. */
    static final List<String> FRACTION_TEACHER = List.of("Work out {e}. Leave your answer as a fraction.",
            "Find {e}, cancelling where you can.", "Here is a fraction sum: {e}. Work it out.",
            "What is {e}? Simplify your answer fully.",
            "Evaluate {e}, giving your answer as a fraction in its lowest terms.",
            "Calculate {e}. Express your answer as a single fraction.");

    static final List<String> CALCULATE_STUDENT = List.of(
            "whats {e}",
            "{e} = ?",
            "{e} pls",
            "how do i do {e}",
            "how do you work out {e}",
            "{e} whats the answer",
            "work out {e} pls",
            "{e}??",
            "what is {e} equal to");

    /** One operation between two numbers, said in words: {a} and {b}. */
    static final Map<String, List<String>> OPERATION = Map.of(
            "+", List.of("Add {a} and {b}.", "how do i add {a} and {b}", "whats {a} plus {b}", "Find the sum of {a} and {b}."),
            "-", List.of("Take {b} away from {a}.", "whats {a} minus {b}", "Subtract {b} from {a}.",
                    "Find the difference {a} − {b}."),
            "×", List.of("Multiply {a} by {b}.", "whats {a} times {b}", "Find the product of {a} and {b}."),
            "÷", List.of("Divide {a} by {b}.", "whats {a} divided by {b}", "how do i divide {a} by {b}"));

    /** A percentage of an amount: {p} and {n}. */
    static final List<String> PERCENT_VOICES = List.of(
            "Work out {p}% of {n} without a calculator.",
            "Find {p}% of {n}. Start with 10% if it helps.",
            "There is {p}% off a {cur}{n} coat in the sale. How much money do you save?",
            "{p}% of the {n} pupils in the year walk to school. How many pupils walk?",
            "A {n} g bag of mix is {p}% sugar. How many grams of sugar is that?",
            "whats {p}% of {n}",
            "{p} percent of {n}",
            "how do i work out {p}% of {n}",
            "{p}% of {n} pls",
            "find {p} percent of {n}",
            "how much is {p}% of {cur}{n}",
            "{p}% of {cur}{n}??",
            "what is {p} percent of {n} pls",
            // session 17: textbook, worksheet and teacher wordings (2.10.0 got 4 of 6 outside percentage problems right)
            "Calculate {p}% of {n}.",
            "Determine {p}% of {n}.",
            "Find the value of {p}% of {n}.",
            "Calculate {p} percent of {n}.",
            "Work out {p}% of {cur}{n}. Show your method.",
            "Here's one to try without a calculator: {p}% of {n}.",
            "Remember that {p}% means {p} out of every 100. Find {p}% of {n}.",
            "A school has {n} students. {p}% of them take the bus. How many students take the bus?",
            "{n} people were asked a question and {p}% of them said yes. How many people said yes?",
            "A jacket costs {cur}{n}. In a sale it has {p}% off. How much money is taken off?",
            "Find {p}% of {n}.\nHint: find 1% first.",
            "{L}{p}% of {n}",
            "Work out:\n{p}% of {n}",
            "{L}Find {p}% of {n}.",
            "Could you work out {p}% of {cur}{n} for me?",
            "{p}% of {n} = ?",
            "calculate {p}% of {n} pls",
            "how much is {p} percent of {cur}{n}",
            "{p} % of {n}");

    /** Two equations: {e1}, {e2}, letters {x} and {y}. */
    static final List<String> SYSTEM_VOICES = List.of(
            "Solve these simultaneous equations: {e1} and {e2}. Use whichever method you like.",
            "Find the values of {x} and {y}: {e1}, {e2}. Check them in both equations.",
            "Here are two equations: {e1} and {e2}. Find {x} and {y}.",
            "Solve {e1} and {e2} simultaneously.",
            "{e1} and {e2} solve",
            "solve {e1} and {e2} pls",
            "how do i solve {e1} {e2}",
            "{e1}, {e2} find {x} and {y}",
            "simultaneous equations {e1} and {e2} help",
            "whats {x} and {y} if {e1} and {e2}",
            "{e1}\n{e2}\nfind {x} and {y}",
            // session 17: textbook and teacher wordings
            "Solve the simultaneous equations\n{e1}\n{e2}",
            "Determine the values of {x} and {y} that satisfy both {e1} and {e2}.",
            "Solve the system of equations {e1}, {e2}.",
            "Remember to check your answers in both equations. Solve {e1} and {e2}.",
            "Could you solve {e1} and {e2} simultaneously, please?");

    /** Substitution voices: only where the first equation gives one letter ("y = 2x + 1"). */
    static final List<String> SUBSTITUTE = List.of("Use substitution: {e1} and {e2}.",
            "Substitute {e1} into {e2} and solve for both letters.",
            "The first equation gives {g} already: {e1}. Use it in {e2}.");

    /** Expressions to expand, factorise or differentiate: {e}, {x}. */
    static final Map<Task, List<String>> OTHER = Map.of(
            Task.EXPAND, List.of("expand {e} pls", "multiply out {e}", "{e} expand", "how do i expand {e}",
                    "Multiply out the brackets and tidy up: {e}", "Expand and simplify {e}.",
                    "Multiply out and simplify:\n{e}", "Remove the brackets and simplify {e}."),
            Task.FACTOR, List.of("factorise {e} pls", "{e} factorise", "Put {e} into two brackets.", "how do i factorise {e}",
                    "Factorise {e} completely.", "Factorise:\n{e}"),
            Task.DIFFERENTIATE, List.of("differentiate {e} pls", "whats the derivative of {e}", "{e} differentiate",
                    "Find the derivative of {e} with respect to {x}, term by term.",
                    "Determine the derivative of {e} with respect to {x}.", "Differentiate {e} with respect to {x}."));

    /** Differentiating voices one family adds (session 16): {e} the expression, {x} its variable. */
    static final Map<String, List<String>> DIFFERENTIATE_FAMILY = Map.of("derivative-chain-rule", List.of(
            "Use the chain rule to differentiate {e}.", "Differentiate {e} with respect to {x}.",
            "Find the derivative of {e}. Think about the inside of the bracket.", "Find d/d{x} of {e}.",
            "Differentiate {e}. Remember to multiply by the derivative of the inside.",
            "Find the gradient function of {e}.", "Differentiate with respect to {x}:\n{e}", "{L}Differentiate.\n{e}",
            "how do i differentiate {e}", "chain rule on {e} pls", "differentiate {e} with chain rule", "{e} derivative?",
            "whats the derivative of {e} using the chain rule", "how do you use the chain rule on {e}"));

    /**
     * Worksheet layouts for any one-letter equation (session 16): the instruction on one line and the math on the next,
     * an item label ({L}: "1) ", "Q3. ", "(b) "), or the math first and the question after it.
     */
    static final List<String> SOLVE_LAYOUTS = List.of("Solve for {x}.\n{eq}", "Solve the equation.\n{L}{eq}",
            "{L}Solve.\n{eq}", "{eq}\nFind {x}.", "{L}{eq}\nWhat is {x}?", "Find {x}.\n\n{L}{eq}",
            "{eq}. Solve this for {x}.", "Solve each equation.\n{L}{eq}");

    private static final Pattern PERCENT = Pattern.compile("^(\\S+)/100 × (\\S+)$");
    private static final Pattern ONE_OPERATION = Pattern.compile("^(-?[\\d/.]+) ([-+×÷]) ([\\d/.]+)$");
    private static final Pattern ONE_LETTER = Pattern.compile("^[a-z] = ");
    private static final Pattern LETTER = Pattern.compile("(?<![A-Za-z_])[A-Za-zρλ](?![A-Za-z_(])");

    /** The problem asked in another voice, or its own text where no voice fits. */
    static String ask(Worked w, String unknown, SplittableRandom r) {
        String text = w.statement(), start = w.start();
        List<String> pool = new ArrayList<>();
        Map<String, String> fill = new java.util.HashMap<>();
        switch (w.task()) {
            case SOLVE -> {
                if (!text.contains(start) || unknown.isEmpty()) return text;
                if (w.family().equals("rearrange-formula")) {
                    pool.addAll(REARRANGE_TEACHER);
                    pool.addAll(REARRANGE_STUDENT);
                    fill.put("f", start);
                    fill.put("s", unknown);
                    fill.put("others", others(start, unknown));
                    fill.put("all", others(start, ""));
                } else {
                    pool.addAll(SOLVE_TEACHER);
                    pool.addAll(SOLVE_STUDENT);
                    pool.addAll(SOLVE_LAYOUTS);
                    pool.addAll(SOLVE_TEXTBOOK);
                    for (String v : SOLVE_FAMILY.getOrDefault(w.family(), List.of()))
                        if (!TWO_ANSWERS.contains(v) || twoAnswers(w.answer())) {
                            pool.add(v);
                            pool.add(v); // a family's own voices twice as often as the shared ones
                        }
                    fill.put("eq", start);
                    fill.put("x", unknown);
                }
            }
            case SIMPLIFY -> {
                if (!text.contains(start)) return text;
                pool.addAll(SIMPLIFY_TEACHER);
                pool.addAll(SIMPLIFY_STUDENT);
                if (start.contains("(")) pool.addAll(SIMPLIFY_BRACKET);
                if (letters(start).size() == 1) pool.add("Simplify {e} by collecting the {x} terms and the numbers.");
                fill.put("e", start);
                fill.put("x", firstLetter(start));
            }
            case EVALUATE -> {
                Matcher pc = PERCENT.matcher(start);
                if (w.family().equals("percentages")) {
                    if (!pc.matches() || !text.contains(pc.group(1)) || !text.contains(pc.group(2))) return text;
                    pool.addAll(PERCENT_VOICES);
                    fill.put("p", pc.group(1));
                    fill.put("n", pc.group(2));
                    fill.put("cur", NumberWriting.pick(r, List.of("£", "$", "€")));
                } else {
                    if (!text.contains(start)) return text;
                    pool.addAll(CALCULATE_TEACHER);
                    pool.addAll(CALCULATE_STUDENT);
                    if (w.family().equals("fraction-arithmetic")) pool.addAll(FRACTION_TEACHER);
                    Matcher one = ONE_OPERATION.matcher(start);
                    if (one.matches()) {
                        pool.addAll(OPERATION.get(one.group(2)));
                        fill.put("a", one.group(1));
                        fill.put("b", one.group(3));
                    }
                    fill.put("e", start);
                }
            }
            case SYSTEM -> {
                String[] eqs = start.split(";");
                if (eqs.length != 2 || !text.contains(eqs[0].strip()) || !text.contains(eqs[1].strip())) return text;
                String[] letters = unknown.split(",\\s*");
                if (letters.length != 2) return text;
                pool.addAll(SYSTEM_VOICES);
                if (ONE_LETTER.matcher(eqs[0].strip()).find()) pool.addAll(SUBSTITUTE);
                fill.put("e1", eqs[0].strip());
                fill.put("e2", eqs[1].strip());
                fill.put("x", letters[0]);
                fill.put("y", letters[1]);
                fill.put("g", eqs[0].strip().substring(0, 1)); // the letter the first equation gives
            }
            case EXPAND, FACTOR, DIFFERENTIATE -> {
                if (!text.contains(start)) return text;
                pool.addAll(OTHER.get(w.task()));
                if (w.task() == Task.DIFFERENTIATE)
                    for (String v : DIFFERENTIATE_FAMILY.getOrDefault(w.family(), List.of())) {
                        pool.add(v);
                        pool.add(v);
                    }
                fill.put("e", start);
                fill.put("x", unknown.isEmpty() ? firstLetter(start) : unknown);
            }
            case PHYSICS -> {
                return PhysicsVoices.ask(w, r);
            }
        }
        if (pool.isEmpty()) return text;
        String voice = NumberWriting.pick(r, pool);
        for (var e : fill.entrySet()) voice = voice.replace("{" + e.getKey() + "}", e.getValue());
        if (voice.contains("{L}")) voice = voice.replace("{L}", Register.label(r));
        if (voice.contains("{")) return text;
        // a student's typing asks with a question mark as often as without (out-of-scope problems end in "?" more often);
        // never on a worksheet layout ("Solve each equation.\n(b) 4(n + 4) = 128", session 16)
        return !voice.matches("(?s).*[.?!:)]$") && r.nextInt(3) == 0 && !voice.contains("\n") ? voice + "?" : voice;
    }

    /** "x = 9 or x = -9", "x = 9, x = -9": two different values. */
    static boolean twoAnswers(String answer) {
        String[] parts = answer.split(" or |,");
        return parts.length == 2 && !parts[0].strip().equals(parts[1].strip());
    }

    private static Set<String> letters(String math) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = LETTER.matcher(math);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** The formula's letters other than the new subject, as a list: "u, v and t". */
    static String others(String formula, String subject) {
        List<String> list = new ArrayList<>(letters(formula));
        list.remove(subject);
        if (list.isEmpty()) return "the other letters";
        if (list.size() == 1) return list.get(0);
        return String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
    }

    private static String firstLetter(String math) {
        Matcher m = LETTER.matcher(math);
        return m.find() ? m.group() : "x";
    }
}
