# read22's FRESH set: written by lane read22 after all its changes, in new wording of the six classes (a claim to check,
# "Let ... be", a single power, a rearrange naming a shape, a density from three lengths, physics rounding); measured
# once, nothing fixed after it. Answers worked by hand. Never train on it.
import json, sys
exec(open(__file__.replace("make_read22_fresh.py", "make_read22.py")).read().split("items = [")[0])
items = [
 M("r22f-01", "Hannah says that the solution to 7x − 5 = 30 is x = 4. Do you agree?", "linear-two-step", "solve", "7x - 5 = 30", "x", "equation", "x = 5"),
 M("r22f-02", "Omar reckons that 3(y − 2) = 15 gives y = 7. Is Omar correct?", "linear-brackets", "solve", "3(y - 2) = 15", "y", "equation", "y = 7"),
 M("r22f-03", "Ellie says 2/3 × 3/5 = 6/8. Is she right?", "fraction-arithmetic", "evaluate", "2/3*3/5", None, "numeric", "2/5"),
 M("r22f-04", "Jack calculated 18 − 4 × 2 and got 28. Is he right?", "integer-arithmetic", "evaluate", "18 - 4*2", None, "numeric", "10"),
 M("r22f-05", "A student claims that a = −3 is the solution of 5a + 9 = −6. Is the student right?", "linear-two-step", "solve", "5a + 9 = -6", "a", "equation", "a = -3"),
 M("r22f-06", "Let c be the number of cakes. We know 3c − 4 = 20. How many cakes are there?", "linear-two-step", "solve", "3c - 4 = 20", "c", "equation", "c = 8"),
 S("r22f-07", "Let p and q be numbers such that p + 2q = 11 and p − q = 2. Find p and q.", "system-elimination", "p + 2q = 11; p - q = 2", "p,q", {"p": "5", "q": "3"}),
 M("r22f-08", "Write 6^8 ÷ 6^3 as a single power of 6.", "exponent-rules", "simplify", "6^8/6^3", None, "expression", "6^5"),
 M("r22f-09", "Express 9^2 × 9^5 × 9 as a single power.", "exponent-rules", "simplify", "9^2*9^5*9", None, "expression", "9^8"),
 M("r22f-10", "Simplify (2^3)^4, giving your answer in index form.", "exponent-rules", "simplify", "(2^3)^4", None, "expression", "2^12"),
 M("r22f-11", "The volume of a cone is V = ⅓πr²h. Make h the subject.", "rearrange-formula", "rearrange", "V = pi*r^2*h/3", "h", "equation", "h = 3*V/(pi*r^2)"),
 M("r22f-12", "The perimeter of a triangle with sides a, b and c is P = a + b + c. Rearrange to make c the subject.", "rearrange-formula", "rearrange", "P = a + b + c", "c", "equation", "c = P - a - b"),
 M("r22f-13", "The area of a circle is A = πr². Rearrange the formula to make r the subject.", "rearrange-formula", "rearrange", "A = pi*r^2", "r", "equation", "r = sqrt(A/pi)"),
 P("r22f-14", "A concrete slab is 2 m long, 1 m wide and 0.1 m thick. Its mass is 480 kg. Calculate its density.", "density", "rho", "2400 kg/m^3", [("m", "480 kg"), ("V", "0.2 m^3")], "rho = m/V"),
 P("r22f-15", "A cyclist travels 1000 m in 180 s. Calculate her average speed, giving your answer to 3 significant figures.", "speed", "v", "5.56 m/s", [("d", "1000 m"), ("t", "180 s")], "v = d/t"),
 P("r22f-16", "A 1.2 kg book is lifted 1.7 m onto a shelf. How much gravitational potential energy does it gain? (g = 9.8 N/kg) Give your answer to 2 s.f.", "potential-energy", "E_p", "20 J", [("m", "1.2 kg"), ("h", "1.7 m"), ("g", "9.8 m/s^2")], "E_p = m*g*h"),
 P("r22f-17", "A heater is connected to a 230 V supply and a current of 3.3 A flows. Calculate the power to the nearest watt.", "electrical-power", "P", "759 W", [("V", "230 V"), ("I", "3.3 A")], "P = V*I"),
 P("r22f-18", "A resultant force of 35 N acts on a 9 kg trolley. Calculate its acceleration. Give your answer to 1 decimal place.", "newtons-second-law", "a", "3.9 m/s^2", [("F", "35 N"), ("m", "9 kg")], "a = F/m"),
 P("r22f-19", "A torch bulb has a resistance of 13 Ω and a current of 0.23 A. Find the potential difference across it, to 2 significant figures.", "ohms-law", "V", "3.0 V", [("R", "13 ohm"), ("I", "0.23 A")], "V = I*R"),
 P("r22f-20", "A 70 kg sprinter runs at 9.4 m/s. Work out her momentum to 2 s.f.", "momentum", "p", "660 kg*m/s", [("m", "70 kg"), ("v", "9.4 m/s")], "p = m*v"),
 O("r22f-21", "Ravi says that 2^3 × 2^4 = 4^7. Is he right? Explain.", "index-claim"),
 O("r22f-22", "Write 3^4 − 3^2 as a single power of 3.", "no-single-power"),
 O("r22f-23", "Sam says the area of a triangle with base 6 cm and height 4 cm is 24 cm². Is he right?", "triangle-area"),
]
out = sys.argv[1] if len(sys.argv) > 1 else "read22-fresh.jsonl"
with open(out, "w", encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False) + "\n")
