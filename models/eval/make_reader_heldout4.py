"""Writes reader-heldout-4.jsonl: problems written by hand in session 7 before any reader change of that session.

Every text below was written for this file (none copied); the expected answers are computed here by sympy from the
start (math) or from the formula with the SI givens (physics), never by Stepwise. Emphasis: two-formula physics chains,
the gradient of a curve at a point, equations said in words, the g of another planet, impulse as a change of momentum,
a second resistor from a total, plus ordinary problems of every kind and problems outside every family.
"""
import json
from pathlib import Path

import sympy as sp
from sympy.parsing.sympy_parser import parse_expr, standard_transformations, implicit_multiplication_application, convert_xor

T = standard_transformations + (implicit_multiplication_application, convert_xor)
LOCAL = {"E": sp.Symbol("E"), "S": sp.Symbol("S"), "N": sp.Symbol("N"), "I": sp.Symbol("I"), "e": sp.E,
         "sqrt": sp.sqrt, "sin": sp.sin, "cos": sp.cos, "exp": sp.exp}
PHYS = {n: sp.Symbol(n) for n in ["F_net", "R1", "R2", "rho", "lam", "mu", "E", "I", "N"]}


def P(s, local=None):
    loc = dict(LOCAL)
    loc.update(local or {})
    return parse_expr(s.replace("√", "sqrt"), transformations=T, local_dict=loc)


items = []


def add(style, text, family, task, start, unknown, answer, **extra):
    items.append(dict(style=style, text=text, family=family, task=task, start=start, unknown=unknown, answer=answer,
                      **extra))


def show(v):
    return str(v).replace("**", "^")


def ev(style, text, family, start, task="evaluate"):
    add(style, text, family, task, start, None, dict(kind="numeric", value=show(sp.nsimplify(P(start)))))


def simp(style, text, family, start, task="simplify"):
    v = sp.expand(P(start))
    ans = dict(kind="expression", value=show(v))
    if task == "expand":
        ans["form"] = "expanded"
    add(style, text, family, task, start, None, ans)


def fac(style, text, start):
    add(style, text, "factorise-quadratic", "factorise", start, None,
        dict(kind="expression", value=show(sp.factor(P(start))), form="factored"))


def sol(style, text, family, start, x):
    l, r = start.split("=")
    s = [sp.nsimplify(v) for v in sp.solve(sp.Eq(P(l), P(r)), sp.Symbol(x))]
    if len(s) == 1:
        add(style, text, family, "solve", start, x, dict(kind="equation", value=f"{x} = {show(s[0])}"))
    else:
        add(style, text, family, "solve", start, x, dict(kind="set", value=" or ".join(f"{x} = {show(v)}" for v in s)))


def rea(style, text, start, x):
    X = sp.Symbol(x, positive=True)
    l, r = start.split("=")
    s = sp.solve(sp.Eq(P(l, {x: X}), P(r, {x: X})), X)
    add(style, text, "rearrange-formula", "rearrange", start, x, dict(kind="equation", value=f"{x} = {show(s[0])}"))


def sysm(style, text, family, e1, e2):
    eqs = [sp.Eq(P(e.split("=")[0]), P(e.split("=")[1])) for e in (e1, e2)]
    syms = sorted(set().union(*[q.free_symbols for q in eqs]), key=str)
    s = sp.solve(eqs, syms)
    add(style, text, family, "solve-system", e1 + "; " + e2, ",".join(map(str, syms)),
        dict(kind="system", values={str(k): show(v) for k, v in s.items()}))


def der(style, text, family, f, x="x"):
    add(style, text, family, "differentiate", f, x, dict(kind="expression", value=show(sp.diff(P(f), sp.Symbol(x)))))


def grad(style, text, family, f, at, x="x"):
    """The gradient of a curve at a point: the derivative, evaluated at x = at (a number)."""
    v = sp.nsimplify(sp.diff(P(f), sp.Symbol(x)).subs(sp.Symbol(x), sp.nsimplify(at)))
    add(style, text, family, "differentiate", f, x, dict(kind="numeric", value=show(v)), at=at)


