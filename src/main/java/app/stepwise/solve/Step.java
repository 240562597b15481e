package app.stepwise.solve;

/**
 * One step of a worked solution: a sentence a student understands, the math line (plain text the math engine
 * reads; where there is arithmetic, the operation is written before its result: {@code 3x = 20 - 5 = 15}), and
 * the operation's name (subtract-both-sides, substitute, …).
 */
public record Step(String text, String math, String operation) {}
