package app.stepwise.math;

import java.util.List;

/** One line a student typed: an expression, an equation, a list of alternatives, or a set. */
public sealed interface Statement {

    record Expression(Expr expr) implements Statement {}

    record Equation(Expr lhs, Expr rhs) implements Statement {}

    /**
     * A chain of equalities as students write a step with its working: {@code 3x = 20 - 5 = 15}. It states
     * that first = last, and each link must itself be true.
     */
    record Chain(List<Expr> parts) implements Statement {
        public Chain {
            parts = List.copyOf(parts);
        }

        public Equation asEquation() {
            return new Equation(parts.get(0), parts.get(parts.size() - 1));
        }
    }

    /** A chain read as the equation it states (first = last); every other statement as it is. */
    static Statement collapse(Statement s) {
        return s instanceof Chain c ? c.asEquation() : s;
    }

    /** {@code x = 2 or x = -3}, {@code x = 2, x = -3}, {@code 2, -3}. */
    record Alternatives(List<Statement> options) implements Statement {
        public Alternatives {
            options = List.copyOf(options);
        }
    }

    /** {@code {2, -3}}. */
    record SetOf(List<Expr> elements) implements Statement {
        public SetOf {
            elements = List.copyOf(elements);
        }
    }
}
