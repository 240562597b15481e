#!/usr/bin/env python3
"""Writes handwritten-4.jsonl: the fourth sealed hand-written measuring set (session 22).

Every problem text below was typed by hand for this set, in four voices (textbook, worksheet, teacher, student);
none is copied from a textbook, a question bank, a data set, another Stepwise set or the generators. Only the answers
are computed here, by sympy: from `start` (math) or by solving `formula` for `unknown` with the SI `givens` (physics).
Where an expected answer is written by hand below (`ans=`), sympy must agree with it or the script stops.

Never train or tune on the file this writes (models/eval/README.md, "handwritten-4.jsonl (session 22)").

Usage: python3 models/eval/make_handwritten4.py   (writes models/eval/handwritten-4.jsonl next to this script)
"""
import json
from decimal import Decimal
from pathlib import Path

import sympy as sp
from sympy.parsing.sympy_parser import (
    parse_expr, standard_transformations, implicit_multiplication_application, convert_xor)

TR = standard_transformations + (implicit_multiplication_application, convert_xor)
LOCAL = {"e": sp.E, "ln": sp.log, "pi": sp.pi, "sqrt": sp.sqrt, "sin": sp.sin, "cos": sp.cos, "tan": sp.tan,
         "exp": sp.exp}
QUADRATIC = {"quadratic-square-root", "quadratic-factoring", "quadratic-formula"}

ITEMS = []


def ex(s, local=None):
    loc = dict(LOCAL)
    loc.update(local or {})
    return parse_expr(s, local_dict=loc, transformations=TR)


def eq(s, local=None):
    lhs, rhs = s.split("=")
    return sp.Eq(ex(lhs, local), ex(rhs, local))


def same(a, b):
    d = sp.simplify(sp.expand(a - b))
    if d == 0:
        return True
    try:
        return abs(complex(sp.N(d))) < 1e-9
    except TypeError:  # still has letters: not the same
        return False


def show(e):
    """sympy's own print, in engine syntax (^ for powers)."""
    return str(e).replace("**", "^")


def num(q, decimal):
    """An exact number as a person writes it: an integer, a terminating decimal where the problem is in decimals,
    else a fraction in lowest terms, else sympy's surd form."""
    q = sp.nsimplify(q)
    if q.is_Integer:
        return str(q)
    if q.is_Rational:
        den = int(q.q)
        while den % 2 == 0:
            den //= 2
        while den % 5 == 0:
            den //= 5
        if decimal and den == 1:
            return format(Decimal(int(q.p)) / Decimal(int(q.q)), "f")
        return f"{q.p}/{q.q}"
    return show(q)


def sig3(x):
    """A physics value: exact where it has six significant figures or fewer, else 3 significant figures."""
    for digits in (6, 3):
        d = Decimal(repr(x))
        r = Decimal(f"{x:.{digits - 1}e}")
        if digits == 3 or abs(d - r) <= abs(d) * Decimal("1e-12"):
            s = format(r.normalize(), "f")
            return s
    raise AssertionError


def math(style, text, family, task, start, unknown=None, ans=None):
    """One in-scope math problem; the answer comes from sympy (and must agree with `ans` where written)."""
    answer = {}
    decimal = "." in start or task == "percentage"
    if task in ("evaluate", "percentage"):
        val = ex(start)
        answer = {"kind": "numeric", "value": num(val, decimal)}
    elif task == "solve":
        v = sp.Symbol(unknown)
        sols = sorted((sp.nsimplify(s) for s in sp.solve(eq(start), v)), key=lambda s: float(s))
        assert sols, (text, "no solution")
        if family in QUADRATIC:
            answer = {"kind": "set", "value": " or ".join(f"{unknown} = {num(s, decimal)}" for s in sols)}
        else:
            assert len(sols) == 1, text
            answer = {"kind": "equation", "value": f"{unknown} = {num(sols[0], decimal)}"}
    elif task in ("simplify", "expand", "factorise"):
        s = ex(start)
        value = ans or show({"simplify": sp.simplify, "expand": sp.expand, "factorise": sp.factor}[task](s))
        a = ex(value)
        assert same(s, a), (text, value)
        answer = {"kind": "expression", "value": value}
        if task == "expand":
            assert sp.expand(a) == a, (text, value)
            answer["form"] = "expanded"
        if task == "factorise":
            assert not isinstance(a, sp.Add) and sp.factor(a) == sp.factor(s), (text, value)
            answer["form"] = "factored"
    elif task == "differentiate":
        v = sp.Symbol(unknown)
        d = sp.diff(ex(start), v)
        value = ans or show(d)
        assert same(d, ex(value)), (text, value, d)
        answer = {"kind": "expression", "value": value}
    elif task == "rearrange":
        v = sp.Symbol(unknown, positive=True)
        loc = {unknown: v}
        sols = sp.solve(eq(start, loc), v)
        assert len(sols) == 1 or ans, (text, sols)  # a root of either sign: the hand-written one must be among them
        rhs = ans or show(sols[0])
        assert any(same(s, ex(rhs, loc)) for s in sols), (text, rhs, sols)
        answer = {"kind": "equation", "value": f"{unknown} = {rhs}"}
    elif task == "solve-system":
        eqs = [eq(p) for p in start.split(";")]
        names = [n.strip() for n in unknown.split(",")]
        syms = [sp.Symbol(n) for n in names]
        sol = sp.solve(eqs, syms, dict=True)
        assert len(sol) == 1, (text, sol)
        answer = {"kind": "system", "values": {n: num(sol[0][s], decimal) for n, s in zip(names, syms)}}
    else:
        raise AssertionError(task)
    ITEMS.append({"style": style, "text": text, "family": family, "task": task, "start": start,
                  "unknown": None if task in ("evaluate", "percentage", "simplify", "expand", "factorise")
                  else unknown, "answer": answer})


def phys(style, text, family, formula, unknown, unit, givens):
    """One physics problem: `givens` in SI as "sym=value unit; …"; sympy solves `formula` for `unknown`."""
    gl = []
    for part in givens.split(";"):
        sym, val = part.split("=")
        gl.append({"symbol": sym.strip(), "value": val.strip()})
    names = {g["symbol"] for g in gl} | {unknown} | {"m", "v", "u", "a", "t", "g", "h", "F", "d", "W", "P", "p",
                                                     "A", "V", "I", "R", "E", "J", "f", "s"}
    loc = {n: sp.Symbol(n) for n in names | {"F_net", "R1", "R2", "rho", "lam", "mu", "Ek", "Ep"}}
    lhs, rhs = formula.split("=")
    tr = standard_transformations + (convert_xor,)
    rel = sp.Eq(parse_expr(lhs, local_dict=loc, transformations=tr), parse_expr(rhs, local_dict=loc, transformations=tr))
    subs = {loc[g["symbol"]]: sp.nsimplify(g["value"].split(" ")[0]) for g in gl}
    left = rel.free_symbols - set(subs)
    assert left == {loc[unknown]}, (text, left)
    sols = [s for s in sp.solve(rel.subs(subs), loc[unknown]) if s.is_real]
    if len(sols) > 1:
        sols = [s for s in sols if s > 0]
    assert len(sols) == 1, (text, sols)
    value = sig3(float(sols[0]))
    answer = {"kind": "numeric" if unit == "" else "quantity", "value": value if unit == "" else f"{value} {unit}",
              "tolerance": "1%"}
    ITEMS.append({"style": style, "text": text, "family": family, "task": "physics", "start": None,
                  "unknown": unknown, "answer": answer, "givens": gl, "formula": formula})


