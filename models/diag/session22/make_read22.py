# read22's TEACHER-STYLE set: written by hand by lane read22 before any change of that lane, six classes the reader did
# not read in session 21 (a claim to check, "Let t be ... so ...", a single power, a rearrange naming a shape, a density
# from three lengths, physics rounding), several wordings of each; measured on main, then tuned on. Answers worked by
# hand. Never train on it. The "single power" items want the answer as a power: eval-reader's expression check accepts
# the value too (78125 for 5^7), so the report judges that class by the stated answer (the --readings file).
import json, sys
M = lambda i, text, fam, task, start, unk, kind, val, form=None, style="teacher": dict(
    id=i, style=style, text=text, family=fam, task=task, start=start, unknown=unk,
    answer=dict(kind=kind, value=val, **({"form": form} if form else {})))
S = lambda i, text, fam, start, unk, vals, style="teacher": dict(
    id=i, style=style, text=text, family=fam, task="solve-system", start=start, unknown=unk,
    answer=dict(kind="system", values=vals))
P = lambda i, text, fam, unk, val, givens, formula, style="teacher": dict(
    id=i, style=style, text=text, family=fam, task="physics", start=None, unknown=unk,
    answer=dict(kind="quantity", value=val, tolerance="1%"),
    givens=[dict(symbol=s, value=v) for s, v in givens], formula=formula)
O = lambda i, text, topic, style="teacher": dict(id=i, style=style, text=text, family=None, task=None, start=None,
    unknown=None, answer=None, topic=topic)