def phy(style, text, family, unknown, formula, givens, unit):
    """givens: {symbol: "value unit"} in SI; the answer solves formula for unknown (the root named by sign)."""
    loc = dict(PHYS)
    for s in list(givens) + [unknown]:
        loc.setdefault(s, sp.Symbol(s))
    lhs, rhs = formula.split("=")
    tr = standard_transformations + (convert_xor,)
    eq = sp.Eq(parse_expr(lhs, local_dict=loc, transformations=tr), parse_expr(rhs, local_dict=loc, transformations=tr))
    eq = eq.subs({loc[s]: sp.nsimplify(v.split()[0]) for s, v in givens.items()})
    sols = [float(s) for s in sp.solve(eq, loc[unknown]) if s.is_real]
    v = max(sols)  # a speed or a length: the positive root
    v = float("%.3g" % v)
    add(style, text, family, "physics", None, unknown, dict(kind="quantity", value=f"{v:g} {unit}", tolerance="1%"),
        formula=formula, givens=[dict(symbol=s, value=g) for s, g in givens.items()])


def oos(style, text, topic):
    items.append(dict(style=style, text=text, family=None, task=None, start=None, unknown=None, answer=None,
                      topic=topic))


G = "9.8 m/s^2"

# ---- ordinary math, every kind ----
ev("textbook", "Evaluate 7 − 3 × (−4) + 10 ÷ (−2).", "integer-arithmetic", "7 - 3*(-4) + 10/(-2)")
ev("student", "whats -15 divided by 3 plus 8", "integer-arithmetic", "-15/3 + 8")
ev("worksheet", "5)  (−6)² − 4 × 7 = ____", "integer-arithmetic", "(-6)^2 - 4*7")
ev("textbook", "Work out 2/3 + 5/12, giving your answer in its simplest form.", "fraction-arithmetic", "2/3 + 5/12")
ev("teacher", "Without a calculator, find 3/4 ÷ 9/10. Remember to flip the second fraction.", "fraction-arithmetic",
   "(3/4)/(9/10)")
ev("student", "what is 7/8 minus 1/3", "fraction-arithmetic", "7/8 - 1/3")
ev("textbook", "Find 35% of 240.", "percentages", "35/100*240", "percentage")
ev("student", "whats 15 percent of 80", "percentages", "15/100*80", "percentage")
ev("worksheet", "Q2.  12.5% of £64 = ______", "percentages", "12.5/100*64", "percentage")
ev("teacher", "A jacket costs $60 and is reduced by 25% in a sale. What does it cost in the sale?", "percentages",
   "60*(1 - 25/100)", "percentage")
sol("textbook", "Solve 7y − 4 = 31.", "linear-two-step", "7y - 4 = 31", "y")
sol("worksheet", "3)   m/4 = −6", "linear-one-step", "m/4 = -6", "m")
sol("student", "how do i solve 5(k + 2) = 45", "linear-brackets", "5(k + 2) = 45", "k")
sol("teacher", "Solve 9 − 2w = 4w + 33, and check your answer by substituting it back in.", "linear-both-sides",
    "9 - 2w = 4w + 33", "w")
sol("textbook", "Solve (2x + 1)/3 = x − 4.", "linear-fractions", "(2x + 1)/3 = x - 4", "x")
rea("textbook", "Make a the subject of v = u + at.", "v = u + a t", "a")
rea("student", "rearrange P = 2l + 2w for w", "P = 2l + 2w", "w")
simp("textbook", "Simplify 4a + 3b − 2a + 5b − b.", "simplify-expression", "4a + 3b - 2a + 5b - b")
simp("student", "simplify 3(2x - 1) - 2(x - 4)", "simplify-expression", "3(2x - 1) - 2(x - 4)")
simp("worksheet", "Expand and simplify:   (y + 6)(y − 2)", "expand-brackets", "(y + 6)(y - 2)", "expand")
simp("teacher", "Multiply out (3m − 1)². Careful: the answer has three terms, not two.", "expand-brackets",
     "(3m - 1)^2", "expand")
