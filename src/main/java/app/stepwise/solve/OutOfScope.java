package app.stepwise.solve;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Problems outside every family, written for Stepwise, so a model learns to say "none" instead of forcing a
 * family onto them: integrals, trigonometric, exponential and logarithmic equations, inequalities, cubics,
 * geometry, probability, statistics, sequences, matrices, vectors, limits, and physics beyond the one-formula
 * families (projectiles, collisions, moments, heat, three-resistor circuits, slopes). Some sit next to a family on
 * purpose. {a}, {b}, {c} are filled with small numbers. The last {@link Frames#HELD_OUT} are held out of training.
 */
final class OutOfScope {
    private OutOfScope() {}

    static final List<String> FRAMES = List.of(
            "Integrate {a}x^2 + {b}x with respect to x.",
            "Find the integral of {a}x^3 dx.",
            "Evaluate the definite integral of {a}x from 0 to {b}.",
            "Solve sin x = 0.5 for 0 ≤ x ≤ 360°.",
            "Solve 2cos(x) = 1 for x between 0 and 2π.",
            "Solve {a}^x = {c}.",
            "Solve log(x) + log({a}) = {b}.",
            "Solve the inequality {a}x + {b} > {c}.",
            "Find the values of x for which x^2 - {a}x < 0.",
            "Solve x^3 - {a}x^2 + {b}x = 0.",
            "Find the area of a triangle with base {a} cm and height {b} cm.",
            "A circle has radius {a} cm. Find its circumference.",
            "Two angles of a triangle are {a}0° and {b}0°. Find the third angle.",
            "Prove that the sum of two odd numbers is even.",
            "A bag holds {a} red and {b} blue marbles. What is the probability of picking a red one?",
            "Find the mean of {a}, {b}, {c} and 10.",
            "Find the median of {a}, {c}, {b}, 7, 12.",
            "Find the {a}th term of the sequence 3, 7, 11, 15, …",
            "Find the determinant of the matrix [[{a}, {b}], [{c}, 1]].",
            "Find the magnitude of the vector ({a}, {b}).",
            "Find the limit of ({a}x + 1)/(x + {b}) as x tends to infinity.",
            "A ball is thrown horizontally at {a} m/s from a cliff {b}0 m high. How far from the cliff does it land?",
            "A {a} kg trolley moving at {b} m/s hits a {c} kg trolley at rest and they stick together. Find their speed.",
            "A {a} N weight hangs {b} m from a pivot. Find its moment.",
            "How much energy heats {a} kg of water by {b}0 °C? (c = 4200 J/kg°C)",
            "Three resistors of {a} Ω, {b} Ω and {c} Ω are in parallel. Find the total resistance.",
            "A {a} kg box slides down a slope at 30° with friction coefficient 0.{b}. Find its acceleration.",
            "Balance the equation H2 + O2 → H2O.",
            "How many moles are in {a}0 g of water?",
            "Write an essay on the causes of the First World War.",
            "A lens has focal length {a}0 cm. Where is the image of an object {b}0 cm away?",
            "Convert {a}{b} to binary.",
            "Find the gradient of the line through ({a}, {b}) and ({c}, 9).",
            "What is the capital of France?",
            "Find the highest common factor of {a}{b} and {c}0.",
            "Expand (x + {a})^5 using the binomial theorem.",
            "Solve the differential equation dy/dx = {a}y.",
            "Find the volume of a cylinder with radius {a} cm and height {b} cm.",
            "Simplify sin^2 x + cos^2 x.",
            "Use Pythagoras to find the hypotenuse when the other sides are {a} cm and {b} cm.",
            "A car goes round a bend of radius {a}0 m at {b} m/s. Find the centripetal acceleration.",
            // held out
            "Find the area under y = x^2 from x = 0 to x = {a}.",
            "Solve tan x = {a} for 0 < x < 180°.",
            "Two dice are rolled. What is the chance of a total of {c}?",
            "An ice cube of {a}0 g melts. How much energy does it take? (L = 334 kJ/kg)",
            "Find the sum of the first {a}0 whole numbers.",
            "What is the standard deviation of {a}, {b} and {c}?");

    /** Whether frame k is held out of training. */
    static boolean heldOut(int k) {
        return k >= FRAMES.size() - Frames.HELD_OUT;
    }

    static String write(int k, SplittableRandom r) {
        return FRAMES.get(k).replace("{a}", Integer.toString(NumberWriting.between(r, 2, 9)))
                .replace("{b}", Integer.toString(NumberWriting.between(r, 2, 9)))
                .replace("{c}", Integer.toString(NumberWriting.between(r, 2, 9)));
    }
}