def out(style, text, topic):
    """One out-of-scope problem: every answer field null."""
    ITEMS.append({"style": style, "text": text, "family": None, "task": None, "start": None, "unknown": None,
                  "answer": None, "topic": topic})


T, W, H, S = "textbook", "worksheet", "teacher", "student"

# ---------------------------------------------------------------- arithmetic
F = "integer-arithmetic"
math(T, "Evaluate −7 × (4 − 11) + 18 ÷ (−3).", F, "evaluate", "-7*(4 - 11) + 18/(-3)")
math(W, "3)  (−12)² − 5 × 9 = ____", F, "evaluate", "(-12)^2 - 5*9")
math(H, "Warm-up before the new topic, and no calculators on this one, please. Work out 250 − 4 × (36 ÷ 9 + 17) "
        "and write down the order you did things in.", F, "evaluate", "250 - 4*(36/9 + 17)")
math(H, "Put this on the board for Kenji's group: what is −48 ÷ 6 − 3 × (−5)? Remind them that the bus for the "
        "trip leaves at quarter past three.", F, "evaluate", "-48/6 - 3*(-5)")
math(S, "whats 15 - 3*(2-9)^2 i keep getting a massive number", F, "evaluate", "15 - 3*(2 - 9)^2")
math(S, "can someone check -6 + 14 ÷ 2 × 3 pls", F, "evaluate", "-6 + 14/2*3")

F = "fraction-arithmetic"
math(T, "Calculate 2/3 + 5/8, giving your answer as a fraction in its simplest form.", F, "evaluate", "2/3 + 5/8")
math(W, "Q7   3½ ÷ 1¾ = ?", F, "evaluate", "(7/2)/(7/4)")
math(H, "Fractions again today. Write 5/6 − 3/4 × 2/9 on the board; some of you will subtract first, so don't! "
        "Simplest form at the end.", F, "evaluate", "5/6 - (3/4)*(2/9)")
math(H, "Ms Okafor wants the class to find 4/15 × 25/8, cancelling before they multiply. (Friday's quiz covers "
        "this too.)", F, "evaluate", "(4/15)*(25/8)")
math(S, "how do u do 1/4 - 7/10", F, "evaluate", "1/4 - 7/10")
math(W, "(b)   −2/5 ÷ 6/7 =", F, "evaluate", "(-2/5)/(6/7)")

F = "percentages"
math(T, "A jacket costs £84. In a sale its price is reduced by 35%. Find the sale price.", F, "percentage",
     "84*(1 - 35/100)")
math(W, "12% of 350 kg = ______ kg", F, "percentage", "12/100*350")
math(H, "Quick starter. Farida earns $2400 a month and puts 15% of it into savings. How much does she save each "
        "month? (Ignore tax for now, we'll come back to that.)", F, "percentage", "15/100*2400")
math(W, "Q4   Increase 18500 by 4%.        ________", F, "percentage", "18500*(1 + 4/100)")
math(S, "what percent is 27 out of 60??", F, "percentage", "27/60*100")
math(T, "Express 0.6 kg as a percentage of 2.4 kg.", F, "percentage", "0.6/2.4*100")

# ---------------------------------------------------------------- linear equations
F = "linear-one-step"
math(T, "Solve the equation y − 13 = −4.", F, "solve", "y - 13 = -4", "y")
math(W, "5.   7k = −91", F, "solve", "7k = -91", "k")
math(H, "Before the test let's revise the simplest kind. Solve 2.5 = m/4, and yes, the unknown is on the right "
        "this time.", F, "solve", "2.5 = m/4", "m")
math(S, "n + 3.7 = 1.2 how do i get n", F, "solve", "n + 3.7 = 1.2", "n")
math(T, "Find the value of p for which 6p = 21.", F, "solve", "6p = 21", "p")
math(S, "whats t if t/−3 = 8", F, "solve", "t/(-3) = 8", "t")

F = "linear-two-step"
math(T, "Solve 4a + 9 = 1.", F, "solve", "4a + 9 = 1", "a")
math(W, "2)   3 − 5b = 28        b = ?", F, "solve", "3 - 5b = 28", "b")
math(H, "Here's one from the homework sheet that caught a few people out: 17 = 3w − 4. Two steps, and notice "
        "which side the w is on.", F, "solve", "17 = 3w - 4", "w")
math(W, "(e)   x/5 − 2 = 0.6        x = ______", F, "solve", "x/5 - 2 = 0.6", "x")
math(S, "0.4q + 1.5 = 3.1 pls help", F, "solve", "0.4q + 1.5 = 3.1", "q")
math(T, "Find r when 9r − 2 = 5.", F, "solve", "9r - 2 = 5", "r")

F = "linear-brackets"
math(T, "Solve 5(c − 3) = 2.", F, "solve", "5(c - 3) = 2", "c")
math(W, "Q4   −2(3h + 1) = 22", F, "solve", "-2(3h + 1) = 22", "h")
math(H, "Expand first, then solve: 6 = 3(2 − v). A few of you will write 6 − v, so watch the sign.", F, "solve",
     "6 = 3(2 - v)", "v")
math(S, "4(x+2.5)=30 i got x=5 is that right", F, "solve", "4(x + 2.5) = 30", "x")
math(W, "(c)   ½(6d + 4) = 11", F, "solve", "1/2*(6d + 4) = 11", "d")
math(H, "Ravi is stuck on 3(2n − 7) = −9 from Tuesday's homework. Could you walk him through it? He has already "
        "done the first two questions.", F, "solve", "3(2n - 7) = -9", "n")

F = "linear-both-sides"
math(T, "Solve 7x − 4 = 3x + 10.", F, "solve", "7x - 4 = 3x + 10", "x")
math(W, "6.   2.5u + 3 = u − 4.5", F, "solve", "2.5u + 3 = u - 4.5", "u")
math(H, "Letters on both sides today. Solve 9 − 2y = 5y + 30, and get everyone to say which side they collected "
        "the y terms on.", F, "solve", "9 - 2y = 5y + 30", "y")
math(S, "5t+1 = 8t-11 whats t", F, "solve", "5t + 1 = 8t - 11", "t")
math(S, "stuck on 1.2p − 3 = 0.7p + 2", F, "solve", "1.2p - 3 = 0.7p + 2", "p")
math(H, "For the starter, put up 4 − 3m = 2m − 11 and ask who can do it in their head.", F, "solve",
     "4 - 3m = 2m - 11", "m")

F = "linear-fractions"
math(T, "Solve $\\frac{x + 4}{3} = 5$.", F, "solve", "(x + 4)/3 = 5", "x")
math(T, "Solve the equation 2s/5 − 1 = s/3.", F, "solve", "2s/5 - 1 = s/3", "s")
math(W, "8)   (3g − 1)/4 = (g + 5)/2", F, "solve", "(3g - 1)/4 = (g + 5)/2", "g")
math(W, "9)   y/2 + y/3 = 10", F, "solve", "y/2 + y/3 = 10", "y")
math(S, "(2a-3)/7 = -1 what is a", F, "solve", "(2a - 3)/7 = -1", "a")
math(H, "This is from the mock paper, the one with the coffee stain: solve (5 − w)/4 = w/2 and give the answer "
        "as a fraction.", F, "solve", "(5 - w)/4 = w/2", "w")