fac("textbook", "Factorise x² − 11x + 28.", "x^2 - 11x + 28")
fac("student", "factorise 6a^2 + 9a", "6a^2 + 9a")
simp("student", "simplify x^5 * x^3", "exponent-rules", "x^5*x^3")
simp("worksheet", "Simplify   (2p³)²", "exponent-rules", "(2p^3)^2")
der("textbook", "Differentiate y = 4x³ − 6x² + 2x − 9.", "derivative-power-rule", "4x^3 - 6x^2 + 2x - 9")
der("student", "d/dx of x^2 cos x", "derivative-product-rule", "x^2 cos(x)")
der("teacher", "Use the chain rule to differentiate (3x² + 1)⁴.", "derivative-chain-rule", "(3x^2 + 1)^4")
sol("worksheet", "Solve   4t² = 100", "quadratic-square-root", "4t^2 = 100", "t")
sol("textbook", "Solve x² − 5x − 14 = 0 by factorising.", "quadratic-factoring", "x^2 - 5x - 14 = 0", "x")
sol("student", "use the quadratic formula on x^2 + 4x - 1 = 0", "quadratic-formula", "x^2 + 4x - 1 = 0", "x")
sysm("textbook", "Solve the simultaneous equations 3a + 2b = 16 and a − 2b = 0.", "system-elimination",
     "3a + 2b = 16", "a - 2b = 0")
sysm("student", "y = 2x + 1 and 3x + y = 11, find x and y", "system-substitution", "y = 2x + 1", "3x + y = 11")

# ---- equations and expressions said in words ----
sol("student", "x squared - 9 = 0", "quadratic-square-root", "x^2 - 9 = 0", "x")
sol("textbook", "Solve x squared = 49.", "quadratic-square-root", "x^2 = 49", "x")
sol("teacher", "Find n if n squared plus 5 equals 86.", "quadratic-square-root", "n^2 + 5 = 86", "n")
sol("student", "twice a number plus 3 is 11, what is the number", "linear-two-step", "2x + 3 = 11", "x")
sol("textbook", "Three times a number minus 7 equals 20. Find the number.", "linear-two-step", "3x - 7 = 20", "x")
sol("student", "half of x plus 4 = 10", "linear-fractions", "x/2 + 4 = 10", "x")
sol("worksheet", "Half of y, minus 3, equals 9.    y = ?", "linear-fractions", "y/2 - 3 = 9", "y")
sol("student", "5 more than four times a number is 33", "linear-two-step", "4x + 5 = 33", "x")
ev("textbook", "What is the square root of 196?", "integer-arithmetic", "sqrt(196)")
der("student", "differentiate x cubed plus 2x", "derivative-power-rule", "x^3 + 2x")
simp("textbook", "Simplify x cubed times x squared.", "exponent-rules", "x^3*x^2")
sol("teacher", "I think of a number and double it, then add 7. I get 25. What was my number?", "linear-two-step",
    "2x + 7 = 25", "x")

# ---- the gradient of a curve at a point ----
grad("textbook", "Find the gradient of the curve y = x³ − 2x at the point where x = 2.", "derivative-power-rule",
     "x^3 - 2x", "2")
grad("student", "gradient of y = x^2 + 3x at x = 1", "derivative-power-rule", "x^2 + 3x", "1")
grad("teacher", "What is the gradient of y = 5x² at x = −1? Differentiate first, then substitute.",
     "derivative-power-rule", "5x^2", "-1")
grad("worksheet", "f(x) = 2x⁴ − x.    Find f′(3).", "derivative-power-rule", "2x^4 - x", "3")
grad("textbook", "Find dy/dx when x = 4, given y = √x.", "derivative-power-rule", "sqrt(x)", "4")

# ---- ordinary physics, one or two a family ----
phy("textbook", "A train covers 240 km in 3 hours. What is its average speed?", "speed", "v", "v = d/t",
    {"d": "240000 m", "t": "10800 s"}, "m/s")
phy("student", "car goes from 0 to 27 m/s in 9 s, acceleration?", "acceleration", "a", "a = (v - u)/t",
    {"u": "0 m/s", "v": "27 m/s", "t": "9 s"}, "m/s^2")
phy("worksheet", "u = 0,  a = 4 m/s²,  t = 5 s.    s = ?", "suvat", "s", "s = u*t + a*t^2/2",
    {"u": "0 m/s", "a": "4 m/s^2", "t": "5 s"}, "m")
