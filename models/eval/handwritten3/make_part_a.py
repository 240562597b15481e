#!/usr/bin/env python3
"""Writes part-a.jsonl (ids h3-a001 ...), half of the fresh session-17 measuring set (lane set17a).

Every problem TEXT below was written by hand for this set (no textbook, website, question bank,
data set or project template was copied or paraphrased).  Answers are never typed in blind:
sympy computes each one from `start` (solve / simplify / expand / factor / diff / evaluate /
solve for the new subject / solve the system).  Where a hand-written, tidier form of the answer
is given (`ans=`), the script asserts that sympy finds it equal to the computed one (and, for
expand / factorise, that it really is in expanded / factored form) before writing it.

Usage: python3 make_part_a.py   (writes part-a.jsonl next to this script)
"""
import json
import re
from pathlib import Path

import sympy as sp
from sympy.parsing.sympy_parser import (
    parse_expr, standard_transformations, implicit_multiplication_application, convert_xor)

TR = standard_transformations + (implicit_multiplication_application, convert_xor)
LOCAL = {"e": sp.E, "ln": sp.log, "pi": sp.pi, "sqrt": sp.sqrt, "sin": sp.sin, "cos": sp.cos,
         "tan": sp.tan, "exp": sp.exp}

TASK = {
    "integer-arithmetic": "evaluate", "fraction-arithmetic": "evaluate", "percentages": "percentage",
    "linear-one-step": "solve", "linear-two-step": "solve", "linear-brackets": "solve",
    "linear-both-sides": "solve", "linear-fractions": "solve", "rearrange-formula": "rearrange",
    "simplify-expression": "simplify", "expand-brackets": "expand", "factorise-quadratic": "factorise",
    "exponent-rules": "simplify", "derivative-power-rule": "differentiate",
    "derivative-product-rule": "differentiate", "derivative-chain-rule": "differentiate",
    "quadratic-square-root": "solve", "quadratic-factoring": "solve", "quadratic-formula": "solve",
    "system-elimination": "solve-system",
}


def ex(s, local=None):
    s = s.replace("−", "-").replace("×", "*").replace("÷", "/")
    loc = dict(LOCAL)
    if local:
        loc.update(local)
    return sp.nsimplify(parse_expr(s, local_dict=loc, transformations=TR), rational=True)


def eq(s, local=None):
    lhs, rhs = s.split("=")
    return sp.Eq(ex(lhs, local), ex(rhs, local))


def same(a, b):
    d = sp.simplify(sp.expand(a - b))
    if d == 0:
        return True
    try:
        return abs(complex(sp.N(d))) < 1e-12
    except TypeError:  # symbols left over: not equal
        return False


def fmt(e):
    """sympy expression -> engine syntax (^ for powers, no * between a number and a letter or bracket)."""
    s = str(e).replace("**", "^")
    s = re.sub(r"(?<![\w.])(\d+)\*(?=[A-Za-z(])", r"\1", s)
    s = s.replace(")*(", ")(")
    return s


