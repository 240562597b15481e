# read21's FRESH set: written by hand by lane read21 after all of its reader changes, in new wording (teacher style, and
# the asked forms), measured once and never tuned on. Answers worked by hand.
import json, sys
exec(open(__file__.replace('make_read21_fresh.py', 'make_read21.py')).read().split('items = [')[0])
items = [
 M("r21f-01", "Year 8 homework\n1) Work out 7 × 8 − 96 ÷ 4. Show your working.", "integer-arithmetic", "evaluate", "7*8 - 96/4", None, "numeric", "32"),
 M("r21f-02", "Question 3 (2 marks)\nFind 3/4 − 2/7. Write your answer as a fraction.", "fraction-arithmetic", "evaluate", "3/4 - 2/7", None, "numeric", "13/28"),
 M("r21f-03", "A phone costs £240. Its price rises by 5%. Work out the new price.", "percentages", "percentage", "240*(1 + 5/100)", None, "numeric", "252"),
 M("r21f-04", "Solve the equation, showing each step:\n    4(y − 3) = 2y + 10", "linear-both-sides", "solve", "4(y - 3) = 2y + 10", "y", "equation", "y = 11"),
 M("r21f-05", "Nadia says the solution of 6k + 5 = 29 is k = 5. Is she right? Solve it and check.", "linear-two-step", "solve", "6k + 5 = 29", "k", "equation", "k = 4"),
 M("r21f-06", "The area A of a triangle is A = bh/2. Rearrange to make h the subject.", "rearrange-formula", "rearrange", "A = b*h/2", "h", "equation", "h = 2*A/b"),
 M("r21f-07", "Expand and simplify 3(2a + 5) − 4(a − 1). [3 marks]", "simplify-expression", "simplify", "3(2a + 5) - 4(a - 1)", None, "expression", "2*a + 19"),
 M("r21f-08", "Factorise fully: y² − 3y − 28. Check by expanding.", "factorise-quadratic", "factorise", "y^2 - 3y - 28", None, "expression", "(y - 7)*(y + 4)", "factored"),
 M("r21f-09", "Given f(x) = 2x⁴ − 5x + 3, find f'(x). Show your working.", "derivative-power-rule", "differentiate", "2x^4 - 5x + 3", "x", "expression", "8*x^3 - 5"),
 M("r21f-10", "Part (b)\nSolve t² − 9t + 14 = 0 by factorising.", "quadratic-factoring", "solve", "t^2 - 9t + 14 = 0", "t", "set", "t = 2, t = 7"),
 M("r21f-11", "The length of a rectangle is x cm. It satisfies x² − x − 12 = 0. Find x.", "quadratic-factoring", "solve", "x^2 - x - 12 = 0", "x", "set", "x = 4"),
 M("r21f-12", "Solve 6x = 17, giving your answer correct to 2 decimal places.", "linear-one-step", "solve", "6x = 17", "x", "equation", "x = 2.83"),
 S("r21f-13", "Solve the simultaneous equations 2x + 5y = 19 and 2x + y = 11. You only need to find y.", "system-elimination", "2x + 5y = 19; 2x + y = 11", "y", {"y": "2"}),
 P("r21f-14", "Oliver walks to the shop. The shop is 1.2 kilometres from his house and the walk takes him 15 minutes. Calculate his average speed in metres per second.", "speed", "v", "1.33 m/s", [("d", "1200 m"), ("t", "900 s")], "v = d/t"),
 P("r21f-15", "A forklift lifts a crate of mass 150 kg to a height of 2.4 metres. Calculate the gain in gravitational potential energy. Give your answer to 2 significant figures. (g = 9.8 N/kg)", "potential-energy", "E_p", "3500 J", [("m", "150 kg"), ("h", "2.4 m"), ("g", "9.8 m/s^2")], "E_p = m*g*h"),
 P("r21f-16", "The current through a heater is 4 amps and its resistance is 57.5 ohms. What is the potential difference across it?", "ohms-law", "V", "230 V", [("I", "4 A"), ("R", "57.5 ohm")], "V = I*R"),
 P("r21f-17", "A bowling ball of mass 6 kg rolls at 3 m/s. Calculate its momentum and give the unit.", "momentum", "p", "18 kg*m/s", [("m", "6 kg"), ("v", "3 m/s")], "p = m*v"),
 P("r21f-18", "Question 6\nA brick measures 0.2 m by 0.1 m by 0.05 m and has a mass of 2 kg. Calculate its density.", "density", "rho", "2000 kg/m^3", [("m", "2 kg"), ("V", "0.001 m^3")], "rho = m/V"),
 P("r21f-19", "A crate is pulled along level ground by a rope with a force of 80 N. The crate has a mass of 25 kg and the coefficient of friction is 0.2. Find its acceleration. (g = 9.8 N/kg)", "friction-level", "a", "1.24 m/s^2", [("F", "80 N"), ("m", "25 kg"), ("mu", "0.2"), ("g", "9.8 m/s^2")], "a = (F - mu*m*g)/m"),
 P("r21f-20", "A student's radio uses 12 watts. How much energy does it use in 5 minutes?", "power", "E", "3600 J", [("P", "12 W"), ("t", "300 s")], "E = P*t"),
 O("r21f-21", "Find the area of a circle of radius 4 cm. Give your answer to 1 decimal place.", "area"),
 O("r21f-22", "Solve 3x + 2 < 14. Show your working.", "inequality"),
]
with open(sys.argv[1] + "/read21-fresh.jsonl", "w") as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items))