phy("teacher", "A stone is dropped down a well and hits the water after 2 s. How deep is the well? (g = 9.8 m/s², "
    "ignore air resistance)", "free-fall", "h", "h = g*t^2/2", {"t": "2 s", "g": G}, "m")
phy("textbook", "What resultant force is needed to give a 1500 kg van an acceleration of 2 m/s²?",
    "newtons-second-law", "F", "F = m*a", {"m": "1500 kg", "a": "2 m/s^2"}, "N")
phy("student", "mass 65 kg, whats the weight on earth", "weight", "W", "W = m*g", {"m": "65 kg", "g": "9.8 N/kg"}, "N")
phy("worksheet", "μ = 0.4,  m = 15 kg,  g = 9.8 m/s².    Friction force = ?", "friction-level", "f", "f = mu*m*g",
    {"mu": "0.4", "m": "15 kg", "g": G}, "N")
phy("textbook", "A crane exerts a force of 5000 N to lift a load through 12 m. How much work does it do?", "work-done",
    "W", "W = F*d", {"F": "5000 N", "d": "12 m"}, "J")
phy("student", "kinetic energy of a 60 kg runner at 5 m/s", "kinetic-energy", "E", "E = m*v^2/2",
    {"m": "60 kg", "v": "5 m/s"}, "J")
phy("textbook", "A 2 kg book is lifted onto a shelf 1.5 m high. Calculate its gain in gravitational potential energy. "
    "(g = 9.8 N/kg)", "potential-energy", "E", "E = m*g*h", {"m": "2 kg", "h": "1.5 m", "g": "9.8 N/kg"}, "J")
phy("teacher", "A motor does 9000 J of work in 30 s. What is its power output? Give the unit.", "power", "P", "P = E/t",
    {"E": "9000 J", "t": "30 s"}, "W")
phy("textbook", "Calculate the momentum of a 0.06 kg tennis ball travelling at 40 m/s.", "momentum", "p", "p = m*v",
    {"m": "0.06 kg", "v": "40 m/s"}, "kg m/s")
phy("worksheet", "F = 250 N,  t = 0.02 s.    Impulse = ?", "impulse", "J", "J = F*t", {"F": "250 N", "t": "0.02 s"},
    "N s")
phy("student", "a rock has mass 540 g and volume 200 cm^3 whats its density", "density", "rho", "rho = m/V",
    {"m": "0.54 kg", "V": "0.0002 m^3"}, "kg/m^3")
phy("textbook", "A force of 800 N is spread over an area of 2 m². What pressure does it produce?", "pressure", "p",
    "p = F/A", {"F": "800 N", "A": "2 m^2"}, "Pa")
phy("student", "12 V across a lamp with 0.5 A through it, resistance?", "ohms-law", "R", "V = I*R",
    {"V": "12 V", "I": "0.5 A"}, "ohm")
phy("teacher", "A current of 0.2 A flows through a 150 Ω resistor. What is the voltage across it?", "ohms-law", "V",
    "V = I*R", {"I": "0.2 A", "R": "150 ohm"}, "V")
phy("textbook", "Two resistors of 6 Ω and 12 Ω are connected in parallel. Find their combined resistance.",
    "resistors", "R", "R = R1*R2/(R1 + R2)", {"R1": "6 ohm", "R2": "12 ohm"}, "ohm")
phy("worksheet", "V = 230 V,  I = 5 A.    P = ?", "electrical-power", "P", "P = V*I", {"V": "230 V", "I": "5 A"}, "W")
phy("textbook", "A sound wave has a frequency of 500 Hz and a wavelength of 0.68 m. Calculate its speed.",
    "wave-speed", "v", "v = f*lam", {"f": "500 Hz", "lam": "0.68 m"}, "m/s")

# ---- another planet's g, impulse as a change of momentum, a second resistor, work against gravity ----
phy("student", "weight of a 70 kg astronaut on the moon where g = 1.6 N/kg", "weight", "W", "W = m*g",
    {"m": "70 kg", "g": "1.6 N/kg"}, "N")