def compute(fam, task, start, unknown, ans, form):
    """The answer object, computed by sympy; a hand-written `ans` must agree with it."""
    if task in ("evaluate", "percentage"):
        v = sp.nsimplify(ex(start))
        if ans is not None:
            assert same(ex(ans), v), (start, ans, v)
        return {"kind": "numeric", "value": ans if ans is not None else fmt(v)}
    if task == "solve":
        x = sp.Symbol(unknown)
        sols = [sp.nsimplify(s) for s in sp.solve(eq(start), x)]
        assert sols and all(s.is_real for s in sols), (start, sols)
        if ans is not None:
            got = [ex(p.split("=")[1]) for p in ans.split(" or ")]
            assert len(got) == len(sols) and all(any(same(g, s) for g in got) for s in sols), (start, ans, sols)
            value = ans
        else:
            sols = sorted(sols, key=lambda s: float(s), reverse=True)
            value = " or ".join(f"{unknown} = {fmt(s)}" for s in sols)
        quadratic = fam.startswith("quadratic")
        assert quadratic or len(sols) == 1, (start, sols)
        return {"kind": "set" if quadratic else "equation", "value": value}
    if task in ("simplify", "expand", "factorise"):
        s = ex(start)
        if task == "expand":
            v = sp.expand(s)
        elif task == "factorise":
            v = sp.factor(s)
        else:
            v = sp.simplify(s)
        value = ans if ans is not None else fmt(v)
        a = ex(value)
        assert same(a, s), (start, value)
        out = {"kind": "expression", "value": value}
        if task == "expand":
            assert sp.expand(a) == a, value
            out["form"] = "expanded"
        if task == "factorise":
            assert not isinstance(a, sp.Add) and sp.factor(a) == sp.factor(s) and sp.factor(s) != sp.expand(s), value
            out["form"] = "factored"
        return out
    if task == "differentiate":
        d = sp.diff(ex(start), sp.Symbol(unknown))
        value = ans if ans is not None else fmt(sp.simplify(d))
        assert same(ex(value), d), (start, value, d)
        return {"kind": "expression", "value": value}
    if task == "rearrange":
        v = sp.Symbol(unknown, positive=True)
        loc = {unknown: v}
        sols = sp.solve(eq(start, loc), v)
        assert len(sols) >= 1, (start, sols)
        if ans is not None:
            lhs, rhs = ans.split("=")
            assert lhs.strip() == unknown and any(same(s, ex(rhs, loc)) for s in sols), (start, ans, sols)
            value = ans
        else:
            assert len(sols) == 1, (start, sols)
            value = f"{unknown} = {fmt(sols[0])}"
        return {"kind": "equation", "value": value}
    if task == "solve-system":
        names = unknown.split(",")
        syms = [sp.Symbol(n) for n in names]
        sol = sp.solve([eq(p) for p in start.split(";")], syms, dict=True)
        assert len(sol) == 1 and len(sol[0]) == len(syms), (start, sol)
        return {"kind": "system", "values": {n: fmt(sp.nsimplify(sol[0][s])) for n, s in zip(names, syms)}}
    raise ValueError(task)


ROWS = []


def P(fam, style, text, start, unknown=None, ans=None):
    """One in-scope problem: family, style, hand-written text, engine start, unknown; answer by sympy."""
    task = TASK[fam]
    ROWS.append({"style": style, "text": text, "family": fam, "task": task, "start": start,
                 "unknown": unknown, "answer": compute(fam, task, start, unknown, ans, None),
                 "givens": None, "formula": None, "topic": None})


def OUT(style, text, topic):
    """One out-of-scope problem: every answer field null, a topic label."""
    ROWS.append({"style": style, "text": text, "family": None, "task": None, "start": None,
                 "unknown": None, "answer": None, "givens": None, "formula": None, "topic": topic})


TB, WS, TE, ST = "textbook", "worksheet", "teacher", "student"

# ---------------------------------------------------------------- integer-arithmetic
F = "integer-arithmetic"
P(F, TB, "Evaluate 18 − 4 × (7 − 12) without using a calculator.", "18 - 4*(7 - 12)")
P(F, TB, "Work out the value of (−6)² − 3 × 15 ÷ 5.", "(-6)^2 - 3*15/5")
P(F, WS, "Q4.  −48 ÷ (−6) + 2 × (−9) = ______", "-48/(-6) + 2*(-9)")
P(F, TE, "Warm-up, calculators away. A research submarine sits 140 m below sea level. It rises 65 m, "
         "then dives another 90 m. Write the whole journey as one calculation, counting below sea level "
         "as negative, and give its final position as a signed number.", "-140 + 65 - 90")
P(F, TE, "Order of operations again: powers before multiplying, brackets before everything. "
         "Calculate 5 × 2³ − (14 − 20) ÷ 3.\nA few of you rushed this one last week, so go slowly.",
  "5*2^3 - (14 - 20)/3")
P(F, ST, "whats -7 times -8 minus 100 divided by 4?? my calculator died lol", "(-7)*(-8) - 100/4")