F = "rearrange-formula"
math(T, "Rearrange v = u + at to make a the subject.", F, "rearrange", "v = u + at", "a", ans="(v - u)/t")
math(W, "Q2   P = 2l + 2w        w = ?", F, "rearrange", "P = 2l + 2w", "w", ans="(P - 2l)/2")
math(H, "In physics they use K = ½mv². For us it is just a formula: make v the subject (v is positive).", F,
     "rearrange", "K = 1/2 m v^2", "v", ans="sqrt(2K/m)")
math(H, "The conversion F = 9/5 C + 32 is on the wall poster. Rearrange it so that C is the subject; we'll test "
        "it on 212 °F afterwards.", F, "rearrange", "F = 9/5 C + 32", "C", ans="5/9 (F - 32)")
math(S, "how do i make r the subject of A = πr²", F, "rearrange", "A = pi r^2", "r", ans="sqrt(A/pi)")
math(W, "3.   y = mx + c    →   x = ?", F, "rearrange", "y = m x + c", "x", ans="(y - c)/m")

# ---------------------------------------------------------------- expressions
F = "simplify-expression"
math(T, "Simplify 5a + 3b − 2a + 7b − b.", F, "simplify", "5a + 3b - 2a + 7b - b", ans="3a + 9b")
math(W, "(d)   4x² − 3x + 2x² + 8x − 1", F, "simplify", "4x^2 - 3x + 2x^2 + 8x - 1", ans="6x^2 + 5x - 1")
math(W, "(g)   7pq − 3p + 2qp − 5p  =  ______", F, "simplify", "7p q - 3p + 2q p - 5p", ans="9p q - 8p")
math(S, "simplify 3(y+4) - 2(y-1)", F, "simplify", "3(y + 4) - 2(y - 1)", ans="y + 14")
math(T, "Simplify fully 2m(3 − m) + m² − 6m.", F, "simplify", "2m(3 - m) + m^2 - 6m", ans="-m^2")
math(H, "Ask Tomás to simplify 0.5t + 1.25 − 0.3t + 0.75 before he moves on to the next page.", F, "simplify",
     "0.5t + 1.25 - 0.3t + 0.75", ans="0.2t + 2")

F = "expand-brackets"
math(T, "Expand and simplify (2x + 3)(x − 5).", F, "expand", "(2x + 3)(x - 5)", ans="2x^2 - 7x - 15")
math(W, "Q5   −4(3 − 2k)", F, "expand", "-4(3 - 2k)", ans="8k - 12")
math(H, "Multiply out (y − 6)². And no, it is not y² − 36, whatever Diego says.", F, "expand", "(y - 6)^2",
     ans="y^2 - 12y + 36")
math(H, "For homework: expand 3a(a² − 2a + 5). The answers are on the back of the sheet; don't peek.", F, "expand",
     "3a(a^2 - 2a + 5)", ans="3a^3 - 6a^2 + 15a")
math(S, "expand (n+4)(n-4)(n+1)?? thats 3 brackets", F, "expand", "(n + 4)(n - 4)(n + 1)",
     ans="n^3 + n^2 - 16n - 16")
math(W, "(f)   (0.5p + 2)(4p − 1)", F, "expand", "(0.5p + 2)(4p - 1)", ans="2p^2 + 7.5p - 2")

F = "factorise-quadratic"
math(T, "Factorise x² + 2x − 35.", F, "factorise", "x^2 + 2x - 35", ans="(x + 7)(x - 5)")
math(T, "Factorise completely 3m² − 12m − 36.", F, "factorise", "3m^2 - 12m - 36", ans="3(m - 6)(m + 2)")
math(W, "4)   t² − 11t + 24", F, "factorise", "t^2 - 11t + 24", ans="(t - 3)(t - 8)")
math(W, "Q8   Factorise:    6y² + y − 2", F, "factorise", "6y^2 + y - 2", ans="(2y - 1)(3y + 2)")
math(S, "factorise a^2 - 49 pls", F, "factorise", "a^2 - 49", ans="(a - 7)(a + 7)")
math(H, "Revision: put 4k² − 20k + 25 into brackets. Hint: look hard at the first and last terms.", F, "factorise",
     "4k^2 - 20k + 25", ans="(2k - 5)^2")

F = "exponent-rules"
math(T, "Simplify (3a⁴)².", F, "simplify", "(3a^4)^2", ans="9a^8")
math(W, "(a)   x⁵ × x⁻² =", F, "simplify", "x^5 * x^(-2)", ans="x^3")
math(H, "Index laws again. Simplify 12m⁷n² ÷ 4m³n and leave the answer with positive powers.", F, "simplify",
     "12m^7 n^2/(4m^3 n)", ans="3m^4 n")
math(S, "simplify (2y^3)^4 ÷ (8y^5)", F, "simplify", "(2y^3)^4/(8y^5)", ans="2y^7")
math(S, "how do i simplify p^(1/2) * p^(3/2)", F, "simplify", "p^(1/2) * p^(3/2)", ans="p^2")
math(H, "Mrs Adeyemi's group: simplify (k²)³ × k⁴ ÷ k⁵. Remind them that the brackets come first.", F, "simplify",
     "(k^2)^3 * k^4/k^5", ans="k^5")

# ---------------------------------------------------------------- calculus
F = "derivative-power-rule"
math(T, "Differentiate y = 4x³ − 5x² + 7x − 2 with respect to x.", F, "differentiate", "4x^3 - 5x^2 + 7x - 2", "x",
     ans="12x^2 - 10x + 7")
math(T, "Find f′(t) when f(t) = 6√t + 2/t.", F, "differentiate", "6 sqrt(t) + 2/t", "t", ans="3/sqrt(t) - 2/t^2")
math(W, "5)   y = x⁴ − 3x        dy/dx = ?", F, "differentiate", "x^4 - 3x", "x", ans="4x^3 - 3")
math(H, "Power rule practice: find the derivative of g(s) = s⁵/10 − 4s. Nobody needs the chain rule for this.", F,
     "differentiate", "s^5/10 - 4s", "s", ans="s^4/2 - 4")
math(H, "Give them y = 3/x² and ask for dy/dx. Most will forget to write it as a power first.", F, "differentiate",
     "3/x^2", "x", ans="-6/x^3")
math(S, "derivative of 2x^6 + x", F, "differentiate", "2x^6 + x", "x", ans="12x^5 + 1")

F = "derivative-product-rule"
math(T, "Use the product rule to differentiate y = x² sin x.", F, "differentiate", "x^2 sin(x)", "x",
     ans="2x sin(x) + x^2 cos(x)")
math(W, "Q6   f(x) = (3x + 1)(x² − 4)        f′(x) = ?", F, "differentiate", "(3x + 1)(x^2 - 4)", "x",
     ans="9x^2 + 2x - 12")
math(H, "Product rule, then tidy up: differentiate y = x³eˣ. (The quotient rule is next week, so don't worry "
        "about that yet.)", F, "differentiate", "x^3 e^x", "x", ans="3x^2 e^x + x^3 e^x")
math(S, "differentiate t ln(t) please", F, "differentiate", "t ln(t)", "t", ans="ln(t) + 1")
math(S, "product rule on y = (x^2+1)cos(x) ??", F, "differentiate", "(x^2 + 1)cos(x)", "x",
     ans="2x cos(x) - (x^2 + 1) sin(x)")