items = [
 # 1. a claim to check
 M("r22-001", "Priya says the solution of 3x + 4 = 19 is x = 6. Is she right?", "linear-two-step", "solve", "3x + 4 = 19", "x", "equation", "x = 5"),
 M("r22-002", "Tom says that x = 3 solves 5x − 7 = 8. Is he correct? Show how you know.", "linear-two-step", "solve", "5x - 7 = 8", "x", "equation", "x = 3"),
 M("r22-003", "Amara thinks the answer to 2(x + 3) = 20 is x = 8.5. Check whether she is right by solving the equation yourself.", "linear-brackets", "solve", "2(x + 3) = 20", "x", "equation", "x = 7"),
 M("r22-004", "Ben claims that the equation 4y − 9 = 2y + 5 gives y = 7. Is Ben right?", "linear-both-sides", "solve", "4y - 9 = 2y + 5", "y", "equation", "y = 7"),
 M("r22-005", "Leo says 3/4 + 1/8 = 4/12. Is he right? Explain your answer.", "fraction-arithmetic", "evaluate", "3/4 + 1/8", None, "numeric", "7/8"),
 M("r22-006", "Zara says that 6 − 2 × 3 = 12. Is she correct? Give a reason.", "integer-arithmetic", "evaluate", "6 - 2*3", None, "numeric", "0"),
 M("r22-007", "Mia says the solutions of x² − 5x + 6 = 0 are x = 2 and x = 3. Is she right?", "quadratic-factoring", "solve", "x^2 - 5x + 6 = 0", "x", "set", "x = 2 or x = 3"),
 M("r22-008", "Kofi worked out 7 + 3 × 4 and got 40. Is he right? Work it out.", "integer-arithmetic", "evaluate", "7 + 3*4", None, "numeric", "19"),
 # 2. Let t be ..., so ...
 M("r22-009", "Let t be the number of tickets, so 4t + 3 = 31. Find t.", "linear-two-step", "solve", "4t + 3 = 31", "t", "equation", "t = 7"),
 M("r22-010", "Let n be the number of sweets in a bag. Then 5n − 2 = 38. How many sweets are in a bag?", "linear-two-step", "solve", "5n - 2 = 38", "n", "equation", "n = 8"),
 S("r22-011", "Let x and y be two numbers with x + y = 12 and x − y = 4. Find x and y.", "system-elimination", "x + y = 12; x - y = 4", "x,y", {"x": "8", "y": "4"}),
 S("r22-012", "Let a be the cost of an apple and b the cost of a banana, in pence. Then 3a + 2b = 90 and a + 2b = 50. Find a and b.", "system-elimination", "3a + 2b = 90; a + 2b = 50", "a,b", {"a": "20", "b": "15"}),
 M("r22-013", "Let p be the price of one pen, so 6p + 4 = 13. Work out p.", "linear-two-step", "solve", "6p + 4 = 13", "p", "equation", "p = 1.5"),
 M("r22-014", "Let w be the width of the garden. We know that 2w + 10 = 34. Find w.", "linear-two-step", "solve", "2w + 10 = 34", "w", "equation", "w = 12"),
 S("r22-015", "Let x and y be the unknowns.\n2x + y = 11\nx + y = 7\nSolve for x and y.", "system-elimination", "2x + y = 11; x + y = 7", "x,y", {"x": "4", "y": "3"}),
 # 3. a single power
 M("r22-016", "Write 5^3 × 5^4 as a single power of 5.", "exponent-rules", "simplify", "5^3*5^4", None, "expression", "5^7"),
 M("r22-017", "Write 2^9 ÷ 2^4 as a single power of 2.", "exponent-rules", "simplify", "2^9/2^4", None, "expression", "2^5"),
 M("r22-018", "Simplify 3² × 3⁶, leaving your answer in index form.", "exponent-rules", "simplify", "3^2*3^6", None, "expression", "3^8"),
 M("r22-019", "Express (7^2)^3 as a single power of 7.", "exponent-rules", "simplify", "(7^2)^3", None, "expression", "7^6"),
 M("r22-020", "Write as a single power of 10:\n10^5 × 10^-2", "exponent-rules", "simplify", "10^5*10^-2", None, "expression", "10^3"),
 M("r22-021", "Work out 4^6 ÷ 4^2. Give your answer as a power of 4.", "exponent-rules", "simplify", "4^6/4^2", None, "expression", "4^4"),
 # 4. a rearrange naming a shape
 M("r22-022", "The area of a triangle is A = ½bh. Make h the subject.", "rearrange-formula", "rearrange", "A = b*h/2", "h", "equation", "h = 2*A/b"),
 M("r22-023", "The area of a trapezium is A = ½(a + b)h. Rearrange to make h the subject.", "rearrange-formula", "rearrange", "A = (a + b)*h/2", "h", "equation", "h = 2*A/(a + b)"),
 M("r22-024", "The circumference of a circle is C = 2πr. Make r the subject.", "rearrange-formula", "rearrange", "C = 2*pi*r", "r", "equation", "r = C/(2*pi)"),
 M("r22-025", "The perimeter of a square is P = 4s. Make s the subject of the formula.", "rearrange-formula", "rearrange", "P = 4s", "s", "equation", "s = P/4"),
 M("r22-026", "The volume of a cuboid is V = lwh. Rearrange the formula to make w the subject.", "rearrange-formula", "rearrange", "V = l*w*h", "w", "equation", "w = V/(l*h)"),
 M("r22-027", "The area of a parallelogram is given by A = bh. Make b the subject.", "rearrange-formula", "rearrange", "A = b*h", "b", "equation", "b = A/h"),
 M("r22-028", "For a rectangle, P = 2(l + w). Make l the subject.", "rearrange-formula", "rearrange", "P = 2(l + w)", "l", "equation", "l = P/2 - w"),
 # 5. a density from three lengths
 P("r22-029", "A block measures 2 cm by 3 cm by 5 cm and has a mass of 81 g. Find its density.", "density", "rho", "2700 kg/m^3", [("m", "0.081 kg"), ("V", "0.00003 m^3")], "rho = m/V"),
 P("r22-030", "A metal bar is 10 cm long, 2 cm wide and 1 cm thick. Its mass is 158 g. Calculate the density of the metal.", "density", "rho", "7900 kg/m^3", [("m", "0.158 kg"), ("V", "0.00002 m^3")], "rho = m/V"),
 P("r22-031", "A wooden cuboid is 0.5 m by 0.2 m by 0.1 m and has a mass of 6 kg. Work out its density.", "density", "rho", "600 kg/m^3", [("m", "6 kg"), ("V", "0.01 m^3")], "rho = m/V"),
 P("r22-032", "A box of sand measures 20 cm × 10 cm × 10 cm. The sand has a mass of 3.2 kg. What is the density of the sand in kg/m³?", "density", "rho", "1600 kg/m^3", [("m", "3.2 kg"), ("V", "0.002 m^3")], "rho = m/V"),
 # 6. physics rounding
 P("r22-033", "A car travels 100 m in 7 s. Calculate its average speed. Give your answer to 2 s.f.", "speed", "v", "14 m/s", [("d", "100 m"), ("t", "7 s")], "v = d/t"),
 P("r22-034", "A force of 50 N acts on a 3 kg mass. Calculate its acceleration to 3 significant figures.", "newtons-second-law", "a", "16.7 m/s^2", [("F", "50 N"), ("m", "3 kg")], "a = F/m"),
 P("r22-035", "A 0.6 kg ball moves at 7 m/s. Calculate its kinetic energy, giving your answer to 2 significant figures.", "kinetic-energy", "E_k", "15 J", [("m", "0.6 kg"), ("v", "7 m/s")], "E_k = m*v^2/2"),
 P("r22-036", "A current of 0.3 A flows through a 47 Ω resistor. Find the potential difference across it to 2 s.f.", "ohms-law", "V", "14 V", [("I", "0.3 A"), ("R", "47 ohm")], "V = I*R"),
 P("r22-037", "Sound waves of frequency 340 Hz have a wavelength of 0.73 m. Find their speed to the nearest whole number.", "wave-speed", "v", "248 m/s", [("f", "340 Hz"), ("lam", "0.73 m")], "v = f*lam"),
 P("r22-038", "Calculate the weight of a 2.35 kg bag on Earth (g = 9.8 N/kg). Give your answer to 2 s.f.", "weight", "W", "23 N", [("m", "2.35 kg"), ("g", "9.8 m/s^2")], "W = m*g"),
 P("r22-039", "A runner covers 400 m in 53 s. What is her speed in km/h? Give your answer to 2 s.f.", "speed", "v", "27 km/h", [("d", "400 m"), ("t", "53 s")], "v = d/t"),
 P("r22-040", "A motor does 2000 J of work in 9 seconds. Calculate its power to 1 decimal place.", "power", "P", "222.2 W", [("E", "2000 J"), ("t", "9 s")], "P = E/t"),
 # out of scope
 O("r22-041", "Priya says the angles in a triangle add up to 190°. Is she right?", "angles"),
 O("r22-042", "Let x be the number of sweets. Sam has more than 3x + 2 sweets and fewer than 20. What values can x take?", "inequality"),
 O("r22-043", "Write 5^3 + 5^4 as a single power of 5.", "no-single-power"),
 O("r22-044", "A cylinder has radius 3 cm and height 10 cm and a mass of 500 g. Find its density.", "cylinder-volume"),
]
out = sys.argv[1] if len(sys.argv) > 1 else "read22.jsonl"
with open(out, "w", encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False) + "\n")