# ---------------------------------------------------------------- fraction-arithmetic
F = "fraction-arithmetic"
P(F, TB, "Calculate 2/3 + 5/8, giving your answer as a fraction in its lowest terms.", "2/3 + 5/8")
P(F, TB, "Find the exact value of 3½ ÷ 1¾.", "(3 + 1/2)/(1 + 3/4)")
P(F, WS, "(c)   7/12 − 3/4 × 2/9 = ________", "7/12 - (3/4)*(2/9)")
P(F, TE, "Aroha baked a tray of caramel slice for the weekend. She gave 3/10 of the tray to her "
         "neighbours, and her brother's netball team ate another 1/4 of it. What fraction of the tray "
         "is left? Give one simplified fraction.", "1 - 3/10 - 1/4")
P(F, TE, "On the board now: work out $\\frac{5}{6} \\div \\frac{10}{9}$. Keep the first, change to "
         "multiply, flip the second — and cancel before you multiply if you can.", "(5/6)/(10/9)")
P(F, ST, "how do u do 4/5 − 1/3 × 3/2 ?? i keep getting something weird", "4/5 - (1/3)*(3/2)")

# ---------------------------------------------------------------- percentages
F = "percentages"
P(F, TB, "What is 35% of 260?", "35/100 * 260")
P(F, TB, "A bicycle normally costs $480. In a sale its price is reduced by 15%. Find the sale price.",
  "480*(1 - 15/100)")
P(F, WS, "5)  Increase 72 kg by 12.5 %.      ______ kg", "72*(1 + 12.5/100)")
P(F, TE, "Right, exam technique. Chiara scored 54 out of 72 on her mock paper. Write her mark as a "
         "percentage — and yes, calculators are allowed for this one.", "54/72 * 100")
P(F, TE, "The population of a hill village grew from 1250 to 1400. Work out the percentage increase.\n"
         "(Careful: divide the change by the ORIGINAL population, not the new one.)",
  "(1400 - 1250)/1250 * 100")
P(F, ST, "pls help, 18 percent of 350 is what", "18/100 * 350")

# ---------------------------------------------------------------- linear-one-step
F = "linear-one-step"
P(F, TB, "Solve the equation m − 17 = −4.", "m - 17 = -4", "m")
P(F, TB, "Find the value of k for which 9k = −63.", "9k = -63", "k")
P(F, WS, "2)   p/6 = 4.5        p = ____", "p/6 = 4.5", "p")
P(F, TE, "We'll start gently. Solve 42 = y + 58. Notice the letter is on the right-hand side this time — "
         "that changes nothing about the method.", "42 = y + 58", "y")
P(F, TE, "Solve −5t = 12. Leave the answer as a fraction rather than a decimal, please.", "-5t = 12", "t")
P(F, ST, "x + 3.7 = 10 wat is x", "x + 3.7 = 10", "x", ans="x = 6.3")

# ---------------------------------------------------------------- linear-two-step
F = "linear-two-step"
P(F, TB, "Solve 4x + 9 = 37.", "4x + 9 = 37", "x")
P(F, TB, "Find n if 11 − 3n = 26.", "11 - 3n = 26", "n")
P(F, WS, "Q7.  0.5a − 3 = 8 ;   a = ?", "0.5a - 3 = 8", "a")
P(F, TE, "Think of it as undoing: the last thing that happened to w was adding 7, so undo that first. "
         "Solve 2w + 7 = 4. Some of you will get a negative fraction; that is allowed.", "2w + 7 = 4", "w")
P(F, TE, "Tomás has €50. He buys a scarf for €14 and then some badges at €4 each, which uses up all of "
         "his money. Let b be the number of badges. Write an equation and solve it for b.",
  "14 + 4b = 50", "b")
P(F, ST, "stuck on 7 = 3z - 8 can someone explain", "7 = 3z - 8", "z")

# ---------------------------------------------------------------- linear-brackets
F = "linear-brackets"
P(F, TB, "Solve 3(x − 4) = 21.", "3(x - 4) = 21", "x")
P(F, TB, "Solve for r:  −2(5 − r) = 9.", "-2(5 - r) = 9", "r")
P(F, WS, "(d)   6(2k + 1) = 42        k = ______", "6(2k + 1) = 42", "k")
P(F, TE, "Multiply out the bracket first, then solve: 4(3 − y) + 2 = 30. Don't let the minus sign "
         "inside the bracket catch you out.", "4(3 - y) + 2 = 30", "y")