math(H, "Ask Chidi to find dy/dx for y = √x (x − 2) with the product rule rather than by expanding.", F,
     "differentiate", "sqrt(x)(x - 2)", "x", ans="(x - 2)/(2sqrt(x)) + sqrt(x)")

F = "derivative-chain-rule"
math(T, "Differentiate y = (2x − 5)⁴.", F, "differentiate", "(2x - 5)^4", "x", ans="8(2x - 5)^3")
math(T, "Find dy/dx if y = e^(3x²).", F, "differentiate", "e^(3x^2)", "x", ans="6x e^(3x^2)")
math(W, "(b)   y = √(1 + 4x)        dy/dx =", F, "differentiate", "sqrt(1 + 4x)", "x", ans="2/sqrt(1 + 4x)")
math(W, "(c)   h(t) = sin(5t + 1)        h′(t) = ?", F, "differentiate", "sin(5t + 1)", "t", ans="5cos(5t + 1)")
math(H, "Tomorrow's starter: d/dx of ln(x² + 3). Let them argue about whether it is 1/(x² + 3) first.", F,
     "differentiate", "ln(x^2 + 3)", "x", ans="2x/(x^2 + 3)")
math(S, "how to differentiate (1 - 3x)^-2", F, "differentiate", "(1 - 3x)^(-2)", "x", ans="6/(1 - 3x)^3")

# ---------------------------------------------------------------- quadratics and systems
F = "quadratic-square-root"
math(T, "Solve 3x² = 75.", F, "solve", "3x^2 = 75", "x")
math(W, "7)   (y − 2)² = 49", F, "solve", "(y - 2)^2 = 49", "y")
math(H, "No factorising needed here: solve 2a² − 18 = 0 by getting a² on its own first.", F, "solve",
     "2a^2 - 18 = 0", "a")
math(S, "x^2 = 20 how do i get x", F, "solve", "x^2 = 20", "x")
math(T, "Find all values of k for which (k + 1)² = 7.", F, "solve", "(k + 1)^2 = 7", "k")
math(H, "Ask the class to solve 50 = 2p² and to give both answers, not only the positive one.", F, "solve",
     "50 = 2p^2", "p")

F = "quadratic-factoring"
math(T, "Solve x² − 7x + 12 = 0 by factorising.", F, "solve", "x^2 - 7x + 12 = 0", "x")
math(W, "Q3   n² + 5n = 0", F, "solve", "n^2 + 5n = 0", "n")
math(H, "Factorise, then solve 2b² + 5b − 3 = 0. Check both roots in the original equation.", F, "solve",
     "2b^2 + 5b - 3 = 0", "b")
math(S, "solve m^2 = 3m + 10", F, "solve", "m^2 = 3m + 10", "m")
math(T, "By factorising, find the roots of t² − 10t + 25 = 0.", F, "solve", "t^2 - 10t + 25 = 0", "t")
math(H, "Jamal's group: solve 6 = z² − z. Get them to rearrange to zero first; that is half the marks.", F, "solve",
     "6 = z^2 - z", "z")

F = "quadratic-formula"
math(T, "Use the quadratic formula to solve x² + 4x − 1 = 0.", F, "solve", "x^2 + 4x - 1 = 0", "x")
math(T, "Solve 2y² − 3y − 4 = 0, giving exact answers.", F, "solve", "2y^2 - 3y - 4 = 0", "y")
math(W, "Q9   3p² + 2p − 2 = 0    (exact)", F, "solve", "3p^2 + 2p - 2 = 0", "p")
math(H, "This one doesn't factorise, so use the formula: solve d² − 6d + 4 = 0 and leave the answers as surds.", F,
     "solve", "d^2 - 6d + 4 = 0", "d")
math(S, "quadratic formula on 5x^2 - x - 1 = 0 i cant simplify the root", F, "solve", "5x^2 - x - 1 = 0", "x")
math(H, "Extension task: solve 0.5w² + w − 3 = 0, keeping the answers exact.", F, "solve", "0.5w^2 + w - 3 = 0", "w")

F = "system-elimination"
math(T, "Solve the simultaneous equations 3x + 2y = 16 and 5x − 2y = 8.", F, "solve-system",
     "3x + 2y = 16; 5x - 2y = 8", "x,y")
math(W, "8)   2a + 3b = 1\n      4a − 3b = 11", F, "solve-system", "2a + 3b = 1; 4a - 3b = 11", "a,b")
math(H, "Elimination please, not substitution: 4m + n = 9 and 4m − 3n = 1. Subtract them and see what happens.", F,
     "solve-system", "4m + n = 9; 4m - 3n = 1", "m,n")
math(S, "how do i solve 2x+5y=3 and 3x-5y=22 at the same time", F, "solve-system", "2x + 5y = 3; 3x - 5y = 22", "x,y")
math(S, "simultaneous eqns p + q = 10, p - q = 3", F, "solve-system", "p + q = 10; p - q = 3", "p,q")
math(T, "Solve simultaneously: 6s − 5t = 4, 3s + 2t = 11.", F, "solve-system", "6s - 5t = 4; 3s + 2t = 11", "s,t")

F = "system-substitution"
math(T, "Solve the system y = 2x − 1, 3x + y = 14 by substitution.", F, "solve-system", "y = 2x - 1; 3x + y = 14",
     "x,y")
math(W, "Q10   a = 3b + 2;   2a − 5b = 7", F, "solve-system", "a = 3b + 2; 2a - 5b = 7", "a,b")
math(H, "One of the equations is already solved for y, so substitute: y = 4 − x and 2x − 3y = 3.", F,
     "solve-system", "y = 4 - x; 2x - 3y = 3", "x,y")
math(H, "Aroha's pair: x = −2y and 3x + 4y = 10. (The other pair on the board is for later.)", F, "solve-system",
     "x = -2y; 3x + 4y = 10", "x,y")
math(S, "substitution pls: n = m + 6, 2m + n = 0", F, "solve-system", "n = m + 6; 2m + n = 0", "m,n")
math(T, "Using substitution, solve k = 0.5h + 1 and 4h − 2k = 10.", F, "solve-system", "k = 0.5h + 1; 4h - 2k = 10",
     "h,k")

# ---------------------------------------------------------------- physics
G = "g=9.8 m/s^2"

F = "speed"
phys(T, "A cyclist rides 12 km in 40 minutes. Calculate her average speed in metres per second.", F, "v = d/t", "v",
     "m/s", "d=12000 m; t=2400 s")
phys(W, "d = 150 m,   t = 12 s.     v = ?", F, "v = d/t", "v", "m/s", "d=150 m; t=12 s")
phys(H, "Amara walks the 1.8 km to school and it takes her 25 minutes. Her brother cycles the same route. What is "
        "Amara's average speed? Give it in m/s.", F, "v = d/t", "v", "m/s", "d=1800 m; t=1500 s")
phys(H, "A train covers 270 km at an average speed of 90 km/h. How long does the journey take, in seconds?", F,
     "v = d/t", "t", "s", "d=270000 m; v=25 m/s")
phys(S, "if a car goes at 20 m/s for 45 s how far does it go", F, "v = d/t", "d", "m", "v=20 m/s; t=45 s")
phys(W, "speed = 340 m/s,  time = 0.5 s,  distance = ?", F, "v = d/t", "d", "m", "v=340 m/s; t=0.5 s")