phy("textbook", "On Jupiter the gravitational field strength is about 25 N/kg. What would a 4 kg bag weigh there?",
    "weight", "W", "W = m*g", {"m": "4 kg", "g": "25 N/kg"}, "N")
phy("teacher", "A 3 kg ball moving at 6 m/s is caught and brought to rest. Taking its original direction as positive, "
    "what impulse acts on the ball?", "impulse", "J", "J = m*(v - u)", {"m": "3 kg", "u": "6 m/s", "v": "0 m/s"}, "N s")
phy("student", "0.5 kg ball speeds up from 2 m/s to 10 m/s, what impulse acted on it", "impulse", "J", "J = m*(v - u)",
    {"m": "0.5 kg", "u": "2 m/s", "v": "10 m/s"}, "N s")
phy("textbook", "Two resistors in series have a total resistance of 40 Ω. One of them is 15 Ω. Find the other.",
    "resistors", "R2", "R = R1 + R2", {"R": "40 ohm", "R1": "15 ohm"}, "ohm")
phy("worksheet", "Parallel pair:  R_total = 4 Ω,  R1 = 12 Ω.    R2 = ?", "resistors", "R2", "R = R1*R2/(R1 + R2)",
    {"R": "4 ohm", "R1": "12 ohm"}, "ohm")
phy("teacher", "How much gravitational potential energy does a 50 kg climber gain by climbing 300 m up a hill? "
    "Use g = 9.8 N/kg.", "potential-energy", "E", "E = m*g*h", {"m": "50 kg", "h": "300 m", "g": "9.8 N/kg"}, "J")
phy("textbook", "A 20 kg sack is hoisted 3 m straight up at constant speed. How much work is done on it? "
    "(g = 9.8 N/kg)", "work-done", "W", "W = m*g*d", {"m": "20 kg", "d": "3 m", "g": "9.8 N/kg"}, "J")

# ---- two-formula physics chains ----
phy("textbook", "A 1200 kg car speeds up from 10 m/s to 25 m/s in 5 s. What resultant force acts on it?",
    "newtons-second-law", "F", "F = m*(v - u)/t", {"m": "1200 kg", "u": "10 m/s", "v": "25 m/s", "t": "5 s"}, "N")
phy("student", "a 2 kg trolley goes from rest to 6 m/s in 3 s what force was needed", "newtons-second-law", "F",
    "F = m*(v - u)/t", {"m": "2 kg", "u": "0 m/s", "v": "6 m/s", "t": "3 s"}, "N")
phy("teacher", "A 900 kg car braking from 20 m/s comes to rest in 4 s. Find the size of the braking force.",
    "newtons-second-law", "F", "F = m*(u - v)/t", {"m": "900 kg", "u": "20 m/s", "v": "0 m/s", "t": "4 s"}, "N")
phy("worksheet", "m = 0.5 kg,  u = 4 m/s,  v = 12 m/s,  t = 2 s.    Resultant force F = ?", "newtons-second-law", "F",
    "F = m*(v - u)/t", {"m": "0.5 kg", "u": "4 m/s", "v": "12 m/s", "t": "2 s"}, "N")
phy("textbook", "A 60 kg student runs up a flight of stairs 4 m high in 6 s. What useful power does she develop? "
    "(g = 9.8 N/kg)", "power", "P", "P = m*g*h/t", {"m": "60 kg", "h": "4 m", "t": "6 s", "g": "9.8 N/kg"}, "W")
phy("student", "a motor lifts a 30 kg load 5 m in 10 s, what power, g = 9.8", "power", "P", "P = m*g*h/t",
    {"m": "30 kg", "h": "5 m", "t": "10 s", "g": "9.8 N/kg"}, "W")
phy("teacher", "A 1000 kg car accelerates from rest to 20 m/s in 8 s. What average power does the engine deliver, "
    "ignoring losses?", "power", "P", "P = m*v^2/(2*t)", {"m": "1000 kg", "v": "20 m/s", "t": "8 s"}, "W")
phy("textbook", "A heater draws 2 A from a 12 V supply. How much energy does it transfer in 60 s?", "power", "E",
    "E = V*I*t", {"V": "12 V", "I": "2 A", "t": "60 s"}, "J")