P(F, TE, "Sofia picks a number. She takes 6 away from it, multiplies the result by 5 and gets 65. "
         "Call her number n, write this as an equation with a bracket, and find n.", "5(n - 6) = 65", "n")
P(F, ST, "5(2x+3)=0 how?? my teacher said my answer was wrong", "5(2x + 3) = 0", "x")

# ---------------------------------------------------------------- linear-both-sides
F = "linear-both-sides"
P(F, TB, "Solve 7x − 5 = 3x + 11.", "7x - 5 = 3x + 11", "x")
P(F, TB, "Solve the equation 9 − 2a = 5a + 30 for a.", "9 - 2a = 5a + 30", "a")
P(F, WS, "3.   1.5m + 4 = 0.5m − 6\n     m = ?", "1.5m + 4 = 0.5m - 6", "m")
P(F, TE, "Balance-scales idea: gather the letters on one side first. Solve 8p + 3 = 2p + 20.\n"
         "I'd take the smaller number of p's away from both sides.", "8p + 3 = 2p + 20", "p")
P(F, TE, "Kwame has saved 40 pounds and adds 6 pounds every week. Yusuf has 10 pounds and adds 11 pounds "
         "every week. After how many weeks w will they have the same amount? Solve an equation, don't "
         "just guess and check.", "40 + 6w = 10 + 11w", "w")
P(F, ST, "solve 5-x = 2x+17 pls", "5 - x = 2x + 17", "x")

# ---------------------------------------------------------------- linear-fractions
F = "linear-fractions"
P(F, TB, "Solve (x + 5)/3 = 7.", "(x + 5)/3 = 7", "x")
P(F, TB, "Solve $\\frac{y}{4} - \\frac{y}{6} = 3$.", "y/4 - y/6 = 3", "y")
P(F, WS, "8)   (2t − 1)/5 = t/3          t = ____", "(2t - 1)/5 = t/3", "t")
P(F, TE, "The trick for this whole exercise: multiply every single term by the lowest common "
         "denominator, and the fractions disappear. Solve h/2 + 1 = (h − 4)/3.", "h/2 + 1 = (h - 4)/3", "h")
P(F, TE, "Solve for c:   3c/4 − 2 = c/2 + 1/3.\nYour answer may well be an improper fraction — leave it "
         "like that.", "3c/4 - 2 = c/2 + 1/3", "c")
P(F, ST, "x/5 + 2 = x/2   idk how to get rid of the fractions", "x/5 + 2 = x/2", "x")

# ---------------------------------------------------------------- rearrange-formula
F = "rearrange-formula"
P(F, TB, "Make u the subject of the formula v² = u² + 2as.", "v^2 = u^2 + 2a s", "u",
  ans="u = sqrt(v^2 - 2a s)")
P(F, TB, "Rearrange A = ½(a + b)h to make h the subject.", "A = (1/2)(a + b)h", "h", ans="h = 2A/(a + b)")
P(F, WS, "Make C the subject:\n    F = (9/5)C + 32\n    C = __________", "F = (9/5)C + 32", "C",
  ans="C = 5(F - 32)/9")
P(F, TE, "You will meet P = I²R in electricity. Rearrange it to give I in terms of P and R — take the "
         "positive root, because we only want the size of the current.", "P = I^2 R", "I",
  ans="I = sqrt(P/R)")
P(F, TE, "Straight-line graphs again. Starting from y = mx + c, make x the subject.\n"
         "Hint: what was the last thing that happened to x?", "y = m x + c", "x", ans="x = (y - c)/m")
P(F, ST, "how do i make r the subject of V = πr²h ??", "V = pi r^2 h", "r", ans="r = sqrt(V/(pi h))")