F = "acceleration"
phys(T, "A car speeds up from 8 m/s to 20 m/s in 4 s. Find its acceleration.", F, "a = (v - u)/t", "a", "m/s^2",
     "u=8 m/s; v=20 m/s; t=4 s")
phys(W, "u = 0,  v = 27 m/s,  t = 6 s;    a = ?", F, "a = (v - u)/t", "a", "m/s^2", "u=0 m/s; v=27 m/s; t=6 s")
phys(H, "A sprinter leaves the blocks and reaches 9 m/s after 1.5 s. What is her average acceleration over that "
        "time? (Her top speed later in the race doesn't matter here.)", F, "a = (v - u)/t", "a", "m/s^2",
     "u=0 m/s; v=9 m/s; t=1.5 s")
phys(S, "bike slows from 10 m/s to 4 m/s in 3 seconds whats the acceleration", F, "a = (v - u)/t", "a", "m/s^2",
     "u=10 m/s; v=4 m/s; t=3 s")
phys(T, "How long does it take a lorry accelerating at 0.8 m/s² to go from 36 km/h to 72 km/h?", F,
     "a = (v - u)/t", "t", "s", "a=0.8 m/s^2; u=10 m/s; v=20 m/s")
phys(H, "The lift in the science block goes from rest to 2.4 m/s with an acceleration of 1.2 m s⁻². For how many "
        "seconds does it accelerate?", F, "a = (v - u)/t", "t", "s", "a=1.2 m/s^2; u=0 m/s; v=2.4 m/s")

F = "newtons-second-law"
phys(T, "A resultant force acts on a 1200 kg car and gives it an acceleration of 2.5 m/s². Calculate the force.",
     F, "F = m*a", "F", "N", "m=1200 kg; a=2.5 m/s^2")
phys(W, "m = 450 g,   a = 8 m/s²,   F = ?", F, "F = m*a", "F", "N", "m=0.45 kg; a=8 m/s^2")
phys(H, "A trolley of mass 2 kg is pushed with a resultant force of 7 N along a smooth bench. Find its "
        "acceleration. Tell the group the bench is 1.5 m long, but they won't need that.", F, "F = m*a", "a",
     "m/s^2", "F=7 N; m=2 kg")
phys(H, "A tug pulls a barge with a net force of 15 kN and the barge accelerates at 0.05 m/s². What is the mass "
        "of the barge? Answer in kg, please.", F, "F = m*a", "m", "kg", "F=15000 N; a=0.05 m/s^2")
phys(S, "net force 24 N on a 3 kg box whats a", F, "F = m*a", "a", "m/s^2", "F=24 N; m=3 kg")
phys(W, "F = 0.9 kN      a = 1.8 m/s²      m = ?", F, "F = m*a", "m", "kg", "F=900 N; a=1.8 m/s^2")

F = "weight"
phys(T, "Calculate the weight of a 65 kg student on Earth (g = 9.8 N/kg).", F, "W = m*g", "W", "N", "m=65 kg; " + G)
phys(W, "m = 250 g,   g = 9.8 N/kg,   W = ?", F, "W = m*g", "W", "N", "m=0.25 kg; " + G)
phys(H, "A bag of cement has a mass of 25 kilograms. What is its weight? Use 9.8 for g; the builders round it to "
        "10, but we won't.", F, "W = m*g", "W", "N", "m=25 kg; " + G)
phys(S, "something weighs 49 N on earth whats its mass", F, "W = m*g", "m", "kg", "W=49 N; " + G)
phys(T, "An astronaut's kit weighs 130 N on the Moon, where g = 1.6 N/kg. Find its mass.", F, "W = m*g", "m", "kg",
     "W=130 N; g=1.6 m/s^2")
phys(S, "whats the weight of a 1.2 tonne car", F, "W = m*g", "W", "N", "m=1200 kg; " + G)

F = "momentum"
phys(T, "Find the momentum of a 0.16 kg cricket ball travelling at 35 m/s.", F, "p = m*v", "p", "kg m/s",
     "m=0.16 kg; v=35 m/s")
phys(W, "m = 70 kg,  v = 4 m/s,  p = ?", F, "p = m*v", "p", "kg m/s", "m=70 kg; v=4 m/s")
phys(H, "A lorry of mass 8 tonnes moves at 54 km/h. Work out its momentum, and before anyone asks, the colour of "
        "the lorry is irrelevant.", F, "p = m*v", "p", "kg m/s", "m=8000 kg; v=15 m/s")
phys(H, "Kwame and his skateboard together have a momentum of 150 kg m/s when moving at 2.5 m/s. What is their "
        "combined mass?", F, "p = m*v", "m", "kg", "p=150 kg m/s; v=2.5 m/s")
phys(S, "momentum is 12 kg m/s and mass is 0.6 kg whats the velocity", F, "p = m*v", "v", "m/s",
     "p=12 kg m/s; m=0.6 kg")
phys(W, "p = 3.0 × 10⁴ kg m/s,   m = 1200 kg,   v = ?", F, "p = m*v", "v", "m/s", "p=30000 kg m/s; m=1200 kg")

F = "kinetic-energy"
phys(T, "Calculate the kinetic energy of a 900 kg car moving at 20 m/s.", F, "Ek = m*v^2/2", "Ek", "J",
     "m=900 kg; v=20 m/s")
phys(W, "m = 50 g,   v = 12 m/s,   Ek = ?", F, "Ek = m*v^2/2", "Ek", "J", "m=0.05 kg; v=12 m/s")
phys(H, "A 60 kg runner has 1920 J of kinetic energy. How fast is she running? Someone will forget the square "
        "root, so remind them.", F, "Ek = m*v^2/2", "v", "m/s", "Ek=1920 J; m=60 kg")
phys(S, "whats the KE of a 2 kg ball going 3 m/s", F, "Ek = m*v^2/2", "Ek", "J", "m=2 kg; v=3 m/s")
phys(S, "ke = 400 J speed 10 m/s find the mass", F, "Ek = m*v^2/2", "m", "kg", "Ek=400 J; v=10 m/s")
phys(T, "A bullet of mass 8.0 g leaves a rifle with 3.6 kJ of kinetic energy. Find its speed.", F, "Ek = m*v^2/2",
     "v", "m/s", "Ek=3600 J; m=0.008 kg")

F = "potential-energy"
phys(T, "A 0.5 kg book is lifted onto a shelf 1.8 m high. How much gravitational potential energy does it gain? "
        "Take g = 9.8 m/s².", F, "Ep = m*g*h", "Ep", "J", "m=0.5 kg; h=1.8 m; " + G)
phys(W, "m = 12 kg,  h = 25 m,  g = 9.8 N/kg,   Ep = ?", F, "Ep = m*g*h", "Ep", "J", "m=12 kg; h=25 m; " + G)
phys(H, "The school's water tank holds 2000 kg of water on a roof 15 m above the ground. How much gravitational "
        "potential energy does the water store? (The tank is plastic; ignore its mass.)", F, "Ep = m*g*h", "Ep",
     "J", "m=2000 kg; h=15 m; " + G)
phys(H, "A crane gives a steel beam 47 kJ of gravitational potential energy by lifting it 8 m. Find the mass of "
        "the beam, using g = 9.8 m/s².", F, "Ep = m*g*h", "m", "kg", "Ep=47000 J; h=8 m; " + G)