phy("worksheet", "R = 6 Ω,  V = 3 V.    Power dissipated in the resistor = ?", "electrical-power", "P", "P = V^2/R",
    {"R": "6 ohm", "V": "3 V"}, "W")
phy("textbook", "A 1500 kg car accelerates from rest at 2 m/s² for 5 s. What is its momentum at the end?", "momentum",
    "p", "p = m*a*t", {"m": "1500 kg", "a": "2 m/s^2", "t": "5 s"}, "kg m/s")
phy("student", "net force of 20 N on a 4 kg block that starts at rest, how far does it go in 3 s", "suvat", "s",
    "s = F*t^2/(2*m)", {"F": "20 N", "m": "4 kg", "t": "3 s"}, "m")
phy("teacher", "A 50 kg gymnast balances on one hand, with an area of 0.02 m² touching the floor. What pressure does "
    "she exert? (g = 9.8 N/kg)", "pressure", "p", "p = m*g/A", {"m": "50 kg", "A": "0.02 m^2", "g": "9.8 N/kg"}, "Pa")
phy("textbook", "A steel block measures 0.1 m by 0.2 m by 0.5 m and has a mass of 78 kg. Calculate its density.",
    "density", "rho", "rho = m/V", {"m": "78 kg", "V": "0.01 m^3"}, "kg/m^3")
phy("student", "a 0.4 kg ball is dropped from 5 m, whats its kinetic energy just before it lands, g = 9.8",
    "kinetic-energy", "E", "E = m*g*h", {"m": "0.4 kg", "h": "5 m", "g": "9.8 N/kg"}, "J")

# ---- outside every family: must be refused ----
oos("textbook", "Find the area of a trapezium whose parallel sides are 6 cm and 10 cm, 4 cm apart.", "area")
oos("student", "x cubed minus 8 equals 0 solve", "cubic")
oos("textbook", "Integrate 6x² with respect to x.", "integration")
oos("teacher", "Two fair dice are thrown. What is the chance that the total is 7?", "probability")
oos("textbook", "Solve 2^x = 32.", "exponential-equation")
oos("worksheet", "Find the mean of 4, 8, 15, 16, 23.", "statistics")
oos("teacher", "A 2 kg trolley at 3 m/s runs into a 1 kg trolley at rest and they move off together. Find their "
    "common speed.", "collision")
oos("textbook", "A 2 kg block needs 18000 J to warm up by 10 °C. What is its specific heat capacity?", "specific-heat")
oos("student", "gradient of the straight line through (1, 2) and (4, 11)", "line-gradient")
oos("textbook", "Find the equation of the tangent to y = x² + 1 at x = 2.", "tangent")
oos("worksheet", "Resistors of 2 Ω, 4 Ω and 4 Ω are in series with a 10 V battery. Current = ?", "three-resistors")
oos("teacher", "A ball is thrown horizontally at 8 m/s from the top of a 20 m cliff. How far from the foot of the cliff "
    "does it land?", "projectile")
oos("textbook", "Solve sin x = 0.5 for 0° ≤ x ≤ 360°.", "trig-equation")
oos("student", "volume of a cylinder radius 3 cm height 10 cm", "volume")
oos("student", "find the 2nd derivative of x^5 - 3x", "second-derivative")
oos("teacher", "Explain, in a few sentences, why a heavy ball and a light ball dropped together land at the same "
    "time.", "essay")
oos("textbook", "Find the highest common factor of 36 and 60.", "hcf")
oos("textbook", "Find the area under the curve y = x² between x = 0 and x = 3.", "integration")
oos("teacher", "Find the coordinates of the turning point of y = x² − 6x + 1.", "stationary-point")
oos("student", "a car does 100 km at 50 km/h then 100 km at 100 km/h, whats the average speed for the whole trip",
    "multi-stage-speed")

if __name__ == "__main__":
    with open(Path(__file__).with_name("reader-heldout-4.jsonl"), "w") as f:
        for i, it in enumerate(items):
            f.write(json.dumps({"id": "rh4-%03d" % (i + 1), **it}, ensure_ascii=False) + "\n")
    print(len(items), sum(1 for i in items if i["family"]), sum(1 for i in items if not i["family"]))
