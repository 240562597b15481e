# read19's FRESH set: written by hand before any change of read19, measured once on main and once at the end; never tuned on.
import json
M = lambda i, style, text, fam, task, start, unk, kind, val, form=None: dict(
    id=i, style=style, text=text, family=fam, task=task, start=start, unknown=unk,
    answer=dict(kind=kind, value=val, **({"form": form} if form else {})))
S = lambda i, style, text, fam, start, unk, vals: dict(
    id=i, style=style, text=text, family=fam, task="solve-system", start=start, unknown=unk,
    answer=dict(kind="system", values=vals))
P = lambda i, style, text, fam, unk, val, givens, formula: dict(
    id=i, style=style, text=text, family=fam, task="physics", start=None, unknown=unk,
    answer=dict(kind="quantity", value=val, tolerance="1%"),
    givens=[dict(symbol=s, value=v) for s, v in givens], formula=formula)
O = lambda i, style, text, topic: dict(id=i, style=style, text=text, family=None, task=None, start=None,
    unknown=None, answer=None, topic=topic)
items = [
 M("r19f-001", "teacher", "Right, pens down for a second. Now work out 6 × (9 − 14) + 20.", "integer-arithmetic", "evaluate", "6*(9 - 14) + 20", None, "numeric", "-10"),
 M("r19f-002", "worksheet", "3.  (−48) ÷ (−6) − 11 = ____", "integer-arithmetic", "evaluate", "(-48)/(-6) - 11", None, "numeric", "-3"),
 M("r19f-003", "teacher", "Year 8 starter (no calculators!)\nCalculate 2/5 + 3/8.", "fraction-arithmetic", "evaluate", "2/5 + 3/8", None, "numeric", "31/40"),
 M("r19f-004", "student", "whats 7/9 take away 1/3", "fraction-arithmetic", "evaluate", "7/9 - 1/3", None, "numeric", "4/9"),
 M("r19f-005", "teacher", "A bike costs £450. Its price goes up by 8%. What is the new price? Remember to show the multiplier you used.", "percentages", "percentage", "450*(1 + 8/100)", None, "numeric", "486"),
 M("r19f-006", "textbook", "Find 12.5% of 360.", "percentages", "percentage", "12.5*360/100", None, "numeric", "45"),
 M("r19f-007", "teacher", "Q4 [1 mark]\nSolve m/6 = 7.", "linear-one-step", "solve", "m/6 = 7", "m", "equation", "m = 42"),
 M("r19f-008", "student", "help!! 5k - 9 = 26 what is k", "linear-two-step", "solve", "5k - 9 = 26", "k", "equation", "k = 7"),
 M("r19f-009", "teacher", "We'll go through this one together after the break. Solve 4(2p + 1) = 36.", "linear-brackets", "solve", "4(2p + 1) = 36", "p", "equation", "p = 4"),
 M("r19f-010", "textbook", "Solve the equation 9w − 4 = 5w + 14.", "linear-both-sides", "solve", "9w - 4 = 5w + 14", "w", "equation", "w = 9/2"),
 M("r19f-011", "teacher", "Tip: multiply both sides by 5 first.\nSolve (3z − 2)/5 = 2.", "linear-fractions", "solve", "(3z - 2)/5 = 2", "z", "equation", "z = 4"),
 M("r19f-012", "worksheet", "Make h the subject:  V = (1/3)b h", "rearrange-formula", "rearrange", "V = (1/3)*b*h", "h", "equation", "h = 3*V/b"),
 M("r19f-013", "teacher", "Last question before the bell - simplify 6m − 2n + 3n − 10m.", "simplify-expression", "simplify", "6m - 2n + 3n - 10m", None, "expression", "-4*m + n"),
 M("r19f-014", "teacher", "Question 11 (2 marks)\nExpand and simplify (2x − 5)(x + 4).", "expand-brackets", "expand", "(2x - 5)(x + 4)", None, "expression", "2*x^2 + 3*x - 20", "expanded"),
 M("r19f-015", "student", "factorise a^2 - 11a + 30 pls", "factorise-quadratic", "factorise", "a^2 - 11a + 30", None, "expression", "(a - 5)*(a - 6)", "factored"),
 M("r19f-016", "teacher", "Using the laws of indices, simplify y⁷ ÷ y². Careful with the signs of the powers!", "exponent-rules", "simplify", "y^7/y^2", None, "expression", "y^5"),
 M("r19f-017", "textbook", "Differentiate f(t) = 3t⁴ − 5t² + t with respect to t.", "derivative-power-rule", "differentiate", "3t^4 - 5t^2 + t", "t", "expression", "12*t^3 - 10*t + 1"),
 M("r19f-018", "teacher", "You'll need the product rule here. Differentiate x² sin x.", "derivative-product-rule", "differentiate", "x^2 sin(x)", "x", "expression", "x^2*cos(x) + 2*x*sin(x)"),
 M("r19f-019", "teacher", "Exam-style question (3 marks)\nFind dy/dx if y = (5x − 2)³.", "derivative-chain-rule", "differentiate", "(5x - 2)^3", "x", "expression", "15*(5*x - 2)^2"),
 M("r19f-020", "worksheet", "6)  Solve  2n² = 50", "quadratic-square-root", "solve", "2n^2 = 50", "n", "set", "n = -5, n = 5"),
 M("r19f-021", "teacher", "Solve by factorising: x² + 2x − 15 = 0. Check both answers in the original equation.", "quadratic-factoring", "solve", "x^2 + 2x - 15 = 0", "x", "set", "x = -5, x = 3"),
 M("r19f-022", "textbook", "Use the quadratic formula to solve 2x² − 3x − 4 = 0, leaving your answers in surd form.", "quadratic-formula", "solve", "2x^2 - 3x - 4 = 0", "x", "set", "x = 3/4 - sqrt(41)/4, x = 3/4 + sqrt(41)/4"),
 S("r19f-023", "teacher", "Homework check. Solve simultaneously:\n4a + 3b = 18\n2a − 3b = 0", "system-elimination", "4a + 3b = 18; 2a - 3b = 0", "a,b", {"a": "3", "b": "2"}),
 S("r19f-024", "student", "y = 2x - 1 and 3x + y = 14 find x and y", "system-substitution", "y = 2x - 1; 3x + y = 14", "x,y", {"x": "3", "y": "5"}),
 M("r19f-025", "teacher", "I think of a number, multiply it by 4 and subtract 7. I get 29. What was my number?", "linear-two-step", "solve", "4x - 7 = 29", "x", "equation", "x = 9"),
 M("r19f-026", "textbook", "Resuelve la ecuación 3(x − 2) = 15.", "linear-brackets", "solve", "3(x - 2) = 15", "x", "equation", "x = 7"),
 M("r19f-027", "teacher", "Buenos días. Calcula 3/4 de 120.", "fraction-arithmetic", "evaluate", "3/4*120", None, "numeric", "90"),
 P("r19f-028", "teacher", "Question 2 (2 marks)\nA runner covers 400 m in 64 s. Calculate her average speed.", "speed", "v", "6.25 m/s", [("d", "400 m"), ("t", "64 s")], "v = d/t"),
 P("r19f-029", "worksheet", "m = 2.5 kg   a = 4 m/s²   F = ?", "newtons-second-law", "F", "10 N", [("m", "2.5 kg"), ("a", "4 m/s^2")], "F = m*a"),
 P("r19f-030", "teacher", "Remember that g = 9.8 N/kg on Earth. What is the weight of a 12 kg suitcase?", "weight", "W", "117.6 N", [("m", "12 kg"), ("g", "9.8 m/s^2")], "W = m*g"),
 P("r19f-031", "student", "a car of mass 900 kg goes at 20 m/s whats its kinetic energy", "kinetic-energy", "E_k", "180000 J", [("m", "900 kg"), ("v", "20 m/s")], "E_k = m*v^2/2"),
 P("r19f-032", "teacher", "Good afternoon! A current of 0.5 A flows through a 24 Ω resistor. Calculate the potential difference across it.", "ohms-law", "V", "12 V", [("I", "0.5 A"), ("R", "24 ohm")], "V = I*R"),
 P("r19f-033", "textbook", "A block of wood has a mass of 360 g and a volume of 600 cm³. Calculate its density in kg/m³.", "density", "rho", "600 kg/m^3", [("m", "0.36 kg"), ("V", "0.0006 m^3")], "rho = m/V"),
 P("r19f-034", "teacher", "Exam practice. A motor does 4800 J of work in 2 minutes. What is its power output? Give your answer in watts.", "power", "P", "40 W", [("E", "4800 J"), ("t", "120 s")], "P = E/t"),
 P("r19f-035", "worksheet", "f = 50 Hz, λ = 6 m. Find v.", "wave-speed", "v", "300 m/s", [("f", "50 Hz"), ("lam", "6 m")], "v = f*lam"),
 P("r19f-036", "teacher", "A 6 Ω and a 3 Ω resistor are connected in parallel. Find their combined resistance. (Hint: product over sum.)", "resistors", "R", "2 ohm", [("R1", "6 ohm"), ("R2", "3 ohm")], "R = R1*R2/(R1 + R2)"),
 P("r19f-037", "textbook", "A trolley accelerates uniformly from 2 m/s to 14 m/s in 4 s. Calculate its acceleration.", "acceleration", "a", "3 m/s^2", [("u", "2 m/s"), ("v", "14 m/s"), ("t", "4 s")], "a = (v - u)/t"),
 P("r19f-038", "teacher", "Q9. A crane lifts a 250 kg load through a height of 8 m. How much gravitational potential energy does the load gain? Take g = 10 N/kg.", "potential-energy", "E_p", "20000 J", [("m", "250 kg"), ("h", "8 m"), ("g", "10 m/s^2")], "E_p = m*g*h"),
 O("r19f-039", "teacher", "Question 6 (3 marks)\nSolve 2x + 5 ≤ 17.", "inequality"),
 O("r19f-040", "textbook", "Find the area of a triangle with base 9 cm and height 4 cm.", "area"),
 O("r19f-041", "teacher", "Hint: use SOHCAHTOA. A ladder 5 m long leans at 60° to the ground. How high up the wall does it reach?", "trigonometry"),
 O("r19f-042", "student", "integrate x^3 + 2x from 0 to 1", "integration"),
 O("r19f-043", "teacher", "Two balls collide. Ball A (2 kg) moves at 3 m/s and hits ball B (1 kg) at rest; they stick together. Find their common speed.", "collision"),
 O("r19f-044", "worksheet", "Find the mean of 4, 8, 9, 11, 13.", "statistics"),
 O("r19f-045", "teacher", "Question 8 (4 marks)\nSolve the equation 2^x = 32.", "exponential-equation"),
 O("r19f-046", "textbook", "A 2 kg block slides down a slope inclined at 30° to the horizontal. Find its acceleration if the slope is smooth.", "inclined-plane"),
 O("r19f-047", "teacher", "Three 4 Ω resistors are connected in series with a 12 V battery. Find the current.", "three-resistors"),
 O("r19f-048", "student", "whats the probability of rolling a 6 twice in a row", "probability"),
]
with open("models/diag/session19/read19-fresh.jsonl", "w") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items), sum(1 for i in items if i["family"] is None), "out of scope")