phys(S, "climber 70 kg goes up 300 m how much gpe does she gain", F, "Ep = m*g*h", "Ep", "J",
     "m=70 kg; h=300 m; " + G)
phys(T, "A 2 kg mass gains 98 J of gravitational potential energy. Through what height was it raised?", F,
     "Ep = m*g*h", "h", "m", "Ep=98 J; m=2 kg; " + G)

F = "work-done"
phys(T, "A force of 45 N pushes a box 3.2 m along the floor in the direction of the force. How much work is done?",
     F, "W = F*d", "W", "J", "F=45 N; d=3.2 m")
phys(W, "F = 2.5 kN,   d = 40 cm,   W = ?", F, "W = F*d", "W", "J", "F=2500 N; d=0.4 m")
phys(H, "Siobhan drags a sledge 150 m with a steady 60 N pull along the rope. Find the work she does. (The rope "
        "is parallel to the ground, so no angles today.)", F, "W = F*d", "W", "J", "F=60 N; d=150 m")
phys(S, "work = 500 J and distance 20 m whats the force", F, "W = F*d", "F", "N", "W=500 J; d=20 m")
phys(S, "how far does an 80N force move something if it does 1.2 kJ of work", F, "W = F*d", "d", "m",
     "F=80 N; W=1200 J")
phys(T, "An engine does 6.3 MJ of work moving a train 1.5 km. What average force does it exert?", F, "W = F*d", "F",
     "N", "W=6300000 J; d=1500 m")

F = "power"
phys(T, "A motor does 4800 J of work in 1 minute. Calculate its power.", F, "P = W/t", "P", "W", "W=4800 J; t=60 s")
phys(W, "E = 36 kJ,   t = 2 min,   P = ?", F, "P = E/t", "P", "W", "E=36000 J; t=120 s")
phys(H, "A kettle transfers 180 kJ of energy in 75 seconds. What is its power? (The kettle is green; that won't "
        "be on the test.)", F, "P = E/t", "P", "W", "E=180000 J; t=75 s")
phys(H, "Mateus runs up the stairs, doing 2.1 kJ of work, and his power is 700 W. How long does the climb take?",
     F, "P = W/t", "t", "s", "W=2100 J; P=700 W")
phys(S, "a 60W bulb is on for 10 minutes how much energy does it use", F, "P = E/t", "E", "J", "P=60 W; t=600 s")
phys(T, "A crane's motor has a power of 15 kW. How much work does it do in 8.0 s?", F, "P = W/t", "W", "J",
     "P=15000 W; t=8 s")

F = "pressure"
phys(T, "A force of 600 N acts on an area of 0.02 m². Calculate the pressure.", F, "p = F/A", "p", "Pa",
     "F=600 N; A=0.02 m^2")
phys(W, "F = 84 N,   A = 12 cm²,   p = ?", F, "p = F/A", "p", "Pa", "F=84 N; A=0.0012 m^2")
phys(H, "An elephant standing still puts 48 kN on the ground through feet with a total area of 0.16 m². Find the "
        "pressure under its feet. Some of you will remember the elephant from the video; it was an African one.",
     F, "p = F/A", "p", "Pa", "F=48000 N; A=0.16 m^2")
phys(H, "Tell them: a drawing pin's point presses with 20 N and produces a pressure of 4 × 10⁷ Pa. What is the "
        "area of the point, in m²?", F, "p = F/A", "A", "m^2", "F=20 N; p=40000000 Pa")
phys(S, "pressure is 2000 Pa on an area of 3 m^2 what force", F, "p = F/A", "F", "N", "p=2000 Pa; A=3 m^2")
phys(S, "whats the pressure if 150 newtons pushes on 0.5 square metres", F, "p = F/A", "p", "Pa",
     "F=150 N; A=0.5 m^2")

F = "ohms-law"
phys(T, "A current of 0.25 A flows through a 48 Ω resistor. Find the potential difference across it.", F,
     "V = I*R", "V", "V", "I=0.25 A; R=48 ohm")
phys(W, "V = 230 V,   I = 5 A,   R = ?", F, "V = I*R", "R", "ohm", "V=230 V; I=5 A")
phys(H, "A 9 V battery drives a current through a lamp of resistance 36 Ω. What current flows? (The battery says "
        "'long life' on it, which changes nothing.)", F, "V = I*R", "I", "A", "V=9 V; R=36 ohm")
phys(H, "Ask Priya's group: the voltmeter reads 4.5 V and the ammeter reads 300 mA. What is the resistance of the "
        "component?", F, "V = I*R", "R", "ohm", "V=4.5 V; I=0.3 A")
phys(S, "current through a 2 kΩ resistor with 6 V across it?", F, "V = I*R", "I", "A", "V=6 V; R=2000 ohm")
phys(W, "I = 20 mA     R = 470 Ω     V = ?", F, "V = I*R", "V", "V", "I=0.02 A; R=470 ohm")

F = "resistors"
phys(T, "Resistors of 220 Ω and 330 Ω are connected in series. Find the total resistance.", F, "R = R1 + R2", "R",
     "ohm", "R1=220 ohm; R2=330 ohm")
phys(T, "Two resistors, 6 Ω and 12 Ω, are joined in parallel. What is their combined resistance?", F,
     "R = R1*R2/(R1 + R2)", "R", "ohm", "R1=6 ohm; R2=12 ohm")
phys(W, "R1 = 1.5 kΩ,   R2 = 3 kΩ   (in parallel).     R = ?", F, "R = R1*R2/(R1 + R2)", "R", "ohm",
     "R1=1500 ohm; R2=3000 ohm")
phys(H, "Two resistors are in series and the total is 85 Ω. One of them is 47 Ω. What is the other? (There is a "
        "third resistor in the kit, but it isn't used.)", F, "R = R1 + R2", "R2", "ohm", "R=85 ohm; R1=47 ohm")
phys(S, "2 resistors in parallel 10 ohm and 40 ohm whats the total", F, "R = R1*R2/(R1 + R2)", "R", "ohm",
     "R1=10 ohm; R2=40 ohm")
phys(H, "For the practical: a 20 Ω resistor is in parallel with an unknown one, and the pair measures 15 Ω. Find "
        "the unknown resistor.", F, "R = R1*R2/(R1 + R2)", "R2", "ohm", "R=15 ohm; R1=20 ohm")

F = "electrical-power"
phys(T, "A heater draws 8 A from a 230 V supply. Calculate its power.", F, "P = I*V", "P", "W", "I=8 A; V=230 V")
phys(W, "P = 60 W,   V = 12 V,   I = ?", F, "P = I*V", "I", "A", "P=60 W; V=12 V")
phys(H, "A 2 kW kettle runs on 240 V mains. What current does it draw? (Kettles get a safety-test sticker every "
        "year; not relevant here.)", F, "P = I*V", "I", "A", "P=2000 W; V=240 V")
phys(S, "power of a 5 ohm resistor with 3 A through it", F, "P = I^2*R", "P", "W", "I=3 A; R=5 ohm")
phys(S, "if a 100 W lamp has 0.4 A going thru it whats the voltage", F, "P = I*V", "V", "V", "P=100 W; I=0.4 A")
phys(T, "A 1.2 kW motor takes a current of 5 A. Find the potential difference across it.", F, "P = I*V", "V", "V",
     "P=1200 W; I=5 A")

