#!/usr/bin/env python3
"""Writes handwritten-5.jsonl: a sealed, hand-written measuring set (session 23).

Every problem text below was typed by hand for this file, in four voices (textbook, worksheet, teacher, student);
none is copied from a textbook, a question bank, a data set, another hand-written set or Stepwise's generators.
The answers are not typed: sympy computes them here, from `start` (solve, evaluate, solve-system) or by solving the
physics `formula` for `unknown` with the SI `givens`. Where an answer has to be written by hand (an expression, a
derivative, a factorised form, a new subject), the script stops unless sympy agrees with it.

    python3 models/eval/make_handwritten5.py            # writes models/eval/handwritten-5.jsonl (byte for byte the same)

Never train or tune on the file this writes (models/eval/README.md, "handwritten-5.jsonl (session 23)").
"""
import json
from collections import Counter
from decimal import Decimal
from pathlib import Path

import sympy as sp
from sympy.parsing.sympy_parser import (
    parse_expr, standard_transformations, implicit_multiplication_application, convert_xor)

TR = standard_transformations + (implicit_multiplication_application, convert_xor)
LOCAL = {"e": sp.E, "ln": sp.log, "pi": sp.pi, "sqrt": sp.sqrt, "sin": sp.sin, "cos": sp.cos, "tan": sp.tan,
         "exp": sp.exp}

TASK = {
    "integer-arithmetic": "evaluate", "fraction-arithmetic": "evaluate", "percentages": "percentage",
    "linear-one-step": "solve", "linear-two-step": "solve", "linear-brackets": "solve", "linear-both-sides": "solve",
    "linear-fractions": "solve", "rearrange-formula": "rearrange", "simplify-expression": "simplify",
    "expand-brackets": "expand", "factorise-quadratic": "factorise", "exponent-rules": "simplify",
    "derivative-power-rule": "differentiate", "derivative-product-rule": "differentiate",
    "derivative-chain-rule": "differentiate", "quadratic-square-root": "solve", "quadratic-factoring": "solve",
    "quadratic-formula": "solve", "system-elimination": "solve-system", "system-substitution": "solve-system",
}
PHYSICS = ["speed", "acceleration", "newtons-second-law", "weight", "momentum", "kinetic-energy", "potential-energy",
           "work-done", "power", "pressure", "ohms-law", "resistors", "electrical-power", "free-fall", "suvat", "impulse",
           "friction-level", "density", "wave-speed"]
FAMILIES = list(TASK) + PHYSICS
STYLES = {"tb": "textbook", "ws": "worksheet", "te": "teacher", "st": "student"}

ITEMS = []   # (record, wordy)


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
    return sp.simplify(sp.expand(a - b)) == 0


def num(q, decimals):
    """An exact number as a person writes it: whole, a decimal where it terminates and the problem uses decimals,
    else a fraction; a surd over one denominator, as on paper ((3 + sqrt(41))/4)."""
    q = sp.nsimplify(q)
    if q.is_Rational:
        if q.is_Integer:
            return str(q)
        den = int(q.q)
        while den % 2 == 0:
            den //= 2
        while den % 5 == 0:
            den //= 5
        if decimals and den == 1:
            return format(Decimal(int(q.p)) / Decimal(int(q.q)), "f")
        return f"{q.p}/{q.q}"
    roots = [a for a in q.atoms(sp.Pow) if a.exp == sp.Rational(1, 2)]
    if len(roots) == 1:  # p + k·√n, written over one denominator as on paper: (3 + sqrt(41))/4
        r = roots[0]
        k = q.coeff(r)
        c = sp.nsimplify(q - k * r)
        if c.is_Rational and k.is_Rational:
            d = sp.ilcm(c.q, k.q)
            a, b = c * d, k * d
            root = f"sqrt({r.base})" if abs(b) == 1 else f"{abs(b)}sqrt({r.base})"
            top = (f"{a} {'+' if b > 0 else '-'} {root}" if a != 0 else ("-" if b < 0 else "") + root)
            text = top if d == 1 else f"({top})/{d}"
            assert sp.simplify(ex(text) - q) == 0, (text, q)
            return text
    return sp.sstr(q).replace("**", "^")


def record(style, text, family, task, start, unknown, answer, givens=None, formula=None, topic=None):
    return {"id": None, "style": STYLES[style], "text": text, "family": family, "task": task, "start": start,
            "unknown": unknown, "answer": answer, "givens": givens, "formula": formula, "topic": topic}


def M(family, style, text, start, unknown=None, hand=None, wordy=False):
    """A math problem. `hand` is the answer written by hand where it is an expression (checked by sympy here)."""
    task = TASK[family]
    dec = "." in start
    if task in ("evaluate", "percentage"):
        v = ex(start)
        answer = {"kind": "numeric", "value": num(v, dec)}
        if hand is not None:
            assert same(v, ex(hand)), (text, hand, v)
    elif task == "solve":
        x = sp.Symbol(unknown)
        sols = sorted(sp.solve(eq(start), x), key=float)
        assert sols and all(s.is_real for s in sols), (text, sols)
        if family.startswith("quadratic"):
            value = " or ".join(f"{unknown} = {num(s, dec)}" for s in sols)
            answer = {"kind": "set", "value": value}
        else:
            assert len(sols) == 1, (text, sols)
            answer = {"kind": "equation", "value": f"{unknown} = {num(sols[0], dec)}"}
        if hand is not None:
            assert hand == answer["value"], (text, hand, answer)
    elif task in ("simplify", "expand", "factorise"):
        s, a = ex(start), ex(hand)
        assert same(s, a), (text, hand, sp.simplify(s))
        answer = {"kind": "expression", "value": hand}
        if task == "expand":
            assert sp.expand(a) == a, (text, hand)
            answer["form"] = "expanded"
        if task == "factorise":
            assert not isinstance(a, sp.Add) and sp.factor(a) == sp.factor(s) != sp.expand(s), (text, hand)
            answer["form"] = "factored"
    elif task == "differentiate":
        d = sp.diff(ex(start), sp.Symbol(unknown))
        assert same(d, ex(hand)), (text, hand, d)
        answer = {"kind": "expression", "value": hand}
    elif task == "rearrange":
        v = sp.Symbol(unknown, positive=True)
        loc = {unknown: v}
        sols = sp.solve(eq(start, loc), v)
        lhs, rhs = hand.split("=")
        assert lhs.strip() == unknown and any(same(s, ex(rhs, loc)) for s in sols), (text, hand, sols)
        answer = {"kind": "equation", "value": hand}
    elif task == "solve-system":
        names = unknown.split(",")
        syms = [sp.Symbol(n) for n in names]
        sol = sp.solve([eq(p) for p in start.split(";")], syms, dict=True)
        assert len(sol) == 1, (text, sol)
        answer = {"kind": "system", "values": {n: num(sol[0][s], dec) for n, s in zip(names, syms)}}
        if hand is not None:
            assert hand == answer["values"], (text, hand, answer)
    else:
        raise ValueError(task)
    ITEMS.append((record(style, text, family, task, start, unknown, answer), wordy))