# ---------------------------------------------------------------- simplify-expression
F = "simplify-expression"
P(F, TB, "Simplify 5a + 3b − 2a + 7b − b.", "5a + 3b - 2a + 7b - b", ans="3a + 9b")
P(F, TB, "Simplify fully: 4x² − 3x + 2x² + 8x − 6.", "4x^2 - 3x + 2x^2 + 8x - 6", ans="6x^2 + 5x - 6")
P(F, WS, "Collect like terms.\n(a)  7mn − 2m + 3nm + 5m = ____________", "7m n - 2m + 3n m + 5m",
  ans="10m n + 3m")
P(F, TE, "Like terms only! Simplify 3p²q + 4pq² − p²q + 2pq². Remember p²q and pq² are NOT like terms, "
         "however similar they look.", "3p^2 q + 4p q^2 - p^2 q + 2p q^2", ans="2p^2 q + 6p q^2")
P(F, TE, "Watch the signs on this one and write the y term first: simplify 6y − 2 + 9 − 11y + y.",
  "6y - 2 + 9 - 11y + y", ans="-4y + 7")
P(F, ST, "can someone simplify 3x + 4 − x + 2x − 10 for me thx", "3x + 4 - x + 2x - 10", ans="4x - 6")

# ---------------------------------------------------------------- expand-brackets
F = "expand-brackets"
P(F, TB, "Expand and simplify (x + 6)(x − 2).", "(x + 6)(x - 2)", ans="x^2 + 4x - 12")
P(F, TB, "Multiply out (3t − 5)².", "(3t - 5)^2", ans="9t^2 - 30t + 25")
P(F, WS, "Expand:   4y(2y − 7) = ____________", "4y(2y - 7)", ans="8y^2 - 28y")
P(F, TE, "Use FOIL or the grid, whichever you like. Expand (2a + 3)(a − 4) and collect the like terms.",
  "(2a + 3)(a - 4)", ans="2a^2 - 5a - 12")
P(F, TE, "A difference of two squares is hiding here. Expand (5k + 1)(5k − 1) and notice what happens "
         "to the middle terms.", "(5k + 1)(5k - 1)", ans="25k^2 - 1")
P(F, ST, "expand (x-3)(x+3)(x+1)?? thats 3 brackets how", "(x - 3)(x + 3)(x + 1)", ans="x^3 + x^2 - 9x - 9")

# ---------------------------------------------------------------- factorise-quadratic
F = "factorise-quadratic"
P(F, TB, "Factorise x² + 7x + 12.", "x^2 + 7x + 12", ans="(x + 3)(x + 4)")
P(F, TB, "Factorise completely 2x² − 8x − 42.", "2x^2 - 8x - 42", ans="2(x - 7)(x + 3)")
P(F, WS, "6)  Factorise:   y² − 11y + 28", "y^2 - 11y + 28", ans="(y - 4)(y - 7)")
P(F, TE, "Factorise 6m² + m − 2. Hint: look for two numbers that multiply to −12 and add to 1, then "
         "split the middle term.", "6m^2 + m - 2", ans="(2m - 1)(3m + 2)")
P(F, TE, "The next few are differences of two squares, even the ones written backwards. "
         "Factorise 49 − n².", "49 - n^2", ans="(7 - n)(7 + n)")
P(F, ST, "factorise x^2 - 2x - 35 plz", "x^2 - 2x - 35", ans="(x - 7)(x + 5)")

# ---------------------------------------------------------------- exponent-rules
F = "exponent-rules"
P(F, TB, "Simplify x⁵ × x³, giving your answer as a single power of x.", "x^5 * x^3", ans="x^8")
P(F, TB, "Write (a⁴)³ ÷ a⁷ as a single power of a.", "(a^4)^3 / a^7", ans="a^5")
P(F, WS, "Simplify.\n  (i)   y⁹ ÷ y⁻² = ______", "y^9 / y^(-2)", ans="y^11")
P(F, TE, "Index laws: multiplying means add the powers, dividing means subtract them. "
         "Simplify (p³ × p⁶)/p⁴.", "(p^3 * p^6)/p^4", ans="p^5")