F = "free-fall"
phys(T, "A stone is dropped from rest and falls for 2.5 s. How far does it fall? Ignore air resistance and take "
        "g = 9.8 m/s².", F, "h = g*t^2/2", "h", "m", "t=2.5 s; " + G)
phys(T, "A ball is dropped from a height of 20 m. How fast is it moving just before it hits the ground? "
        "(g = 9.8 m/s²; air resistance is negligible.)", F, "v^2 = 2*g*h", "v", "m/s", "h=20 m; " + G)
phys(W, "dropped from rest,   t = 3 s,   g = 9.8 m/s²       v = ?", F, "v = g*t", "v", "m/s", "t=3 s; " + G)
phys(W, "h = 45 m   (dropped from rest)       t = ?", F, "h = g*t^2/2", "t", "s", "h=45 m; " + G)
phys(H, "Yusuf drops a coin down a well and hears the splash 1.6 s later. Ignoring the time the sound takes to "
        "come back up, how deep is the well? Use g = 9.8.", F, "h = g*t^2/2", "h", "m", "t=1.6 s; " + G)
phys(S, "object dropped from rest how long does it take to fall 80 m", F, "h = g*t^2/2", "t", "s", "h=80 m; " + G)

F = "suvat"
phys(T, "A car accelerates uniformly from 5 m/s at 2 m/s² for 6 s. What distance does it cover?", F,
     "s = u*t + a*t^2/2", "s", "m", "u=5 m/s; a=2 m/s^2; t=6 s")
phys(T, "A train decelerates uniformly from 30 m/s to rest over a distance of 450 m. Find its acceleration.", F,
     "v^2 = u^2 + 2*a*s", "a", "m/s^2", "u=30 m/s; v=0 m/s; s=450 m")
phys(W, "u = 4 m/s,   a = 3 m/s²,   s = 10 m,      v = ?", F, "v^2 = u^2 + 2*a*s", "v", "m/s",
     "u=4 m/s; a=3 m/s^2; s=10 m")
phys(W, "u = 12 m/s    v = 0    t = 4 s    s = ?", F, "s = (u + v)*t/2", "s", "m", "u=12 m/s; v=0 m/s; t=4 s")
phys(H, "A cyclist freewheels down a hill, starting at 3 m/s and speeding up steadily at 0.5 m/s². What is her "
        "speed after 12 s? (The hill is 200 m long, but she hasn't reached the bottom yet.)", F, "v = u + a*t", "v",
     "m/s", "u=3 m/s; a=0.5 m/s^2; t=12 s")
phys(S, "plane starts from rest and accelerates at 4 m/s^2 how far does it go till its doing 60 m/s", F,
     "v^2 = u^2 + 2*a*s", "s", "m", "u=0 m/s; a=4 m/s^2; v=60 m/s")

F = "impulse"
phys(T, "A force of 250 N acts on a ball for 0.04 s. Calculate the impulse.", F, "J = F*t", "J", "N s",
     "F=250 N; t=0.04 s")
phys(T, "A 0.4 kg ball at rest is kicked and leaves the foot at 18 m/s. The contact lasts 0.012 s. Find the "
        "average force on the ball.", F, "F*t = m*(v - u)", "F", "N", "m=0.4 kg; u=0 m/s; v=18 m/s; t=0.012 s")
phys(W, "F = 1.2 kN,   t = 0.05 s,   impulse = ?", F, "J = F*t", "J", "N s", "F=1200 N; t=0.05 s")
phys(H, "Show the slow-motion clip first. A golf club hits a 46 g ball, which leaves the tee at 70 m/s; the "
        "contact lasts only 0.5 ms. What is the average force on the ball?", F, "F*t = m*(v - u)", "F", "N",
     "m=0.046 kg; u=0 m/s; v=70 m/s; t=0.0005 s")
phys(S, "impulse of 30 N s over 0.2 s, what force", F, "J = F*t", "F", "N", "J=30 N s; t=0.2 s")
phys(S, "ball gets an impulse of 4.5 Ns, mass 0.3 kg, starts still, what speed does it get", F, "J = m*(v - u)", "v",
     "m/s", "J=4.5 N s; m=0.3 kg; u=0 m/s")

F = "friction-level"
phys(T, "A 20 kg crate is pulled along a level floor by a horizontal force of 120 N. The coefficient of friction "
        "is 0.4. Find the net force on the crate (g = 9.8 m/s²).", F, "F_net = F - mu*m*g", "F_net", "N",
     "m=20 kg; F=120 N; mu=0.4; " + G)
phys(T, "A 5 kg block is pulled across a level bench at constant speed by a horizontal force of 14.7 N. Find the "
        "coefficient of friction. (g = 9.8 N/kg)", F, "F_net = F - mu*m*g", "mu", "",
     "m=5 kg; F=14.7 N; F_net=0 N; " + G)
phys(W, "m = 8 kg     μ = 0.25     pulling force = 50 N     level ground     F_net = ?", F, "F_net = F - mu*m*g",
     "F_net", "N", "m=8 kg; mu=0.25; F=50 N; " + G)
phys(H, "Ingrid pushes a 40 kg sofa across a level floor at a steady speed with a horizontal push of 156.8 N. "
        "What is the coefficient of friction between the sofa and the floor? Use g = 9.8 m/s². (Steady speed means "
        "the forces balance!)", F, "F_net = F - mu*m*g", "mu", "", "m=40 kg; F=156.8 N; F_net=0 N; " + G)
phys(S, "box 12 kg pushed with 80 N on a flat floor, mu is 0.5, whats the acceleration", F, "m*a = F - mu*m*g", "a",
     "m/s^2", "m=12 kg; F=80 N; mu=0.5; " + G)
phys(H, "A 2 kg wooden block is dragged over a level table by a 9 N horizontal force; μ = 0.35. Find the "
        "resultant force on the block, with g = 9.8.", F, "F_net = F - mu*m*g", "F_net", "N",
     "m=2 kg; F=9 N; mu=0.35; " + G)

F = "density"
phys(T, "A block of aluminium has a mass of 5.4 kg and a volume of 0.002 m³. Calculate its density.", F,
     "rho = m/V", "rho", "kg/m^3", "m=5.4 kg; V=0.002 m^3")
phys(W, "m = 390 g     V = 50 cm³     ρ = ?", F, "rho = m/V", "rho", "kg/m^3", "m=0.39 kg; V=0.00005 m^3")
phys(H, "A jar holds 1.5 litres of olive oil with a mass of 1.38 kg. What is the density of the oil in kg/m³? "
        "(1 litre = 0.001 m³, in case anyone has forgotten.)", F, "rho = m/V", "rho", "kg/m^3",
     "m=1.38 kg; V=0.0015 m^3")
phys(S, "density of water is 1000 kg/m3 whats the mass of 0.25 m3 of it", F, "rho = m/V", "m", "kg",
     "rho=1000 kg/m^3; V=0.25 m^3")
phys(S, "a rock is 3 kg with density 2500 kg/m^3 volume??", F, "rho = m/V", "V", "m^3", "m=3 kg; rho=2500 kg/m^3")
phys(T, "Gold has a density of 19300 kg/m³. What is the mass of a gold bar of volume 250 cm³?", F, "rho = m/V",
     "m", "kg", "rho=19300 kg/m^3; V=0.00025 m^3")