def quantity(v, unit):
    """Exact where it has six significant figures or fewer, else three; plain decimal notation."""
    v = sp.nsimplify(v)
    d = Decimal(str(sp.N(v, 30)))
    exact = v.is_Rational and len(d.normalize().as_tuple().digits) <= 6 and sp.Rational(str(d.normalize())) == v
    if not exact:
        d = Decimal(f"{float(v):.3g}")
    s = format(d.normalize(), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return f"{s} {unit}" if unit else s


def P(family, style, text, givens, formula, unknown, unit, wordy=False):
    """A physics problem: givens in SI as 'symbol=value unit' strings; the answer is solved from `formula`."""
    assert family in PHYSICS
    gs = []
    for g in givens.split(";"):
        sym, val = g.split("=")
        gs.append({"symbol": sym.strip(), "value": val.strip()})
    loc = {g["symbol"]: sp.Symbol(g["symbol"]) for g in gs}
    loc[unknown] = sp.Symbol(unknown)
    for n in ("E", "I", "S", "N", "Q", "lam", "mu", "rho", "F_net", "R1", "R2", "J"):
        loc.setdefault(n, sp.Symbol(n))
    tr = standard_transformations + (convert_xor,)
    lhs, rhs = (parse_expr(side, local_dict=loc, transformations=tr) for side in formula.split("="))
    subs = {loc[g["symbol"]]: sp.nsimplify(g["value"].split(" ")[0]) for g in gs}
    left = (lhs - rhs).subs(subs).free_symbols
    assert left == {loc[unknown]}, (text, left)
    sols = [s for s in sp.solve(sp.Eq(lhs, rhs).subs(subs), loc[unknown]) if s.is_real]
    if len(sols) > 1:
        sols = [s for s in sols if s > 0]
    assert len(sols) == 1, (text, sols)
    answer = {"kind": "numeric" if not unit else "quantity", "value": quantity(sols[0], unit), "tolerance": "1%"}
    ITEMS.append((record(style, text, family, "physics", None, unknown, answer, gs, formula), wordy))


def O(style, topic, text, wordy=False):
    ITEMS.append((record(style, text, None, None, None, None, None, topic=topic), wordy))


# ---------------------------------------------------------------- arithmetic and percentages
F = "integer-arithmetic"
M(F, "tb", "Evaluate −8 + 3 × (−4).", "-8 + 3*(-4)")
M(F, "ws", "Q4.   (−6)² − 4 × 5 = ______", "(-6)^2 - 4*5")
M(F, "te", "A class is asked to work out 48 ÷ (−6) + 9 without a calculator. Several of them get 16 because they add "
           "before they divide. What is the correct value?", "48/(-6) + 9", wordy=True)
M(F, "te", "Quick warm-up before we start the unit on negative numbers, no calculators please! Find the value of "
           "15 − 4 × 6 ÷ 3.", "15 - 4*6/3")
M(F, "st", "whats -3 - (-11)", "-3 - (-11)")
M(F, "st", "how do i do 7 × (−2)³ i keep getting a positive number", "7*(-2)^3")

F = "fraction-arithmetic"
M(F, "tb", "Calculate 5/6 − 3/8, giving your answer as a fraction in its simplest form.", "5/6 - 3/8")
M(F, "ws", "3.   ¾ × 10/9 = ?", "3/4 * 10/9")
M(F, "ws", "(b)   7/8 ÷ ¼", "(7/8) / (1/4)")
M(F, "te", "Tomás's homework says: \"Add one and a half to two thirds and leave your answer as a top-heavy "
           "fraction.\" He isn't sure what to do with the mixed number. What should he get?", "3/2 + 2/3", wordy=True)
M(F, "te", "Remind the group that a negative fraction behaves like any other negative number, then ask them for "
           "−3/4 + 5/6.", "-3/4 + 5/6")
M(F, "st", "what is 2/5 of 3/4", "2/5 * 3/4")

F = "percentages"
M(F, "tb", "Find 35% of 260.", "35/100 * 260")
M(F, "ws", "Shopping maths, question 3. A gym charges £80 a month and puts its price up by 12.5%. What is the "
           "new monthly price in pounds?", "80 * (1 + 12.5/100)", wordy=True)
M(F, "te", "Ngozi's worksheet says a jacket that cost £350 is reduced by 20% in a sale and asks for the sale price. "
           "Her cousin paid £300 for the same jacket last year, but that is not part of the question. What is the "
           "sale price in pounds?", "350 * (1 - 20/100)", wordy=True)
M(F, "te", "Ask the class: Kofi scored 18 out of 72 on a quiz. What percentage did he get?", "18/72 * 100")
M(F, "tb", "A meal costs $45 before a service charge of 8% is added. Find the total cost in dollars.", "45 * 1.08")
M(F, "st", "after 20% off a game costs 64 dollars, what was the original price??", "64 / (1 - 20/100)")

# ---------------------------------------------------------------- linear equations
F = "linear-one-step"
M(F, "tb", "Solve 4t = 26.", "4t = 26", "t")
M(F, "ws", "1)   n ÷ 5 = −3        n = ______", "n/5 = -3", "n")
M(F, "te", "Start with something gentle: −6 = k + 11. Solve it for k, and make sure everyone ends with k on the "
           "left.", "-6 = k + 11", "k")
M(F, "te", "Mariam's teacher writes y − 2.5 = 4.1 on the board and asks the class which value of y makes it true. "
           "What is y?", "y - 2.5 = 4.1", "y", wordy=True)
M(F, "st", "0.4m = 6 solve for m", "0.4m = 6", "m")
M(F, "tb", "Solve the equation 19 = p + 23.", "19 = p + 23", "p")

F = "linear-two-step"
M(F, "tb", "Solve 5a − 8 = 9.", "5a - 8 = 9", "a")
M(F, "ws", "Solve:   (i)   20 = 3w − 4", "20 = 3w - 4", "w")
M(F, "te", "Here is one to try in pairs, then we'll compare methods: 7 − 2x = 15. What value of x works?",
  "7 - 2x = 15", "x")
M(F, "te", "A class is asked to solve x/4 − 3 = 2. Half of them multiply by 4 first and get muddled. Show them the "
           "right order and find x.", "x/4 - 3 = 2", "x", wordy=True)
M(F, "st", "0.5p + 1.5 = 4 how do i get p", "0.5p + 1.5 = 4", "p")
M(F, "ws", "Q2    6 + 9h = 42", "6 + 9h = 42", "h")

F = "linear-brackets"
M(F, "tb", "Solve 4(y + 3) = 10.", "4(y + 3) = 10", "y")
M(F, "ws", "−2(3 − k) = 14.      k = ______", "-2(3 - k) = 14", "k")
M(F, "te", "Watch out for the minus sign inside the bracket in this one; lots of you lost marks on it last week. "
           "Solve 7(2 − z) = 21.", "7(2 - z) = 21", "z")
M(F, "te", "Luca's homework says: \"Expand the brackets and solve 2(x + 1) + 3(x − 4) = 8.\" He has expanded "
           "them but doesn't know what to do next. Find x.", "2(x + 1) + 3(x - 4) = 8", "x", wordy=True)
M(F, "st", "18 = 6(p − 1.5) what is p", "18 = 6(p - 1.5)", "p")
M(F, "ws", "Solve for n:     5(2n − 1) = 3(n + 4)", "5(2n - 1) = 3(n + 4)", "n")

F = "linear-both-sides"
M(F, "tb", "Solve 4 − 3a = a + 18.", "4 - 3a = a + 18", "a")
M(F, "ws", "(c)    8b + 1 = 3b − 14", "8b + 1 = 3b - 14", "b")
M(F, "te", "Remember to collect the letters on the side that has more of them. Try 9 − y = 3y − 1.",
  "9 - y = 3y - 1", "y")
M(F, "te", "Aroha's group wrote the equation 0.6t + 2 = 0.2t + 5 to find when two candles are the same height. "
           "Solve it for t.", "0.6t + 2 = 0.2t + 5", "t", wordy=True)
M(F, "st", "7c - 4 = 11 + 2c", "7c - 4 = 11 + 2c", "c")
M(F, "st", "how to solve 5x−3=2x+12 when theres x on both sides", "5x - 3 = 2x + 12", "x")

F = "linear-fractions"
M(F, "tb", "Solve $\\frac{2y - 1}{5} = \\frac{y + 4}{3}$.", "(2y - 1)/5 = (y + 4)/3", "y")
M(F, "ws", "x/2 + x/3 = 10,     x = ?", "x/2 + x/3 = 10", "x")
M(F, "te", "This one has two fractions with different denominators, so multiply every term by 6 first. Solve "
           "(t − 2)/3 − (t + 1)/6 = 1.", "(t - 2)/3 - (t + 1)/6 = 1", "t")
M(F, "te", "Fatima's worksheet asks: \"Find m if three quarters of m is 9.\" She writes ¾m = 9 but doesn't know how "
           "to finish. What is m?", "3/4 m = 9", "m", wordy=True)
M(F, "tb", "Find the value of n that satisfies 12/(n − 1) = 4.", "12/(n - 1) = 4", "n")
M(F, "st", "(k+3)/2 = (k-1)/4 help", "(k + 3)/2 = (k - 1)/4", "k")

F = "rearrange-formula"
M(F, "tb", "Rearrange s = (u + v)t/2 to make t the subject.", "s = (u + v)t/2", "t", "t = 2s/(u + v)")
M(F, "ws", "Make r the subject:     A = πr²", "A = pi r^2", "r", "r = sqrt(A/pi)")
M(F, "ws", "P = 2l + 2w.      w = ?", "P = 2l + 2w", "w", "w = (P - 2l)/2")
M(F, "te", "We use this one in science, so it is worth getting right: F = 9C/5 + 32 turns Celsius into "
           "Fahrenheit. Rearrange it to give C in terms of F.", "F = 9C/5 + 32", "C", "C = 5(F - 32)/9")
M(F, "te", "Kenji's physics teacher gives the class the pendulum formula T = 2π√(l/g) and asks them to make l the "
           "subject, so that they can find a length from a timing. What should they get?", "T = 2 pi sqrt(l/g)", "l",
  "l = g T^2/(4 pi^2)", wordy=True)
M(F, "st", "y = mx + c make x the subject", "y = m x + c", "x", "x = (y - c)/m")

# ---------------------------------------------------------------- expressions
F = "simplify-expression"
M(F, "tb", "Simplify 3a + 5b − a + 2b.", "3a + 5b - a + 2b", hand="2a + 7b")
M(F, "tb", "Simplify fully 4(x + 2) − 3x + 1.", "4(x + 2) - 3x + 1", hand="x + 9")
M(F, "ws", "Simplify:    6p² − 2p + 3p² + 5p", "6p^2 - 2p + 3p^2 + 5p", hand="9p^2 + 3p")
M(F, "te", "Collect like terms, and be careful with the signs: the minus belongs to the term after it. "
           "7mn − 3m + 2nm − m", "7mn - 3m + 2nm - m", hand="9mn - 4m")
M(F, "te", "Olga's worksheet says: \"Write 5k − 2(k − 4) in its simplest form.\" She gets 3k − 8. Is that right? "
           "What should it be?", "5k - 2(k - 4)", hand="3k + 8", wordy=True)
M(F, "st", "simplify 2x*3y - xy", "2x*3y - x y", hand="5xy")

F = "expand-brackets"
M(F, "tb", "Expand and simplify (x + 5)(x − 3).", "(x + 5)(x - 3)", hand="x^2 + 2x - 15")
M(F, "ws", "Expand:    3y(2y − 5)", "3y(2y - 5)", hand="6y^2 - 15y")
M(F, "ws", "A worksheet on squaring brackets asks the class to multiply out (2a − 3)². Write the answer without "
           "brackets.", "(2a - 3)^2", hand="4a^2 - 12a + 9", wordy=True)
M(F, "te", "Use the grid method if it helps. Expand (3t + 2)(t − 4) and collect the like terms.", "(3t + 2)(t - 4)",
  hand="3t^2 - 10t - 8")
M(F, "te", "Sven's homework asks him to expand −2(x − 6) + x(x + 1) and simplify. He is worried about the negative "
           "number in front. What is the expanded expression?", "-2(x - 6) + x(x + 1)", hand="x^2 - x + 12",
  wordy=True)
M(F, "st", "how do i expand (m-9)(m+9)", "(m - 9)(m + 9)", hand="m^2 - 81")

F = "factorise-quadratic"
M(F, "tb", "Factorise x² + 7x + 12.", "x^2 + 7x + 12", hand="(x + 3)(x + 4)")
M(F, "tb", "Factorise completely 2x² + 7x + 3.", "2x^2 + 7x + 3", hand="(2x + 1)(x + 3)")
M(F, "ws", "Factorise:    y² − 49", "y^2 - 49", hand="(y - 7)(y + 7)")
M(F, "te", "Look for a common factor first! Factorise 3p² − 12p.", "3p^2 - 12p", hand="3p(p - 4)")
M(F, "te", "A class is asked to factorise n² − 2n − 24. Most of them look for two numbers that multiply to −24 and "
           "add to −2. Write the factorised form.", "n^2 - 2n - 24", hand="(n - 6)(n + 4)", wordy=True)
M(F, "st", "factorise 4x^2 - 9", "4x^2 - 9", hand="(2x - 3)(2x + 3)")

F = "exponent-rules"
M(F, "tb", "Simplify b⁴ × b⁶.", "b^4 * b^6", hand="b^10")
M(F, "ws", "Write as a single power:    x⁹ ÷ x⁴", "x^9 / x^4", hand="x^5")
M(F, "te", "Indices revision: remember what happens when a power is raised to a power. Simplify (2y³)².",
  "(2y^3)^2", hand="4y^6")
M(F, "te", "Samira's homework says: \"Simplify 12m⁵n² ÷ 4m²n.\" She divides the numbers but isn't sure about the "
           "letters. What is the simplified answer?", "12m^5 n^2 / (4m^2 n)", hand="3m^3 n", wordy=True)
M(F, "st", "simplify t^-2 × t^5", "t^-2 * t^5", hand="t^3")
M(F, "st", "(k^4)^3 / k^2 ?", "(k^4)^3 / k^2", hand="k^10")

# ---------------------------------------------------------------- derivatives
F = "derivative-power-rule"
M(F, "tb", "Differentiate y = 4x³ − 2x² + 7 with respect to x.", "4x^3 - 2x^2 + 7", "x", "12x^2 - 4x")
M(F, "tb", "Find f′(t) when f(t) = 5t⁴ − 3t + 8.", "5t^4 - 3t + 8", "t", "20t^3 - 3")
M(F, "ws", "y = 6/x²       dy/dx = ______", "6/x^2", "x", "-12/x^3")
M(F, "te", "Rewrite the root as a power before you start. Differentiate g(s) = 8√s.", "8 sqrt(s)", "s", "4/sqrt(s)")
M(F, "te", "In today's lesson the class is given h(u) = u⁶ − u⁻¹ and asked for its derivative. Nobody may use a "
           "calculator. What is h′(u)?", "u^6 - u^-1", "u", "6u^5 + u^-2", wordy=True)
M(F, "st", "derivative of x^(3/2) + 10x", "x^(3/2) + 10x", "x", "3sqrt(x)/2 + 10")

F = "derivative-product-rule"
M(F, "tb", "Use the product rule to differentiate y = x² sin x.", "x^2 sin(x)", "x", "2x sin(x) + x^2 cos(x)")
M(F, "ws", "d/dx [ x⁴ eˣ ] = ?", "x^4 e^x", "x", "4x^3 e^x + x^4 e^x")
M(F, "te", "Label u and v before you start; it keeps things tidy. Differentiate f(x) = (3x − 1)(x² + 2) using the "
           "product rule.", "(3x - 1)(x^2 + 2)", "x", "9x^2 - 2x + 6")
M(F, "te", "Ana's homework says: \"Find dy/dx for y = x ln x.\" She knows the derivative of ln x but has never met "
           "it multiplied by x. What is dy/dx?", "x ln(x)", "x", "ln(x) + 1", wordy=True)
M(F, "st", "differentiate 5x cos x", "5x cos(x)", "x", "5cos(x) - 5x sin(x)")
M(F, "tb", "Find the derivative of p(r) = r³ ln r.", "r^3 ln(r)", "r", "3r^2 ln(r) + r^2")

F = "derivative-chain-rule"
M(F, "tb", "Differentiate y = (3x + 1)⁵.", "(3x + 1)^5", "x", "15(3x + 1)^4")
M(F, "ws", "f(x) = sin(4x).      f′(x) = ______", "sin(4x)", "x", "4cos(4x)")
M(F, "te", "Inside function, outside function: say it out loud as you go. Differentiate y = e^(x²).", "e^(x^2)", "x",
  "2x e^(x^2)")
M(F, "te", "Dmitri's worksheet asks for the derivative of √(1 + 4t) with respect to t. He writes 1/(2√(1 + 4t)) and "
           "has forgotten something. What is the correct derivative?", "sqrt(1 + 4t)", "t", "2/sqrt(1 + 4t)",
  wordy=True)
M(F, "st", "chain rule on (1 - x^2)^3??", "(1 - x^2)^3", "x", "-6x(1 - x^2)^2")
M(F, "tb", "Find dy/dx when y = ln(5x + 2).", "ln(5x + 2)", "x", "5/(5x + 2)")

# ---------------------------------------------------------------- quadratics
F = "quadratic-square-root"
M(F, "tb", "Solve 3x² = 48.", "3x^2 = 48", "x")
M(F, "ws", "Solve:   (a)   (x − 3)² = 25", "(x - 3)^2 = 25", "x")
M(F, "te", "No need to expand the bracket here; take the square root of both sides and don't lose the negative "
           "root. Solve (2k + 1)² = 9.", "(2k + 1)^2 = 9", "k")
M(F, "te", "Priya's teacher asks the class to solve p² − 13 = 0 and to leave the answers as surds. What are the "
           "solutions?", "p^2 - 13 = 0", "p", wordy=True)
M(F, "st", "2y^2 = 50 solve", "2y^2 = 50", "y")
M(F, "st", "how do you solve (m+4)^2 = 7", "(m + 4)^2 = 7", "m")

F = "quadratic-factoring"
M(F, "tb", "Solve x² − 9x + 20 = 0 by factorising.", "x^2 - 9x + 20 = 0", "x")
M(F, "ws", "Solve    2t² − 7t + 3 = 0", "2t^2 - 7t + 3 = 0", "t")
M(F, "te", "Don't divide both sides by x here, or you'll lose a solution! Solve x² = 6x.", "x^2 = 6x", "x")
M(F, "te", "The class has been factorising all week. Today Musa's group is given n² + n = 12 and asked for every "
           "value of n that works. What are they?", "n^2 + n = 12", "n", wordy=True)
M(F, "tb", "Find the roots of y² + 10y + 25 = 0.", "y^2 + 10y + 25 = 0", "y")
M(F, "st", "12 = m^2 - m how do i factor this", "12 = m^2 - m", "m")

F = "quadratic-formula"
M(F, "tb", "Use the quadratic formula to solve 2x² − 3x − 4 = 0. Give exact answers.", "2x^2 - 3x - 4 = 0", "x")
M(F, "tb", "Solve r² − 6r + 7 = 0, giving your answers in surd form.", "r^2 - 6r + 7 = 0", "r")
M(F, "ws", "3z² + 5z + 1 = 0      (use the formula)", "3z^2 + 5z + 1 = 0", "z")
M(F, "te", "This one doesn't factorise, so reach for the formula. Solve x² + 4x − 1 = 0 and simplify the surds.",
  "x^2 + 4x - 1 = 0", "x")
M(F, "te", "Eleni's worksheet says: \"Solve 0.5x² + x − 3 = 0.\" She wants to clear the decimal first. Either way, "
           "what are the exact solutions?", "0.5x^2 + x - 3 = 0", "x", wordy=True)
M(F, "st", "w^2 + 2w = 5 quadratic formula", "w^2 + 2w = 5", "w")

# ---------------------------------------------------------------- systems
F = "system-elimination"
M(F, "tb", "Solve the simultaneous equations 3x + 2y = 16 and x − 2y = 0.", "3x + 2y = 16; x - 2y = 0", "x,y")
M(F, "tb", "Solve simultaneously: 5a + 3b = 1, 2a − 3b = 13.", "5a + 3b = 1; 2a - 3b = 13", "a,b")
M(F, "ws", "Zhang Wei's homework sheet lists two equations, 4p + q = 11 and 2p − q = 1. It asks him to find p and "
           "q.", "4p + q = 11; 2p - q = 1", "p,q", wordy=True)
M(F, "te", "Add the two equations and y disappears. 2x + y = 9 and 3x − y = 1; find x and y.",
  "2x + y = 9; 3x - y = 1", "x,y")
M(F, "te", "Yusuf's homework gives two equations, 3m + 4n = 10 and 5m − 4n = 6, and asks him to solve them "
           "together. He adds them straight away. What are m and n?", "3m + 4n = 10; 5m - 4n = 6", "m,n", wordy=True)
M(F, "st", "2x + 3y = 12 and 2x - y = 4 solve", "2x + 3y = 12; 2x - y = 4", "x,y")

F = "system-substitution"
M(F, "tb", "Solve by substitution: y = 2x − 1 and 3x + y = 14.", "y = 2x - 1; 3x + y = 14", "x,y")
M(F, "ws", "a = 3b\n2a + b = 21\na = ______ ,  b = ______", "a = 3b; 2a + b = 21", "a,b")
M(F, "te", "One equation already tells you what y is, so substitute it into the other. y = x + 4 and "
           "2x + 3y = 2.", "y = x + 4; 2x + 3y = 2", "x,y")
M(F, "te", "Camila's teacher hands out this problem: \"The equations x = 5 − 2y and 4x − y = 2 are both true. Find x "
           "and y.\" Camila plans to put the first into the second. What does she get?", "x = 5 - 2y; 4x - y = 2",
  "x,y", wordy=True)
M(F, "st", "s = t + 1.5 and s + t = 7.5", "s = t + 1.5; s + t = 7.5", "s,t")
M(F, "tb", "Use substitution to solve the pair of equations y = 4x and 5x − y = −3.", "y = 4x; 5x - y = -3", "x,y")

# ---------------------------------------------------------------- physics
F = "speed"
P(F, "tb", "A cyclist travels 12 km in 40 minutes. Calculate her average speed in metres per second.",
  "d=12000 m; t=2400 s", "v = d/t", "v", "m/s")
P(F, "ws", "d = 450 m,   t = 36 s.      v = ?", "d=450 m; t=36 s", "v = d/t", "v", "m/s")
P(F, "te", "Sanjay drives at a steady 90 km/h. How long, in seconds, does it take him to cover 3 km? (Hint: "
           "convert the speed to m/s first.)", "v=25 m/s; d=3000 m", "v = d/t", "t", "s")
P(F, "te", "A class is timing a remote-control car. It covers 7.2 m in 4.8 s on its first run; the batteries were "
           "new that morning. What is its average speed?", "d=7.2 m; t=4.8 s", "v = d/t", "v", "m/s", wordy=True)
P(F, "st", "if sound travels at 340 m/s how far does it go in 2.5 seconds", "v=340 m/s; t=2.5 s", "v = d/t", "d", "m")
P(F, "ws", "Worksheet 2, question 6. A snail crawls 3 cm in 12 s. Find its speed in m/s.", "d=0.03 m; t=12 s",
  "v = d/t", "v", "m/s", wordy=True)

F = "acceleration"
P(F, "tb", "A train speeds up from 8 m/s to 20 m/s in 30 s. Find its acceleration.", "u=8 m/s; v=20 m/s; t=30 s",
  "a = (v - u)/t", "a", "m/s^2")
P(F, "tb", "A car travelling at 72 km/h brakes to rest in 5.0 s. Calculate its acceleration.",
  "u=20 m/s; v=0 m/s; t=5 s", "a = (v - u)/t", "a", "m/s^2")
P(F, "ws", "u = 0,   v = 15 m/s,   t = 6 s,    a = ?", "u=0 m/s; v=15 m/s; t=6 s", "a = (v - u)/t", "a", "m/s^2")
P(F, "te", "Acceleration is the change in velocity divided by the time taken. Zainab's scooter goes from 2 m/s to "
           "5 m/s in 1.5 s; what is its acceleration?", "u=2 m/s; v=5 m/s; t=1.5 s", "a = (v - u)/t", "a", "m/s^2")
P(F, "te", "Mr Okafor's class watches a video of a sprinter. From the start she reaches 9 m/s after 3 s, and the "
           "commentator mentions that she has a mass of 58 kg. What is her average acceleration over those 3 "
           "seconds?", "u=0 m/s; v=9 m/s; t=3 s", "a = (v - u)/t", "a", "m/s^2", wordy=True)
P(F, "st", "how long does it take to go from 10 m/s to 25 m/s if the acceleration is 3 m/s²",
  "u=10 m/s; v=25 m/s; a=3 m/s^2", "a = (v - u)/t", "t", "s")

F = "newtons-second-law"
P(F, "tb", "A resultant force acts on a 1200 kg car and gives it an acceleration of 2.5 m/s². Calculate the force.",
  "m=1200 kg; a=2.5 m/s^2", "F = m*a", "F", "N")
P(F, "ws", "m = 0.15 kg,   a = 40 m/s².     F = ?", "m=0.15 kg; a=40 m/s^2", "F = m*a", "F", "N")
P(F, "ws", "F = 2.4 kN,   m = 800 kg,    a = ______", "F=2400 N; m=800 kg", "F = m*a", "a", "m/s^2")
P(F, "te", "Use F = ma, and watch the units. A 500 g trolley is pulled with a resultant force of 2 newtons. Find "
           "its acceleration.", "m=0.5 kg; F=2 N", "F = m*a", "a", "m/s^2")
P(F, "te", "Keanu's team pushes a go-kart round the school car park. The resultant force on it is 180 N and it "
           "accelerates at 1.2 m/s². The go-kart is red and was built in the design lab. What is its mass?",
  "F=180 N; a=1.2 m/s^2", "F = m*a", "m", "kg", wordy=True)
P(F, "st", "whats the force needed to accelerate a 65kg person at 0.8 m/s^2", "m=65 kg; a=0.8 m/s^2", "F = m*a", "F",
  "N")

F = "weight"
P(F, "tb", "Calculate the weight of a 4.5 kg bag of flour on Earth (g = 9.8 N/kg).", "m=4.5 kg; g=9.8 m/s^2",
  "W = m*g", "W", "N")
P(F, "tb", "An astronaut has a mass of 72 kg. What is her weight on the Moon, where g = 1.6 N/kg?",
  "m=72 kg; g=1.6 m/s^2", "W = m*g", "W", "N")
P(F, "ws", "W = 735 N,   g = 9.8 N/kg,    m = ?", "W=735 N; g=9.8 m/s^2", "W = m*g", "m", "kg")
P(F, "te", "Take g as 9.8 m/s² for this one. A box of books weighs 196 N; what is its mass?", "W=196 N; g=9.8 m/s^2",
  "W = m*g", "m", "kg")
P(F, "te", "Leilani's science worksheet says: \"A 350 g apple hangs from a branch 2 m above the ground. Find its "
           "weight.\" Use g = 9.8 N/kg.", "m=0.35 kg; g=9.8 m/s^2", "W = m*g", "W", "N", wordy=True)
P(F, "st", "weight of a person whose mass is 60 kilograms", "m=60 kg; g=9.8 m/s^2", "W = m*g", "W", "N")

F = "momentum"
P(F, "tb", "Find the momentum of a 0.16 kg cricket ball moving at 30 m/s.", "m=0.16 kg; v=30 m/s", "p = m*v", "p",
  "kg m/s")
P(F, "ws", "m = 2000 kg,   v = 15 m/s,    p = ?", "m=2000 kg; v=15 m/s", "p = m*v", "p", "kg m/s")
P(F, "te", "A lorry of mass 12 tonnes moves at 54 km/h. Convert both before you multiply! Find its momentum.",
  "m=12000 kg; v=15 m/s", "p = m*v", "p", "kg m/s")
P(F, "te", "During a practical, Ravi's group rolls a trolley along the bench with a momentum of 3.6 kg m/s. They "
           "measure its speed as 1.8 m/s. What is the trolley's mass?", "p=3.6 kg m/s; v=1.8 m/s", "p = m*v", "m",
  "kg", wordy=True)
P(F, "st", "a 5 kg bowling ball has 20 kg m/s of momentum how fast is it going", "m=5 kg; p=20 kg m/s", "p = m*v",
  "v", "m/s")
P(F, "ws", "Momentum:   p = 450 kg m/s,   m = 75 kg.     Velocity?", "p=450 kg m/s; m=75 kg", "p = m*v", "v", "m/s")

F = "kinetic-energy"
P(F, "tb", "Calculate the kinetic energy of a 1500 kg car moving at 20 m/s.", "m=1500 kg; v=20 m/s",
  "Ek = 1/2*m*v^2", "Ek", "J")
P(F, "tb", "A 0.058 kg tennis ball leaves a racket at 50 m/s. Find its kinetic energy.", "m=0.058 kg; v=50 m/s",
  "Ek = 1/2*m*v^2", "Ek", "J")
P(F, "ws", "Ek = 9 J,    m = 2 kg,     v = ?", "Ek=9 J; m=2 kg", "Ek = 1/2*m*v^2", "v", "m/s")
P(F, "te", "Use Ek = ½mv², and square the speed before you multiply, not after! A 70 kg runner moves at 8 m/s. "
           "What is her kinetic energy?", "m=70 kg; v=8 m/s", "Ek = 1/2*m*v^2", "Ek", "J")
P(F, "te", "A class is asked about a drone of mass 800 g flying at 12 m/s at a height of 30 m. What kinetic energy "
           "does it have? (The height is not needed for this part.)", "m=0.8 kg; v=12 m/s", "Ek = 1/2*m*v^2", "Ek",
  "J", wordy=True)
P(F, "st", "ke of a 3 kg thing going 4 m/s", "m=3 kg; v=4 m/s", "Ek = 1/2*m*v^2", "Ek", "J")

F = "potential-energy"
P(F, "tb", "A 2.0 kg book is lifted onto a shelf 1.5 m high. Calculate the gain in gravitational potential energy. "
           "(g = 9.8 N/kg)", "m=2 kg; h=1.5 m; g=9.8 m/s^2", "Ep = m*g*h", "Ep", "J")
P(F, "ws", "m = 50 kg,   h = 12 m,   g = 9.8 N/kg.      Ep = ?", "m=50 kg; h=12 m; g=9.8 m/s^2", "Ep = m*g*h", "Ep",
  "J")
P(F, "te", "Use g = 9.8 m/s². A climber of mass 65 kg gains 19.11 kJ of gravitational potential energy. How high "
           "did she climb?", "m=65 kg; Ep=19110 J; g=9.8 m/s^2", "Ep = m*g*h", "h", "m")
P(F, "te", "Hiroshi's worksheet says: \"A crane lifts a 0.4 tonne steel beam through 25 m. How much gravitational "
           "potential energy does the beam gain?\" Take g as 9.8.", "m=400 kg; h=25 m; g=9.8 m/s^2", "Ep = m*g*h",
  "Ep", "J", wordy=True)
P(F, "tb", "What mass, raised through 4 m, gains 156.8 J of gravitational potential energy? (g = 9.8 N/kg)",
  "h=4 m; Ep=156.8 J; g=9.8 m/s^2", "Ep = m*g*h", "m", "kg")
P(F, "st", "gpe of a 500g ball on top of a 3m wall", "m=0.5 kg; h=3 m; g=9.8 m/s^2", "Ep = m*g*h", "Ep", "J")

F = "work-done"
P(F, "tb", "A force of 45 N pushes a crate 8 m across a floor. Calculate the work done.", "F=45 N; d=8 m",
  "W = F*d", "W", "J")
P(F, "st", "how far do i have to push something with 250 N to do 2 kJ of work", "F=250 N; W=2000 J",
  "W = F*d", "d", "m")
P(F, "ws", "F = 12 N,   d = 0.75 m,    W = ?", "F=12 N; d=0.75 m", "W = F*d", "W", "J")
P(F, "te", "Work is force times the distance moved in the direction of the force. Kwame drags a sledge 40 m with a "
           "pull of 60 N. How much work does he do?", "F=60 N; d=40 m", "W = F*d", "W", "J")
P(F, "te", "Carmen's class is studying lifts. Her homework says a motor does 12 kJ of work raising a load 6 m, and "
           "that the lift was installed in 1998. What force does the motor exert?", "W=12000 J; d=6 m", "W = F*d",
  "F", "N", wordy=True)
P(F, "st", "work done pushing a car with 300 N for 15 m", "F=300 N; d=15 m", "W = F*d", "W", "J")

F = "power"
P(F, "tb", "A motor does 4800 J of work in 1 minute. Calculate its power.", "W=4800 J; t=60 s", "P = W/t", "P", "W")
P(F, "tb", "A 60 W bulb is left on for 2 hours. How much energy does it transfer?", "P=60 W; t=7200 s", "P = E/t",
  "E", "J")
P(F, "ws", "E = 9 kJ,    t = 30 s,     P = ?", "E=9000 J; t=30 s", "P = E/t", "P", "W")
P(F, "te", "Power is how fast energy is transferred. A student runs up the stairs, doing 2100 J of work in 3.5 s. "
           "Find her power.", "W=2100 J; t=3.5 s", "P = W/t", "P", "W")
P(F, "te", "Mohammed's teacher asks the class how long a 2 kW kettle takes to transfer 300 kJ of energy to the "
           "water inside it. The answer should be in seconds.", "P=2000 W; E=300000 J", "P = E/t", "t", "s",
  wordy=True)
P(F, "st", "power if u do 500 J of work in 20 s", "W=500 J; t=20 s", "P = W/t", "P", "W")

F = "pressure"
P(F, "tb", "A box exerts a force of 600 N on an area of 0.25 m². Calculate the pressure.", "F=600 N; A=0.25 m^2",
  "p = F/A", "p", "Pa")
P(F, "ws", "F = 30 N,   A = 15 cm².     p = ?", "F=30 N; A=0.0015 m^2", "p = F/A", "p", "Pa")
P(F, "te", "Make sure the area is in square metres. A woman of weight 560 N stands on one heel of area 1 cm². What "
           "pressure does the heel exert on the floor?", "F=560 N; A=0.0001 m^2", "p = F/A", "p", "Pa")
P(F, "te", "Nadia's worksheet says: \"A water tank presses on the ground with a pressure of 5 kPa over a base of "
           "2 m². Find the force on the ground.\" The tank holds 1000 litres.", "p=5000 Pa; A=2 m^2", "p = F/A", "F",
  "N", wordy=True)
P(F, "st", "pressure of 800 N on 0.02 m^2", "F=800 N; A=0.02 m^2", "p = F/A", "p", "Pa")
P(F, "st", "what area do i need to get 250 Pa with a 50 N force", "p=250 Pa; F=50 N", "p = F/A", "A", "m^2")

F = "ohms-law"
P(F, "tb", "A current of 0.5 A flows through a 24 Ω resistor. Calculate the potential difference across it.",
  "I=0.5 A; R=24 ohm", "V = I*R", "V", "V")
P(F, "ws", "V = 230 V,    R = 46 Ω,     I = ?", "V=230 V; R=46 ohm", "V = I*R", "I", "A")
P(F, "ws", "Homework sheet, question 4. Olu measures a current of 250 mA through a resistor that has 6 V across "
           "it. What is its resistance, in ohms?", "I=0.25 A; V=6 V", "V = I*R", "R", "ohm", wordy=True)
P(F, "te", "Cover the letter you want in the triangle if that helps. A 9 V battery drives a current of 30 mA "
           "through a lamp. Find the lamp's resistance.", "V=9 V; I=0.03 A", "V = I*R", "R", "ohm")
P(F, "te", "A class is asked: a heater is connected to a 12 V supply and a current of 4 A flows. The heater is left "
           "on for 10 minutes. What is its resistance?", "V=12 V; I=4 A", "V = I*R", "R", "ohm", wordy=True)
P(F, "st", "current through 2.2 kΩ with 11 volts", "R=2200 ohm; V=11 V", "V = I*R", "I", "A")

F = "resistors"
P(F, "tb", "Two resistors of 12 Ω and 8 Ω are connected in series. Find the total resistance.",
  "R1=12 ohm; R2=8 ohm", "R = R1 + R2", "R", "ohm")
P(F, "tb", "Resistors of 6 Ω and 3 Ω are connected in parallel. Calculate their combined resistance.",
  "R1=6 ohm; R2=3 ohm", "R = R1*R2/(R1 + R2)", "R", "ohm")
P(F, "ws", "Parallel:    R1 = 20 Ω,   R2 = 30 Ω,     R_total = ?", "R1=20 ohm; R2=30 ohm", "R = R1*R2/(R1 + R2)",
  "R", "ohm")
P(F, "te", "Series means you add. Tanvir puts a 470 Ω resistor in series with another one, and the total comes to "
           "1.2 kΩ. What is the second resistor?", "R1=470 ohm; R=1200 ohm", "R = R1 + R2", "R2", "ohm")
P(F, "te", "Ingrid's class builds a circuit with two identical 100 Ω resistors side by side in parallel, powered "
           "by a 6 V battery. What is the total resistance of the pair?", "R1=100 ohm; R2=100 ohm",
  "R = R1*R2/(R1 + R2)", "R", "ohm", wordy=True)
P(F, "st", "2 resistors in series 4.7 kohm and 3.3 kohm total?", "R1=4700 ohm; R2=3300 ohm", "R = R1 + R2", "R",
  "ohm")

F = "electrical-power"
P(F, "tb", "A kettle draws a current of 10 A from a 230 V supply. Calculate its power.", "I=10 A; V=230 V",
  "P = I*V", "P", "W")
P(F, "st", "what current does a 40 W lamp on 12 V draw", "P=40 W; V=12 V", "P = I*V", "I", "A")
P(F, "ws", "I = 3 A,    R = 5 Ω,     P = ?", "I=3 A; R=5 ohm", "P = I^2*R", "P", "W")
P(F, "te", "Pick the version of the power equation that uses what you are given. A heater has a resistance of "
           "20 Ω and the voltage across it is 240 V. Find its power.", "R=20 ohm; V=240 V", "P = V^2/R", "P", "W")
P(F, "te", "Santiago's homework says: \"A phone charger supplies 5 V and delivers 10 W to the phone. The phone's "
           "screen is 6 inches across. Find the current.\" What should he get?", "V=5 V; P=10 W", "P = I*V", "I", "A",
  wordy=True)
P(F, "st", "power of a 2 A current through 60 ohm", "I=2 A; R=60 ohm", "P = I^2*R", "P", "W")

F = "free-fall"
P(F, "tb", "A stone is dropped from rest off a bridge and hits the water 2.0 s later. Ignoring air resistance, how "
           "fast is it moving when it reaches the water? (g = 9.8 m/s²)", "t=2 s; g=9.8 m/s^2", "v = g*t", "v", "m/s")
P(F, "tb", "A ball is dropped from a height of 20 m. How long does it take to reach the ground? Take g = 9.8 m/s².",
  "h=20 m; g=9.8 m/s^2", "h = 1/2*g*t^2", "t", "s")
P(F, "ws", "Worksheet 5, part (b). Rahel drops a marble from rest and it falls for 3 s. How far does it fall? "
           "(g = 9.8 m/s²)", "t=3 s; g=9.8 m/s^2", "h = 1/2*g*t^2", "h", "m", wordy=True)
P(F, "te", "Assume there is no air resistance and use g = 9.8 m/s². An apple falls from a branch 1.8 m above the "
           "ground. How fast is it going just before it lands?", "h=1.8 m; g=9.8 m/s^2", "v^2 = 2*g*h", "v", "m/s")
P(F, "te", "Efua's class drops a coin down a well and times it until they hear the splash; they decide to ignore "
           "the time the sound takes to come back. The coin falls for 1.5 s. How deep is the well? (Use g = 9.8.)",
  "t=1.5 s; g=9.8 m/s^2", "h = 1/2*g*t^2", "h", "m", wordy=True)
P(F, "st", "if i drop my keys from 5 m how long till they hit the ground", "h=5 m; g=9.8 m/s^2", "h = 1/2*g*t^2",
  "t", "s")

F = "suvat"
P(F, "tb", "A car starts from rest and accelerates uniformly at 3 m/s² for 6 s. How far does it travel?",
  "u=0 m/s; a=3 m/s^2; t=6 s", "s = u*t + 1/2*a*t^2", "s", "m")
P(F, "tb", "A cyclist moving at 4 m/s accelerates at 0.5 m/s² over a distance of 48 m. Find her final speed.",
  "u=4 m/s; a=0.5 m/s^2; s=48 m", "v^2 = u^2 + 2*a*s", "v", "m/s")
P(F, "ws", "u = 12 m/s,   v = 0,   a = −3 m/s²,    s = ?", "u=12 m/s; v=0 m/s; a=-3 m/s^2", "v^2 = u^2 + 2*a*s",
  "s", "m")
P(F, "st", "ball starts at 2 m/s and speeds up at 4 m/s^2 for 2.5 s how far does it go", "u=2 m/s; a=4 m/s^2; t=2.5 s",
  "s = u*t + 1/2*a*t^2", "s", "m")
P(F, "te", "A class is given this question: a plane lands at 70 m/s and comes to a stop after 1225 m of runway, "
           "slowing down uniformly. What is its acceleration? (Expect a negative answer.)",
  "u=70 m/s; v=0 m/s; s=1225 m", "v^2 = u^2 + 2*a*s", "a", "m/s^2", wordy=True)
P(F, "te", "Use v² = u² + 2as. A ball rolls down a ramp, speeding up from 5 m/s to 15 m/s over 40 m. Find its "
           "acceleration.", "u=5 m/s; v=15 m/s; s=40 m", "v^2 = u^2 + 2*a*s", "a", "m/s^2")

F = "impulse"
P(F, "tb", "A force of 250 N acts on a football for 0.02 s. Calculate the impulse.", "F=250 N; t=0.02 s", "J = F*t",
  "J", "N s")
P(F, "ws", "F = 40 N,   Δt = 0.5 s,    impulse = ?", "F=40 N; t=0.5 s", "J = F*t", "J", "N s")
P(F, "te", "Impulse is the change of momentum. A 0.45 kg football at rest is kicked and leaves the foot at 24 m/s. "
           "What impulse did the foot give it?", "m=0.45 kg; u=0 m/s; v=24 m/s", "J = m*v - m*u", "J", "N s")
P(F, "te", "Dalia's group is testing crash mats. A falling dummy receives an impulse of 300 N s from a mat over "
           "0.6 s. The mat is 10 cm thick. What average force does the mat exert?", "J=300 N s; t=0.6 s", "J = F*t",
  "F", "N", wordy=True)
P(F, "st", "impulse from 1200 N for 0.05 seconds", "F=1200 N; t=0.05 s", "J = F*t", "J", "N s")
P(F, "st", "a 1500 kg car's momentum changes by 9000 kg m/s in 3 s what is the force on it", "J=9000 N s; t=3 s",
  "J = F*t", "F", "N")

F = "friction-level"
P(F, "tb", "A 20 kg box rests on a level floor. The coefficient of friction between the box and the floor is 0.3. "
           "Calculate the friction force when it slides. (g = 9.8 N/kg)", "m=20 kg; mu=0.3; g=9.8 m/s^2",
  "F = mu*m*g", "F", "N")
P(F, "tb", "A 5 kg block is pulled along a horizontal bench by a force of 30 N. The coefficient of friction is 0.4. "
           "Find the resultant force on the block. (g = 9.8 m/s²)", "m=5 kg; F=30 N; mu=0.4; g=9.8 m/s^2",
  "F_net = F - mu*m*g", "F_net", "N")
P(F, "ws", "m = 12 kg,   friction force = 47.04 N,   g = 9.8 m/s²,    μ = ?", "m=12 kg; F=47.04 N; g=9.8 m/s^2",
  "F = mu*m*g", "mu", "")
P(F, "te", "Remember that on a level surface the normal force is just the weight. A 50 kg crate is pushed at a "
           "constant speed across a level floor, with μ = 0.25. What push is needed? Use g = 9.8.",
  "m=50 kg; mu=0.25; g=9.8 m/s^2", "F = mu*m*g", "F", "N")
P(F, "te", "Bogdan's worksheet says: \"A 2 kg trolley is pulled along a level table by a 15 N force. The "
           "coefficient of friction is 0.5. Work out the acceleration of the trolley.\" The table is 1.5 m long.",
  "m=2 kg; F=15 N; mu=0.5; g=9.8 m/s^2", "m*a = F - mu*m*g", "a", "m/s^2", wordy=True)
P(F, "st", "sled 30 kg on flat snow, mu = 0.1, whats the friction", "m=30 kg; mu=0.1; g=9.8 m/s^2", "F = mu*m*g",
  "F", "N")

F = "density"
P(F, "tb", "A block of metal has a mass of 2.7 kg and a volume of 0.001 m³. Calculate its density.",
  "m=2.7 kg; V=0.001 m^3", "rho = m/V", "rho", "kg/m^3")
P(F, "tb", "Find the mass of 0.5 m³ of oil of density 920 kg/m³.", "V=0.5 m^3; rho=920 kg/m^3", "rho = m/V", "m",
  "kg")
P(F, "ws", "m = 250 g,   V = 200 cm³,    ρ = ?", "m=0.25 kg; V=0.0002 m^3", "rho = m/V", "rho", "kg/m^3")
P(F, "te", "Convert the volume to cubic metres first. A stone of mass 0.78 kg displaces 300 cm³ of water. What is "
           "the stone's density?", "m=0.78 kg; V=0.0003 m^3", "rho = m/V", "rho", "kg/m^3")
P(F, "te", "Thandiwe's class is measuring a rubber bung. Her worksheet says the bung has a mass of 33 g and a "
           "density of 1100 kg/m³, and asks for its volume in m³. What should she write?",
  "m=0.033 kg; rho=1100 kg/m^3", "rho = m/V", "V", "m^3", wordy=True)
P(F, "st", "density of 4 kg in 0.005 m^3", "m=4 kg; V=0.005 m^3", "rho = m/V", "rho", "kg/m^3")

F = "wave-speed"
P(F, "tb", "A wave has a frequency of 50 Hz and a wavelength of 6.8 m. Calculate its speed.", "f=50 Hz; lam=6.8 m",
  "v = f*lam", "v", "m/s")
P(F, "ws", "v = 3 × 10⁸ m/s,   f = 100 MHz,    λ = ?", "v=300000000 m/s; f=100000000 Hz", "v = f*lam", "lam", "m")
P(F, "te", "Use v = fλ. A wave in the ripple tank has a wavelength of 2.5 cm and a frequency of 12 Hz. What is its "
           "speed?", "lam=0.025 m; f=12 Hz", "v = f*lam", "v", "m/s")
P(F, "te", "Juan's homework says: \"A guitar string vibrates at 440 Hz, and the sound wave it makes travels through "
           "the air at 330 m/s. The string is 65 cm long. Find the wavelength of the sound.\" What is it?",
  "f=440 Hz; v=330 m/s", "v = f*lam", "lam", "m", wordy=True)
P(F, "st", "frequency of a wave with speed 1500 m/s and wavelength 3 m", "v=1500 m/s; lam=3 m", "v = f*lam", "f",
  "Hz")
P(F, "tb", "Calculate the frequency of a sound wave of wavelength 0.17 m travelling at 340 m/s.",
  "lam=0.17 m; v=340 m/s", "v = f*lam", "f", "Hz")

# ---------------------------------------------------------------- out of scope (family null)
O("tb", "integration", "Evaluate the definite integral of 3x² with respect to x from x = 0 to x = 2.")
O("tb", "exponential-equation", "Solve the equation 2^x = 32.")
O("tb", "cubic", "Solve x³ − 6x² + 11x − 6 = 0.")
O("tb", "area", "Find the area of a triangle with a base of 8 cm and a height of 5 cm.")
O("tb", "collision", "A 2 kg trolley moving at 3 m/s hits a stationary 1 kg trolley and they stick together. Find "
                     "their common velocity just after the collision.")
O("tb", "three-resistors", "Three resistors of 2 Ω, 3 Ω and 6 Ω are connected in parallel. Find the total "
                           "resistance.")
O("tb", "inclined-plane", "A 10 kg block slides down a slope inclined at 30° to the horizontal. The coefficient of "
                          "friction is 0.2. Find its acceleration.")
O("tb", "specific-heat", "Calculate the energy needed to heat 2 kg of water from 20 °C to 100 °C. The specific heat "
                         "capacity of water is 4200 J/(kg °C).")
O("tb", "limit", "Find the limit of (x² − 1)/(x − 1) as x approaches 1.")
O("tb", "trig-equation", "Solve sin θ = 0.5 for 0° ≤ θ ≤ 360°.")
O("tb", "quotient-rule", "Differentiate y = (x + 1)/(x − 2) using the quotient rule.")
O("tb", "proof", "Prove that the sum of any two odd numbers is even.")

O("ws", "inequality", "Solve:    3x − 5 > 7")
O("ws", "logarithm", "log₂ 64 = ?")
O("ws", "statistics", "Mean of 4, 8, 15, 16, 23, 42 = ______")
O("ws", "probability", "P(rolling a six twice in a row with a fair die) = ?")
O("ws", "vector", "a = (3, 4).     |a| = ?")
O("ws", "determinant", "det [[2, 1], [5, 3]] = ?")
O("ws", "sequence", "Next two terms:    3, 7, 11, 15, ___, ___")
O("ws", "three-unknown-system", "Solve:\nx + y + z = 6\nx − y = 1\n2y + z = 5")
O("ws", "pythagoras", "Right-angled triangle:   a = 6 cm,   b = 8 cm,    hypotenuse c = ?")
O("ws", "chemistry", "Balance the equation:    H₂ + O₂ → H₂O")
O("ws", "moments", "F = 20 N acting 0.3 m from the pivot, at right angles.     Moment = ?")
O("ws", "projectile", "Projectile:   launched at 20 m/s at 45° above level ground.     Range = ?")

O("te", "angles", "A class is asked to find the third angle of a triangle whose other two angles are 48° and 77°. "
                  "Remind them that the angles add up to 180°.", wordy=True)
O("te", "boyles-law", "Mrs Adeyemi's homework says: \"A gas at 100 kPa fills 2 litres. It is squeezed to 0.5 litres "
                      "at constant temperature. Find the new pressure.\" Boyle's law is on page 40.", wordy=True)
O("te", "inequality", "Before the test, have everyone solve 2(x − 3) < 4x + 2 and show the solution on a number "
                      "line.")
O("te", "essay", "Ask the class to write a paragraph explaining why the sky is blue. No calculations are needed.")
O("te", "lens", "Leo's worksheet says: \"An object is 30 cm from a converging lens of focal length 10 cm. Where is "
                "the image?\" He will need the lens formula.", wordy=True)
O("te", "mixed-circuit", "Set this as a challenge: a 6 Ω resistor is in series with a parallel pair of 4 Ω and "
                         "12 Ω. What is the total resistance?")
O("te", "half-life", "Aisha's group must work out how long it takes 80 g of a radioactive sample with a half-life "
                     "of 5 days to decay until only 10 g is left.", wordy=True)
O("te", "circular-motion", "A class is asked: a 0.5 kg mass on a string moves in a horizontal circle of radius "
                           "0.8 m at 4 m/s. What tension is needed? Remind them about centripetal force.", wordy=True)
O("te", "cubic", "Give the class the equation x³ = 4x and ask for all three solutions. Some will divide by x and "
                 "lose one.")
O("te", "hookes-law", "Emeka's homework says: \"A spring stretches 4 cm when a 2 N load is hung on it. Find the "
                      "spring constant.\" Hooke's law is the place to start.", wordy=True)
O("te", "collision", "Two cars collide head-on and stick together: a 1000 kg car at 15 m/s and an 800 kg car at "
                     "10 m/s going the other way. Ask the class for their velocity just after the collision.")
O("te", "integration", "Warm-up for the integration unit: find ∫ (4x³ − 2x) dx. Don't forget the constant.")

O("st", "integration", "how do i find the area under y = x^2 from 1 to 3")
O("st", "exponential-equation", "solve e^(2x) = 7")
O("st", "trig-equation", "solve tan x = 1 between 0 and 360")
O("st", "implicit-differentiation", "differentiate x^2 y + y^3 = 4 implicitly")
O("st", "inclined-plane", "a box on a ramp at 20 degrees with friction 0.3 whats the acceleration")
O("st", "probability", "probability of getting exactly 2 heads when u flip 3 coins")
O("st", "cubic", "how do i solve x^3 - 8 = 0")
O("st", "statistics", "median of 3 9 4 7 12")
O("st", "volume", "what is the volume of a sphere with radius 3 cm")
O("st", "three-resistors", "3 resistors in series 2 ohm 4 ohm and 5 ohm whats the total")
O("st", "absolute-value", "solve |2x - 1| = 5")
O("st", "latent-heat", "how much energy to melt 2 kg of ice if the latent heat is 334 kJ/kg")


def main():
    out = Path(__file__).with_name("handwritten-5.jsonl")
    lines = []
    for i, (r, _) in enumerate(ITEMS, 1):
        r["id"] = f"hw5-{i:03d}"
        lines.append(json.dumps(r, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")

    fam = Counter(r["family"] for r, _ in ITEMS)
    assert len(ITEMS) == 288 and all(fam[f] == 6 for f in FAMILIES) and fam[None] == 48, fam
    by = Counter((r["family"], r["style"]) for r, _ in ITEMS)
    for f in FAMILIES:
        assert sum(1 for s in STYLES.values() if by[(f, s)]) >= 3, f
    teacher = sum(1 for r, _ in ITEMS if r["style"] == "teacher")
    wordy = sum(1 for _, w in ITEMS if w)
    assert teacher * 4 >= 288 and wordy * 6 >= 288, (teacher, wordy)
    texts = [r["text"] for r, _ in ITEMS]
    assert len(set(texts)) == len(texts)
    print(f"{out}: {len(ITEMS)} lines; teacher {teacher}, wordy set-ups {wordy}")
    print("| family | lines | textbook | worksheet | teacher | student |")
    print("|---|---|---|---|---|---|")
    cols = list(STYLES.values())
    for f in FAMILIES + [None]:
        name = f or "out of scope (`family: null`)"
        print(f"| {name} | {fam[f]} | " + " | ".join(str(by[(f, s)]) for s in cols) + " |")
    tot = Counter(r["style"] for r, _ in ITEMS if r["family"])
    print("| **in scope, total** | **240** | " + " | ".join(str(tot[s]) for s in cols) + " |")
    tot = Counter(r["style"] for r, _ in ITEMS)
    print("| **all** | **288** | " + " | ".join(str(tot[s]) for s in cols) + " |")


if __name__ == "__main__":
    main()