P(F, TE, "Numbers first, then the indices: simplify 3t² × 5t⁴.", "3t^2 * 5t^4", ans="15t^6")
P(F, ST, "whats (m^2)^-3 simplified? negative powers confuse me", "(m^2)^(-3)", ans="m^(-6)")

# ---------------------------------------------------------------- derivative-power-rule
F = "derivative-power-rule"
P(F, TB, "Differentiate $y = 4x^3 - 5x^2 + 2x - 9$ with respect to $x$.", "4x^3 - 5x^2 + 2x - 9", "x",
  ans="12x^2 - 10x + 2")
P(F, TB, "Find f′(x) when f(x) = x⁴ − 3/x.", "x^4 - 3/x", "x", ans="4x^3 + 3/x^2")
P(F, WS, "d/dt (7t⁵ + t) = ____________", "7t^5 + t", "t", ans="35t^4 + 1")
P(F, TE, "Bring the power down, then knock one off it. Find dy/dx for y = ½x⁶ − 8x + 3.",
  "(1/2)x^6 - 8x + 3", "x", ans="3x^5 - 8")
P(F, TE, "A bit of physics crossover: a ball's height in metres is h = 30t − 4.9t², with t in seconds. "
         "Differentiate h with respect to t to get an expression for its velocity. We'll use it "
         "tomorrow to find the top of the flight.", "30t - 4.9t^2", "t", ans="30 - 9.8t")
P(F, ST, "derivative of 2x^3 - x^2/2 + 1 ?", "2x^3 - x^2/2 + 1", "x", ans="6x^2 - x")

# ---------------------------------------------------------------- derivative-product-rule
F = "derivative-product-rule"
P(F, TB, "Use the product rule to differentiate y = x² sin x.", "x^2 sin(x)", "x",
  ans="2x sin(x) + x^2 cos(x)")
P(F, TB, "Differentiate f(x) = (3x + 1)(x² − 4) using the product rule, and simplify your answer.",
  "(3x + 1)(x^2 - 4)", "x", ans="9x^2 + 2x - 12")
P(F, WS, "Product rule.    y = x⁴eˣ        dy/dx = ?", "x^4 e^x", "x", ans="4x^3 e^x + x^4 e^x")
P(F, TE, "Product rule: u′v + uv′. Here u = x and v = ln x. Differentiate y = x ln x.", "x ln(x)", "x",
  ans="ln(x) + 1")
P(F, TE, "Differentiate g(t) = t³ cos t with respect to t. Label u and v clearly — I want to see the "
         "product rule written out, not just the answer.", "t^3 cos(t)", "t",
  ans="3t^2 cos(t) - t^3 sin(t)")
P(F, ST, "how do i differentiate (x+2)e^x , is it product rule??", "(x + 2)e^x", "x", ans="(x + 3)e^x")

# ---------------------------------------------------------------- derivative-chain-rule
F = "derivative-chain-rule"
P(F, TB, "Differentiate y = (2x − 7)⁵.", "(2x - 7)^5", "x", ans="10(2x - 7)^4")
P(F, TB, "Find dy/dx when y = √(4x² + 1).", "sqrt(4x^2 + 1)", "x", ans="4x/sqrt(4x^2 + 1)")
P(F, WS, "(b)   f(x) = sin(3x²)        f′(x) = ______________", "sin(3x^2)", "x", ans="6x cos(3x^2)")
P(F, TE, "Chain rule: differentiate the outside, leave the inside alone, then multiply by the "
         "derivative of the inside. Try it on y = e^(5x − 2).", "e^(5x - 2)", "x", ans="5e^(5x - 2)")
P(F, TE, "Differentiate s = (1 − 3t)⁻² with respect to t. A negative power doesn't change the method "
         "one bit.", "(1 - 3t)^(-2)", "t", ans="6(1 - 3t)^(-3)")
P(F, ST, "d/dx of cos(x^3) ??? chain rule confuses me", "cos(x^3)", "x", ans="-3x^2 sin(x^3)")

