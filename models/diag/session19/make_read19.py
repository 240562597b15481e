# read19's WORKING set: hand-written, aimed at session 18's leftovers and teacher-style texts; TUNED ON.
import json, sys
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
n = iter(range(1, 500))
I = lambda: "r19-%03d" % next(n)
items = [
 # words read as math (the "rub" leftover): texts with no math at all, and math beside such words
 O(I(), "teacher", "Why does a balloon stick to the wall after you rub it? Explain in two sentences.", "static-electricity"),
 O(I(), "student", "why does my cat nap so much", "essay"),
 O(I(), "teacher", "Describe what you see when you heat ice in a pan.", "essay"),
 O(I(), "textbook", "Explain why a metal spoon feels colder than a wooden one.", "essay"),
 O(I(), "teacher", "What makes the sound louder when you hit the drum harder?", "sound"),
 O(I(), "student", "what does a dog dig for", "essay"),
 M(I(), "teacher", "Write 4a + 3b − a + b on your board. Simplify it, then show me before you rub it off.", "simplify-expression", "simplify", "4a + 3b - a + b", None, "expression", "3*a + 4*b"),
 M(I(), "teacher", "Copy this into your book and solve it: 6y − 5 = 19. Don't write on the sheet, we can't rub it out.", "linear-two-step", "solve", "6y - 5 = 19", "y", "equation", "y = 4"),
 # a system asked for one letter only
 M(I(), "teacher", "x + y = 10, x − y = 4. Find x only.", "system-elimination", "solve-system", "x + y = 10; x - y = 4", "x,y", "equation", "x = 7"),
 M(I(), "textbook", "Given that 2a + b = 11 and a − b = 1, find the value of a only.", "system-elimination", "solve-system", "2a + b = 11; a - b = 1", "a,b", "equation", "a = 4"),
 M(I(), "student", "3p + q = 13 and p + q = 7, i only need q", "system-elimination", "solve-system", "3p + q = 13; p + q = 7", "p,q", "equation", "q = 4"),
 M(I(), "teacher", "Solve the simultaneous equations 5x + 2y = 16 and x + 2y = 8. You only need to find y.", "system-elimination", "solve-system", "5x + 2y = 16; x + 2y = 8", "x,y", "equation", "y = 3"),
 S(I(), "teacher", "Solve x + y = 9 and x − y = 3. Find x and y.", "system-elimination", "x + y = 9; x - y = 3", "x,y", {"x": "6", "y": "3"}),
 S(I(), "worksheet", "Solve simultaneously: 2m + n = 12, m − n = 3", "system-elimination", "2m + n = 12; m - n = 3", "m,n", {"m": "5", "n": "2"}),
 # a hint that the letter is a measure
 M(I(), "teacher", "Solve x² = 49 (Hint: x is a length)", "quadratic-square-root", "solve", "x^2 = 49", "x", "equation", "x = 7"),
 M(I(), "teacher", "A square has area 81 cm². Its side is s cm, so s² = 81. Find s.", "quadratic-square-root", "solve", "s^2 = 81", "s", "equation", "s = 9"),
 M(I(), "teacher", "Solve y² − 5y + 6 = 0. Hint: y is a length, and both answers are positive.", "quadratic-factoring", "solve", "y^2 - 5y + 6 = 0", "y", "set", "y = 2, y = 3"),
 M(I(), "teacher", "Solve x² = 49. (Don't forget the negative root!)", "quadratic-square-root", "solve", "x^2 = 49", "x", "set", "x = -7, x = 7"),
 # two statements, one plainly an aside
 M(I(), "teacher", "Last lesson we solved 2x + 1 = 7. Today, solve 3x − 4 = 11.", "linear-two-step", "solve", "3x - 4 = 11", "x", "equation", "x = 5"),
 M(I(), "teacher", "Yesterday we expanded (x + 1)(x + 2). Now expand (x + 3)(x − 5).", "expand-brackets", "expand", "(x + 3)(x - 5)", None, "expression", "x^2 - 2*x - 15", "expanded"),
 M(I(), "teacher", "Last week we factorised x² + 5x + 6 together. Your turn: factorise x² + 7x + 10.", "factorise-quadratic", "factorise", "x^2 + 7x + 10", None, "expression", "(x + 2)*(x + 5)", "factored"),
 M(I(), "teacher", "Expand (k − 5)² - remember it is not k² − 25!", "expand-brackets", "expand", "(k - 5)^2", None, "expression", "k^2 - 10*k + 25", "expanded"),
 M(I(), "teacher", "Expand (a + 4)². Careful: the answer is not a² + 16.", "expand-brackets", "expand", "(a + 4)^2", None, "expression", "a^2 + 8*a + 16", "expanded"),
 M(I(), "teacher", "In the starter we worked out 3/4 + 1/8. Now work out 5/6 − 1/4.", "fraction-arithmetic", "evaluate", "5/6 - 1/4", None, "numeric", "7/12"),
 M(I(), "teacher", "On Monday we did 15% of 60. Today find 35% of 80.", "percentages", "percentage", "35*80/100", None, "numeric", "28"),
 M(I(), "teacher", "We differentiated y = x³ last time. This time, differentiate y = 4x⁵ − 2x.", "derivative-power-rule", "differentiate", "4x^5 - 2x", "x", "expression", "20*x^4 - 2"),
 # guards of the aside rule (must stay refused): the earlier equation is needed, or two problems are asked
 O(I(), "teacher", "Last lesson we solved 2x + 1 = 7. Today, solve 3y − x = 9 using that value of x.", "two-step-chain"),
 O(I(), "teacher", "Solve 2x + 1 = 7. Then solve 3x − 4 = 11.", "two-problems"),
 # Spanish texts with asides
 M(I(), "teacher", "Buenos días, clase. Resuelve 4x − 3 = 21.", "linear-two-step", "solve", "4x - 3 = 21", "x", "equation", "x = 6"),
 M(I(), "teacher", "Pregunta 3 (2 puntos)\nFactoriza x² + 5x + 6.", "factorise-quadratic", "factorise", "x^2 + 5x + 6", None, "expression", "(x + 2)*(x + 3)", "factored"),
 M(I(), "teacher", "Pista: multiplica los dos lados por 4. Resuelve x/4 + 2 = 5.", "linear-fractions", "solve", "x/4 + 2 = 5", "x", "equation", "x = 12"),
 M(I(), "teacher", "Hoy practicamos ecuaciones. Resuelve 5(x − 2) = 20.", "linear-brackets", "solve", "5(x - 2) = 20", "x", "equation", "x = 6"),
 M(I(), "teacher", "Hay 30 alumnos en la clase. Calcula 15 × 4 − 8.", "integer-arithmetic", "evaluate", "15*4 - 8", None, "numeric", "52"),
 M(I(), "teacher", "¡Hola a todos! Desarrolla (x + 2)(x + 6).", "expand-brackets", "expand", "(x + 2)(x + 6)", None, "expression", "x^2 + 8*x + 12", "expanded"),
 M(I(), "teacher", "Ejercicio 4\nSimplifica 3a + 5b − a − 2b.", "simplify-expression", "simplify", "3a + 5b - a - 2b", None, "expression", "2*a + 3*b"),
 M(I(), "teacher", "Sin calculadora, por favor. Calcula 2/3 + 1/6.", "fraction-arithmetic", "evaluate", "2/3 + 1/6", None, "numeric", "5/6"),
 O(I(), "teacher", "Hay 30 alumnos en la clase. Un tercio de los alumnos lleva gafas. Resuelve 2x = 10.", "two-problems"),
 # physics with a teacher's furniture
 P(I(), "teacher", "Good morning everyone! A car travels 150 m in 6 s. Calculate its average speed.", "speed", "v", "25 m/s", [("d", "150 m"), ("t", "6 s")], "v = d/t"),
 P(I(), "teacher", "We did forces last week, so this should be easy. A 5 kg box is pushed with a resultant force of 20 N. Find its acceleration.", "newtons-second-law", "a", "4 m/s^2", [("F", "20 N"), ("m", "5 kg")], "F = m*a"),
 P(I(), "teacher", "There are 28 of you here today. A lamp takes a current of 0.25 A from a 12 V supply. Calculate its power.", "electrical-power", "P", "3 W", [("V", "12 V"), ("I", "0.25 A")], "P = V*I"),
 P(I(), "teacher", "Last lesson we found the speed of a car that went 100 m in 20 s. Today, find the speed of a bike that goes 60 m in 12 s.", "speed", "v", "5 m/s", [("d", "60 m"), ("t", "12 s")], "v = d/t"),
 P(I(), "teacher", "Quick one before lunch - a 2 kg ball moves at 6 m/s. What is its momentum?", "momentum", "p", "12 kg m/s", [("m", "2 kg"), ("v", "6 m/s")], "p = m*v"),
 P(I(), "teacher", "Year 10, no calculators needed. Find the weight of a 50 kg girl. Use g = 10 N/kg.", "weight", "W", "500 N", [("m", "50 kg"), ("g", "10 m/s^2")], "W = m*g"),
 P(I(), "teacher", "Well done on the last test! A force of 30 N acts on an area of 0.6 m². Work out the pressure.", "pressure", "p", "50 Pa", [("F", "30 N"), ("A", "0.6 m^2")], "p = F/A"),
 P(I(), "teacher", "Exam technique: write the equation first, then substitute. A wave has frequency 5 Hz and wavelength 2 m. Calculate its speed.", "wave-speed", "v", "10 m/s", [("f", "5 Hz"), ("lam", "2 m")], "v = f*lam"),
 P(I(), "teacher", "A kettle is rated at 2000 W. It is switched on for 3 minutes. How much energy does it transfer?", "power", "E", "360000 J", [("P", "2000 W"), ("t", "180 s")], "P = E/t"),
 P(I(), "teacher", "Buenos días. Un coche recorre 200 m en 10 s. Calcula su velocidad.", "speed", "v", "20 m/s", [("d", "200 m"), ("t", "10 s")], "v = d/t"),
 # distractors of another kind (physics): must never be verified wrong
 O(I(), "teacher", "A 2 kg ball moves at 3 m/s. It then drops 1 m. Find its kinetic energy as it lands.", "energy-chain"),
 P(I(), "teacher", "A cyclist of mass 70 kg rides 3000 m in 600 s. Calculate her average speed.", "speed", "v", "5 m/s", [("d", "3000 m"), ("t", "600 s")], "v = d/t"),
 # teacher-style maths the reader may refuse
 M(I(), "teacher", "Everyone got this wrong in the test, so let's try again: solve 7 − 2x = 15.", "linear-two-step", "solve", "7 - 2x = 15", "x", "equation", "x = -4"),
 M(I(), "teacher", "Grab a mini whiteboard. Simplify 5p + 3q − 2p − q.", "simplify-expression", "simplify", "5p + 3q - 2p - q", None, "expression", "3*p + 2*q"),
 M(I(), "teacher", "Nice and easy to start: work out 18 − 4 × 3.", "integer-arithmetic", "evaluate", "18 - 4*3", None, "numeric", "6"),
 M(I(), "teacher", "This one comes up every year! Factorise fully 6x² + 9x.", "factorise-quadratic", "factorise", "6x^2 + 9x", None, "expression", "3*x*(2*x + 3)", "factored"),
 M(I(), "teacher", "Remember BIDMAS. Calculate 3 + 6 × (5 − 2)².", "integer-arithmetic", "evaluate", "3 + 6*(5 - 2)^2", None, "numeric", "57"),
 M(I(), "teacher", "Show all your working - method marks are available. Solve 3(2y − 1) = 4y + 7.", "linear-both-sides", "solve", "3(2y - 1) = 4y + 7", "y", "equation", "y = 5"),
 M(I(), "teacher", "Extension task for early finishers: differentiate (2x + 1)⁵.", "derivative-chain-rule", "differentiate", "(2x + 1)^5", "x", "expression", "10*(2*x + 1)^4"),
 M(I(), "teacher", "Use the product rule. Differentiate y = x³ eˣ. Take your time.", "derivative-product-rule", "differentiate", "x^3 e^x", "x", "expression", "x^3*exp(x) + 3*x^2*exp(x)"),
 M(I(), "teacher", "Calculators away, please. Find 20% of 340.", "percentages", "percentage", "20*340/100", None, "numeric", "68"),
 M(I(), "teacher", "I've put this on the board: make r the subject of C = 2πr.", "rearrange-formula", "rearrange", "C = 2*pi*r", "r", "equation", "r = C/(2*pi)"),
 M(I(), "teacher", "Careful with the negative signs here. Expand −3(2x − 7).", "expand-brackets", "expand", "-3(2x - 7)", None, "expression", "-6*x + 21", "expanded"),
 M(I(), "teacher", "Two-step equation, then we'll move on: 8 + 3n = 29. Find n.", "linear-two-step", "solve", "8 + 3n = 29", "n", "equation", "n = 7"),
 M(I(), "teacher", "Homework, due Friday.\nSolve x² − 6x + 8 = 0.", "quadratic-factoring", "solve", "x^2 - 6x + 8 = 0", "x", "set", "x = 2, x = 4"),
 M(I(), "teacher", "Page 42, question 7: solve 5t + 2 = 3t + 14.", "linear-both-sides", "solve", "5t + 2 = 3t + 14", "t", "equation", "t = 6"),
 M(I(), "teacher", "See me if you get stuck. Work out 1/2 + 2/5.", "fraction-arithmetic", "evaluate", "1/2 + 2/5", None, "numeric", "9/10"),
 M(I(), "teacher", "This is a past paper question. Use the quadratic formula to solve x² + 4x − 1 = 0. Give your answers in surd form.", "quadratic-formula", "solve", "x^2 + 4x - 1 = 0", "x", "set", "x = -2 + sqrt(5), x = -2 - sqrt(5)"),
 M(I(), "teacher", "I know it's Friday, but focus! Simplify a³ × a⁴.", "exponent-rules", "simplify", "a^3*a^4", None, "expression", "a^7"),
 M(I(), "teacher", "You have 5 minutes for this one. Solve (x + 2)/3 = 4.", "linear-fractions", "solve", "(x + 2)/3 = 4", "x", "equation", "x = 10"),
 M(I(), "teacher", "There are 4 questions on this sheet. Question 1: solve 9x = 72.", "linear-one-step", "solve", "9x = 72", "x", "equation", "x = 8"),
 M(I(), "teacher", "We have 20 minutes left. Expand 4(3m + 2).", "expand-brackets", "expand", "4(3m + 2)", None, "expression", "12*m + 8", "expanded"),
 M(I(), "teacher", "Lots of you found this tricky last time.\nSolve 2(x + 3) = 5(x − 3).", "linear-brackets", "solve", "2(x + 3) = 5(x - 3)", "x", "equation", "x = 7"),
 S(I(), "teacher", "Question 12 (4 marks)\nSolve these simultaneous equations: 3x + 2y = 12 and x − 2y = −4. Show clear algebraic working.", "system-elimination", "3x + 2y = 12; x - 2y = -4", "x,y", {"x": "2", "y": "3"}),
 S(I(), "teacher", "Last lesson we did elimination. Today try substitution: y = x + 2 and 2x + y = 11.", "system-substitution", "y = x + 2; 2x + y = 11", "x,y", {"x": "3", "y": "5"}),
 M(I(), "teacher", "I think of a number. I multiply it by 3 and add 4. The answer is 25. What is my number? Write an equation first.", "linear-two-step", "solve", "3x + 4 = 25", "x", "equation", "x = 7"),
 # student and worksheet styles
 M(I(), "student", "sir how do i do 4(x+1) = 2x + 10", "linear-both-sides", "solve", "4(x + 1) = 2x + 10", "x", "equation", "x = 3"),
 M(I(), "student", "can u factorise x^2+8x+15 for me i dont get it", "factorise-quadratic", "factorise", "x^2 + 8x + 15", None, "expression", "(x + 3)*(x + 5)", "factored"),
 M(I(), "worksheet", "b)  Expand:  (y − 3)(y + 3)", "expand-brackets", "expand", "(y - 3)(y + 3)", None, "expression", "y^2 - 9", "expanded"),
 M(I(), "worksheet", "Q5.  d/dx (6x³ − x²) = ______", "derivative-power-rule", "differentiate", "6x^3 - x^2", "x", "expression", "18*x^2 - 2*x"),
 M(I(), "textbook", "Solve, giving your answers to 2 decimal places: x² − 3x − 5 = 0.", "quadratic-formula", "solve", "x^2 - 3x - 5 = 0", "x", "set", "x = 3/2 - sqrt(29)/2, x = 3/2 + sqrt(29)/2"),
 P(I(), "student", "resistors 10 ohm and 15 ohm in series whats the total", "resistors", "R", "25 ohm", [("R1", "10 ohm"), ("R2", "15 ohm")], "R = R1 + R2"),
 P(I(), "worksheet", "F = 200 N, d = 3.5 m, W = ?", "work-done", "W", "700 J", [("F", "200 N"), ("d", "3.5 m")], "W = F*d"),
 # out of scope, teacher style
 O(I(), "teacher", "Question 9 (2 marks)\nWork out the area of a circle of radius 5 cm.", "area"),
 O(I(), "teacher", "Hint: sketch it first. Solve x² − 4 > 0.", "inequality"),
 O(I(), "teacher", "Good morning! Find the 10th term of 3, 7, 11, 15, …", "sequence"),
 O(I(), "teacher", "Remember to label your axes. Plot y = 2x + 1 for x from 0 to 5.", "graph"),
 O(I(), "teacher", "Last lesson we did averages. Find the median of 3, 9, 4, 7, 5.", "statistics"),
 O(I(), "teacher", "A 3 kg trolley at 4 m/s hits a 1 kg trolley at rest and they move off together. Find their speed.", "collision"),
 O(I(), "teacher", "Buenos días. Resuelve x³ − 8 = 0.", "cubic"),
 O(I(), "teacher", "Resistors of 2 Ω, 3 Ω and 5 Ω are in series. Good luck! Find the total.", "three-resistors"),
]
items = [i for i in items if i]
with open("models/diag/session19/read19.jsonl", "w") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items), sum(1 for i in items if i["family"] is None), "out of scope")