F = "wave-speed"
phys(T, "A wave has a frequency of 50 Hz and a wavelength of 6.8 m. Calculate its speed.", F, "v = f*lam", "v",
     "m/s", "f=50 Hz; lam=6.8 m")
phys(W, "f = 2.5 kHz,   λ = 0.14 m,   v = ?", F, "v = f*lam", "v", "m/s", "f=2500 Hz; lam=0.14 m")
phys(H, "A radio station broadcasts at 97.5 MHz, and radio waves travel at 3.0 × 10⁸ m/s. What is the "
        "wavelength? (The station plays mostly jazz, not that it matters.)", F, "v = f*lam", "lam", "m",
     "f=97500000 Hz; v=300000000 m/s")
phys(H, "Ripples in the tank: Mei counts 4 waves passing a point each second and measures the crests 15 cm apart. "
        "How fast are the ripples moving?", F, "v = f*lam", "v", "m/s", "f=4 Hz; lam=0.15 m")
phys(S, "wave speed 1500 m/s wavelength 3 m whats the frequency", F, "v = f*lam", "f", "Hz", "v=1500 m/s; lam=3 m")
phys(S, "sound at 343 m/s with frequency 686 Hz, wavelength?", F, "v = f*lam", "lam", "m", "v=343 m/s; f=686 Hz")

# ---------------------------------------------------------------- out of scope (several close to a family on purpose)
out(T, "Evaluate the integral of 3x² + 2x from x = 0 to x = 2.", "definite-integral")
out(T, "Solve 5^(x − 1) = 125.", "exponential-equation")
out(T, "Solve the inequality 3(x − 2) < 2x + 5.", "inequality")
out(T, "Solve sin θ = 0.5 for 0° ≤ θ ≤ 360°.", "trigonometric-equation")
out(T, "Find the area of a triangle with a base of 9 cm and a height of 6 cm.", "area")
out(T, "Solve x³ − 6x² + 11x − 6 = 0.", "cubic")
out(T, "A 2 kg trolley moving at 3 m/s collides with a stationary 1 kg trolley and they stick together. Find their "
       "common velocity just after the collision.", "collision")
out(T, "Three resistors of 4 Ω, 6 Ω and 12 Ω are connected in parallel. Find the total resistance.",
    "three-resistors")
out(T, "Calculate the energy needed to raise the temperature of 2 kg of water by 15 °C. The specific heat capacity "
       "of water is 4200 J/(kg °C).", "specific-heat")
out(T, "Find the limit of (x² − 9)/(x − 3) as x tends to 3.", "limit")
out(T, "Solve the system x + y + z = 6, 2x − y + z = 3, x + 2y − z = 2.", "three-unknown-system")
out(T, "Differentiate y = (x + 1)/(x − 2) using the quotient rule.", "quotient-rule")

out(W, "4)   ∫ (6x − 1) dx = ?", "integration")
out(W, "Q8   log₂ 64 = ?", "logarithm")
out(W, "(c)   −4 < 2x + 6 ≤ 10", "inequality")
out(W, "3.   Mean of 12, 15, 9, 20, 14 = ____", "statistics")
out(W, "Q2   P(two heads when two fair coins are tossed) = ?", "probability")
out(W, "7)   a = 3i + 4j        |a| = ?", "vector")
out(W, "(e)   det [2 3; 1 4] = ?", "determinant")
out(W, "Q11   5, 9, 13, 17, …     nth term = ?", "sequence")
out(W, "5.   moles in 36 g of water (M = 18 g/mol) = ?", "chemistry")
out(W, "Q6   legs 3 cm and 4 cm, right angle between them.     hypotenuse = ?", "pythagoras")
out(W, "8)   u = 20 m/s at 30° above the horizontal.     range = ?", "projectile")
out(W, "(d)   |2x − 3| = 7", "absolute-value")

out(H, "Today we start integration. Ask the class to find the area under y = x² between x = 1 and x = 3, as a "
       "fraction.", "definite-integral")
out(H, "We're on slopes now: a 5 kg block slides down a ramp at 30° to the horizontal with μ = 0.2. Find its "
       "acceleration down the slope (g = 9.8). Last week's level-floor questions didn't need an angle; this one "
       "does.", "inclined-plane")
out(H, "Ask them for the moment: a child weighing 300 N sits 1.5 m from the pivot of a see-saw. What turning "
       "effect does she have about the pivot? Remind them moments are in N m.", "moments")
out(H, "For the practical write-up: a 2 Ω and a 3 Ω resistor are in series, and that pair is in parallel with a "
       "5 Ω resistor. What is the total resistance?", "mixed-circuit")
out(H, "Nadia's group is on logarithms this week: ask them to solve 3^x = 20, to 3 significant figures, by taking "
       "logs of both sides. Calculators allowed.", "exponential-equation")
out(H, "Homework: write a paragraph explaining why the Moon doesn't fall onto the Earth. Use the words 'gravity' "
       "and 'orbit'.", "essay")
out(H, "A gas at 100 kPa takes up 2 litres. It is squeezed at constant temperature to 0.5 litres. What is its new "
       "pressure? (Boyle's law, not the pressure formula from last week.)", "boyles-law")
out(H, "Prove that the sum of two odd numbers is always even. A clear argument in words is fine.", "proof")
out(H, "Extension for the fast ones: find the gradient of the curve x² + y² = 25 at the point (3, 4) by implicit "
       "differentiation.", "implicit-differentiation")
out(H, "An object stands 30 cm from a converging lens of focal length 10 cm. Ask where the image forms. (Ray "
       "diagrams optional.)", "lens")
out(H, "Half-life: a sample of 80 g of a radioactive isotope has a half-life of 6 hours. How much of it is left "
       "after one day?", "half-life")
out(H, "Circular motion starter: a car goes round a roundabout of radius 25 m at 10 m/s. Ask for its centripetal "
       "acceleration; we did the formula on Monday.", "circular-motion")

out(S, "integrate x^3 + 4 pls", "integration")
out(S, "solve ln(x) = 2", "logarithm-equation")
out(S, "how do i solve cos x = -1/2 between 0 and 2pi", "trigonometric-equation")
out(S, "whats the area of a circle with radius 7 cm", "area")
out(S, "two angles in a triangle are 50 and 65 what is the third one", "angles")
out(S, "solve x^3 + x - 10 = 0", "cubic")
out(S, "probability of rolling a 6 twice in a row?", "probability")
out(S, "ball kicked at 20 m/s at 45 degrees how far does it go", "projectile")
out(S, "find the median of 3 8 1 9 4 7", "statistics")
out(S, "2 cars crash, a 1000 kg one at 20 m/s hits a 1500 kg one at rest and they stick, speed after??",
    "collision")
out(S, "dy/dx of y = sin(x)/x, is that the quotient rule?", "quotient-rule")
out(S, "spring stretches 4 cm when you hang 2 N on it whats the spring constant", "hookes-law")


def main():
    assert len(ITEMS) == 288, len(ITEMS)
    lines = []
    for i, it in enumerate(ITEMS, 1):
        row = {"id": f"hw4-{i:03d}"}
        row.update(it)
        lines.append(json.dumps(row, ensure_ascii=False))
    path = Path(__file__).with_name("handwritten-4.jsonl")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} lines to {path}")


if __name__ == "__main__":
    main()