# ---------------------------------------------------------------- quadratic-square-root
F = "quadratic-square-root"
P(F, TB, "Solve 3x² = 48.", "3x^2 = 48", "x")
P(F, TB, "Solve the equation 2y² − 7 = 43.", "2y^2 - 7 = 43", "y")
P(F, WS, "4)   a² + 6 = 20        a = ______", "a^2 + 6 = 20", "a", ans="a = sqrt(14) or a = -sqrt(14)")
P(F, TE, "No formula needed — get the square on its own, then square-root both sides, and remember "
         "there are two answers. Solve 5k² − 1 = 19.", "5k^2 - 1 = 19", "k")
P(F, TE, "A square patio covers 12.25 m². If each side is s metres long, then s² = 12.25. Solve that "
         "equation and give both roots, even though only one of them can be a length.", "s^2 = 12.25", "s",
  ans="s = 3.5 or s = -3.5")
P(F, ST, "x^2/4 = 9 how do i get x, is it just 6", "x^2/4 = 9", "x")

# ---------------------------------------------------------------- quadratic-factoring
F = "quadratic-factoring"
P(F, TB, "Solve x² − 5x + 6 = 0 by factorising.", "x^2 - 5x + 6 = 0", "x")
P(F, TB, "Solve by factorisation: 2n² + 5n − 3 = 0.", "2n^2 + 5n - 3 = 0", "n", ans="n = 1/2 or n = -3")
P(F, WS, "Q2.   t² + t = 12        t = ____  or  t = ____", "t^2 + t = 12", "t")
P(F, TE, "Make one side zero first, then factorise. Solve z² = 9z.\n(Dividing both sides by z throws "
         "a solution away — so don't!)", "z^2 = 9z", "z")
P(F, TE, "Mei Ling's rectangular vegetable patch is 3 m longer than it is wide, and its area is 40 m². "
         "With width w this gives w(w + 3) = 40. Solve for w by factorising and give both solutions of "
         "the equation.", "w(w + 3) = 40", "w")
P(F, ST, "x^2+10x+25=0 factor it and solve? i only get one answer is that ok", "x^2 + 10x + 25 = 0", "x")

# ---------------------------------------------------------------- quadratic-formula
F = "quadratic-formula"
P(F, TB, "Use the quadratic formula to solve x² + 4x − 1 = 0, leaving your answers in surd form.",
  "x^2 + 4x - 1 = 0", "x", ans="x = -2 + sqrt(5) or x = -2 - sqrt(5)")
P(F, TB, "Solve 3x² − 2x − 7 = 0, giving exact answers.", "3x^2 - 2x - 7 = 0", "x",
  ans="x = (1 + sqrt(22))/3 or x = (1 - sqrt(22))/3")
P(F, WS, "11)   $2p^2 + 6p + 3 = 0$        p = ________  (exact)", "2p^2 + 6p + 3 = 0", "p",
  ans="p = (-3 + sqrt(3))/2 or p = (-3 - sqrt(3))/2")
P(F, TE, "a, b and c first, then the discriminant, then the formula. Solve m² − 6m + 4 = 0 and "
         "simplify any surds.", "m^2 - 6m + 4 = 0", "m", ans="m = 3 + sqrt(5) or m = 3 - sqrt(5)")
P(F, TE, "This one will not factorise nicely, so reach for the formula: 5y² + y − 2 = 0. Exact values, "
         "please, not decimals.", "5y^2 + y - 2 = 0", "y",
  ans="y = (-1 + sqrt(41))/10 or y = (-1 - sqrt(41))/10")
P(F, ST, "quadratic formula on x^2 - 3x - 5 = 0 pls, my answers look weird", "x^2 - 3x - 5 = 0", "x",
  ans="x = (3 + sqrt(29))/2 or x = (3 - sqrt(29))/2")

# ---------------------------------------------------------------- system-elimination
F = "system-elimination"
P(F, TB, "Solve the simultaneous equations 3x + 2y = 16 and 5x − 2y = 0.", "3x + 2y = 16; 5x - 2y = 0",
  "x,y")
P(F, TB, "Solve simultaneously:\n2a + 3b = 1\n4a − b = 9", "2a + 3b = 1; 4a - b = 9", "a,b")
P(F, WS, "Simultaneous equations (eliminate one letter):\n   x + y = 11\n   x − y = −3\n"
         "x = ____ ,  y = ____", "x + y = 11; x - y = -3", "x,y")
P(F, TE, "Line the two equations up and decide which letter to get rid of: 4m + 3n = 5 and "
         "2m + 5n = −1. Doubling the second equation is a good start.", "4m + 3n = 5; 2m + 5n = -1", "m,n")
P(F, TE, "At the cinema Dmitri pays £39 for 2 adult and 3 child tickets, while Priya pays £32 for 1 adult "
         "and 4 child tickets. Let a be the price of an adult ticket and c the price of a child ticket. "
         "Find a and c.", "2a + 3c = 39; a + 4c = 32", "a,c")
P(F, ST, "solve 2x+5y=3 and 3x-5y=17 by elimination, its for hw due tmrw", "2x + 5y = 3; 3x - 5y = 17", "x,y")

# ---------------------------------------------------------------- out of scope (6 per style)
OUT(TB, "Solve x³ − 6x² + 11x − 6 = 0.", "cubic-equation")
OUT(TB, "Find ∫ (3x² + 4x) dx.", "integration")
OUT(TB, "Solve the inequality 5x − 3 > 2x + 9.", "inequality")
OUT(TB, "Solve the simultaneous equations x + y + z = 6, 2x − y + z = 3 and x + 2y − z = 2.",
    "three-unknown-system")
OUT(TB, "Solve log₃(2x − 1) = 2.", "logarithm-equation")
OUT(TB, "A right-angled triangle has shorter sides of 5 cm and 12 cm. Find the length of its hypotenuse.",
    "pythagoras")
OUT(WS, "Q9.   ∫₀² x³ dx = ______", "definite-integral")
OUT(WS, "3)   Solve:  4 − 3n ≤ 19", "inequality")
OUT(WS, "(e)   5^(x + 1) = 125        x = ____", "exponential-equation")
OUT(WS, "7)  Find the mean of 12, 15, 9, 20, 14.", "statistics")
OUT(WS, "Differentiate (quotient rule):   y = (x² + 1)/(x − 3)", "quotient-rule")
OUT(WS, "Q11.  Solve 2 sin θ = 1 for 0° ≤ θ ≤ 360°.", "trigonometric-equation")
OUT(TE, "We've done quadratics to death, so here is a stretch: solve x³ = 4x.\n(Hint: whatever you do, "
        "don't divide by x!)", "cubic-equation")
OUT(TE, "Integration undoes differentiation. Find the integral of 6x² − 2 with respect to x, and don't "
        "forget the constant.", "integration")
OUT(TE, "Probability starter: a fair six-sided dice is rolled twice. What is the probability that the "
        "two scores add up to 7?", "probability")
OUT(TE, "Prove that the sum of any three consecutive integers is a multiple of 3. I want a proper "
        "algebraic proof, not a list of examples.", "proof")
OUT(TE, "Find the limit of (x² − 4)/(x − 2) as x tends to 2. Factorising the top will help you here.",
    "limit")
OUT(TE, "Solve 3|x − 1| = 12. Remember an absolute value gives you two cases to look at.", "absolute-value")
OUT(ST, "how do i integrate x^2 e^x ?? is it integration by parts", "integration")
OUT(ST, "solve e^(2x) = 7 idk what to do with the e", "exponential-equation")
OUT(ST, "x^3 - 27 = 0 how to solve", "cubic-equation")
OUT(ST, "wat is the area of a circle with radius 6cm", "area")
OUT(ST, "can u find the inverse of the matrix [[2, 1], [5, 3]] pls", "matrices")
OUT(ST, "x^2 + y^2 = 25 find dy/dx using implicit differentiation?", "implicit-differentiation")


def main():
    out = Path(__file__).with_name("part-a.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for i, r in enumerate(ROWS, 1):
            f.write(json.dumps(dict({"id": f"h3-a{i:03d}"}, **r), ensure_ascii=False) + "\n")
    print(f"{len(ROWS)} lines -> {out}")


if __name__ == "__main__":
    main()
