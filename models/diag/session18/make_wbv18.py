# wbv18: hand-written adversarial problems (misreading traps), written by the wbv18 lane in session 18.
import json
out = []
n = 0
def add(style, text, family, task=None, start=None, unknown=None, answer=None, givens=None, formula=None, topic=None, kind=None):
    global n
    n += 1
    d = {"id": "w18-%03d" % n, "style": style, "text": text, "family": family, "task": task, "start": start,
         "unknown": unknown}
    if family is None:
        d.update({"task": None, "start": None, "unknown": None, "answer": None, "topic": topic})
    elif task == "physics":
        d["answer"] = {"kind": "quantity", "value": answer, "tolerance": "1%"}
        d["givens"] = [{"symbol": s, "value": v} for s, v in givens]
        d["formula"] = formula
    else:
        d["answer"] = {"kind": kind or "numeric", "value": answer}
    out.append(d)
def P(style, text, family, unknown, answer, givens, formula):
    add(style, text, family, "physics", None, unknown, answer, givens, formula)
def O(style, text, topic):
    add(style, text, None, topic=topic)
SER = "R = R1 + R2"; PAR = "R = R1*R2/(R1 + R2)"
# resistors
P("teacher", "Two 6 Ω resistors sit side by side between the same two points, so the current splits between them. What is their combined resistance?", "resistors", "R", "3 ohm", [("R1","6 ohm"),("R2","6 ohm")], PAR)
P("textbook", "A 4 Ω resistor and a 12 Ω resistor are connected one after the other. Find the total resistance.", "resistors", "R", "16 ohm", [("R1","4 ohm"),("R2","12 ohm")], SER)
P("worksheet", "3 Ω and 6 Ω joined end to end in a line. Total resistance = ?", "resistors", "R", "9 ohm", [("R1","3 ohm"),("R2","6 ohm")], SER)
O("teacher", "A 10 Ω resistor and a 40 Ω resistor are in parallel. What is the resistance of the 10 Ω resistor on its own?", "asks-a-given")
P("textbook", "Two resistors in series have a total resistance of 20 Ω. One of them is 8 Ω. What is the other?", "resistors", "R2", "12 ohm", [("R","20 ohm"),("R1","8 ohm")], SER)
P("textbook", "Two resistors in parallel have a combined resistance of 4 Ω. One of them is 12 Ω. Find the resistance of the other one.", "resistors", "R2", "6 ohm", [("R","4 ohm"),("R1","12 ohm")], PAR)
P("worksheet", "R1 = 2 kΩ, R2 = 3 kΩ, in parallel. R = ?", "resistors", "R", "1200 ohm", [("R1","2000 ohm"),("R2","3000 ohm")], PAR)
P("teacher", "Two resistors, 6 Ω and 3 Ω, are connected in series to a 9 V battery. What current flows?", "ohms-law", "I", "1 A", [("V","9 V"),("R","9 ohm")], "V = I*R")
O("teacher", "A 5 Ω resistor is in parallel with a 20 Ω resistor. By how much is the combined resistance smaller than the 5 Ω resistor?", "difference-of-resistances")
O("textbook", "Two identical resistors in parallel have a combined resistance of 5 Ω. What is the resistance of each?", "identical-resistors")
P("student", "8 ohm and 8 ohm connected across each other (parallel) whats the total", "resistors", "R", "4 ohm", [("R1","8 ohm"),("R2","8 ohm")], PAR)
O("textbook", "A 2 Ω and a 3 Ω resistor are in series, and this pair is in parallel with a 5 Ω resistor. Find the total resistance.", "mixed-circuit")
O("worksheet", "Two 12 Ω resistors. (a) total in series? (b) total in parallel?", "two-questions")
P("worksheet", "A 470 Ω resistor in series with a 1.2 kΩ resistor. Total resistance?", "resistors", "R", "1670 ohm", [("R1","470 ohm"),("R2","1200 ohm")], SER)
P("teacher", "Two resistors are in parallel. One is 6 Ω and carries a current of 2 A; the other is 3 Ω. What is the total resistance of the pair?", "resistors", "R", "2 ohm", [("R1","6 ohm"),("R2","3 ohm")], PAR)
P("teacher", "A 9 V battery is connected to two resistors of 4 Ω and 5 Ω in series. What is the total resistance?", "resistors", "R", "9 ohm", [("R1","4 ohm"),("R2","5 ohm")], SER)
O("student", "three 6 ohm resistors in series what is the total", "three-resistors")
O("textbook", "Two resistors of 4 Ω and 4 Ω are in parallel, and a 10 Ω resistor is added in series with them. What is the total resistance now?", "mixed-circuit")
P("student", "whats the total resistance if i put a 15 ohm and a 10 ohm resistor next to each other in parallel", "resistors", "R", "6 ohm", [("R1","15 ohm"),("R2","10 ohm")], PAR)
O("teacher", "A 6 Ω and a 12 Ω resistor are connected in parallel across a 12 V supply. What is the current through the 6 Ω resistor?", "branch-current")
# speed
P("textbook", "A train travels at 72 km/h for 15 minutes. How far does it go?", "speed", "d", "18000 m", [("v","20 m/s"),("t","900 s")], "v = d/t")
P("teacher", "A cyclist covers 12 km in 40 minutes. Find her average speed in m/s.", "speed", "v", "5 m/s", [("d","12000 m"),("t","2400 s")], "v = d/t")
P("student", "if i run at 5 m/s how long does 400 m take me", "speed", "t", "80 s", [("v","5 m/s"),("d","400 m")], "v = d/t")
P("textbook", "A bus travels 30 km in half an hour. What is its average speed?", "speed", "v", "16.7 m/s", [("d","30000 m"),("t","1800 s")], "v = d/t")
O("teacher", "A lorry drives at 20 m/s for 2 minutes and then at 30 m/s for 1 minute. How far does it travel altogether?", "two-stage-journey")
P("teacher", "A car travels 100 m in 5 s and then waits at a red light for another 5 s. What is its average speed over the whole 10 s?", "speed", "v", "10 m/s", [("d","100 m"),("t","10 s")], "v = d/t")
O("student", "a car goes 60 km in 1 hour then 40 km in 1 hour, average speed?", "two-stage-journey")
# newton 2
P("teacher", "A 2 kg bag rests on a 5 kg trolley. A push of 14 N accelerates the trolley and the bag together. Find their acceleration.", "newtons-second-law", "a", "2 m/s^2", [("F","14 N"),("m","7 kg")], "F = m*a")
P("student", "a 500 g ball is kicked with a force of 20 N whats its acceleration", "newtons-second-law", "a", "40 m/s^2", [("F","20 N"),("m","0.5 kg")], "F = m*a")
O("teacher", "A 3 kg box and a 5 kg box are pushed with 16 N. What is the acceleration of the lighter box if it is pushed alone with the same force, compared with both together?", "comparison")
# kinetic energy
P("textbook", "A 60 kg runner moves at 18 km/h. Find her kinetic energy.", "kinetic-energy", "E_k", "750 J", [("m","60 kg"),("v","5 m/s")], "E_k = m*v^2/2")
P("textbook", "A 4 kg ball has 50 J of kinetic energy. How fast is it moving?", "kinetic-energy", "v", "5 m/s", [("m","4 kg"),("E_k","50 J")], "E_k = m*v^2/2")
O("teacher", "A 2 kg trolley is moving at 3 m/s. Its speed is then doubled. What is its new kinetic energy?", "changed-quantity")
O("textbook", "A 1000 kg car speeds up from 10 m/s to 20 m/s. By how much does its kinetic energy increase?", "change-of-energy")
# weight
P("worksheet", "Weight of a 250 g apple? (g = 9.8 N/kg)", "weight", "W", "2.45 N", [("m","0.25 kg"),("g","9.8 m/s^2")], "W = m*g")
O("teacher", "An astronaut has a mass of 80 kg on Earth. On the Moon g is 1.6 N/kg. What is her mass on the Moon?", "asks-a-given")
P("textbook", "A box weighs 49 N on Earth. What is its mass?", "weight", "m", "5 kg", [("W","49 N"),("g","9.8 m/s^2")], "W = m*g")
# momentum
P("teacher", "A 3 kg ball moving at 4 m/s hits a 2 kg ball that is at rest. What is the momentum of the 3 kg ball just before the collision?", "momentum", "p", "12 kg*m/s", [("m","3 kg"),("v","4 m/s")], "p = m*v")
P("worksheet", "m = 70 g, v = 30 m/s. p = ?", "momentum", "p", "2.1 kg*m/s", [("m","0.07 kg"),("v","30 m/s")], "p = m*v")
O("textbook", "A 3 kg ball moving at 4 m/s hits a 2 kg ball at rest and they stick together. What is their speed after the collision?", "collision")
# potential energy
O("teacher", "A 2 kg book is lifted from a table 1 m high onto a shelf 3 m high. How much gravitational potential energy does it gain?", "two-heights")
P("textbook", "A 5 kg mass gains 490 J of gravitational potential energy when it is lifted. How high was it lifted?", "potential-energy", "h", "10 m", [("m","5 kg"),("E_p","490 J"),("g","9.8 m/s^2")], "E_p = m*g*h")
P("student", "a 50 kg climber goes 200 m up a hill how much gpe does she gain", "potential-energy", "E_p", "98000 J", [("m","50 kg"),("h","200 m"),("g","9.8 m/s^2")], "E_p = m*g*h")
# work
P("worksheet", "F = 20 N, distance = 300 cm. Work done = ?", "work-done", "W", "60 J", [("F","20 N"),("d","3 m")], "W = F*d")
P("textbook", "A man does 600 J of work pushing a crate with a steady force of 150 N. How far does he push it?", "work-done", "d", "4 m", [("W","600 J"),("F","150 N")], "W = F*d")
# power
P("textbook", "A motor does 12 kJ of work in 2 minutes. What is its power?", "power", "P", "100 W", [("E","12000 J"),("t","120 s")], "P = E/t")
P("teacher", "A 60 W lamp is left on for 5 minutes. How much energy does it transfer?", "power", "E", "18000 J", [("P","60 W"),("t","300 s")], "P = E/t")
O("teacher", "A 2 kW kettle and a 60 W lamp are both on for 3 minutes. How much more energy does the kettle use than the lamp?", "difference-of-energies")
# pressure
P("textbook", "A 600 N woman stands on one foot of area 150 cm². What pressure does she exert on the floor?", "pressure", "p", "40000 Pa", [("F","600 N"),("A","0.015 m^2")], "p = F/A")
O("teacher", "A crate of weight 200 N rests on a face measuring 0.5 m by 0.4 m. Find the pressure it exerts.", "area-from-sides")
# ohms law
P("worksheet", "I = 250 mA, R = 12 Ω. V = ?", "ohms-law", "V", "3 V", [("I","0.25 A"),("R","12 ohm")], "V = I*R")
P("teacher", "A 6 V battery drives a current of 2 A through a lamp. What is the resistance of the lamp?", "ohms-law", "R", "3 ohm", [("V","6 V"),("I","2 A")], "V = I*R")
P("textbook", "A 4.5 V supply is connected across a 1.5 kΩ resistor. What current flows?", "ohms-law", "I", "0.003 A", [("V","4.5 V"),("R","1500 ohm")], "V = I*R")
# electrical power
P("textbook", "A heater draws 5 A from a 230 V supply. Find its power.", "electrical-power", "P", "1150 W", [("I","5 A"),("V","230 V")], "P = V*I")
P("student", "a 12 V lamp is rated 36 W what current does it take", "electrical-power", "I", "3 A", [("V","12 V"),("P","36 W")], "P = V*I")
# impulse
P("teacher", "A bat strikes a ball with a force of 200 N for 20 ms. What impulse does the ball receive?", "impulse", "J", "4 N*s", [("F","200 N"),("t","0.02 s")], "J = F*t")
# friction
P("textbook", "A 10 kg crate slides across a level floor. The coefficient of friction is 0.3. Find the friction force.", "friction-level", "f", "29.4 N", [("mu","0.3"),("m","10 kg"),("g","9.8 m/s^2")], "f = mu*m*g")
P("teacher", "A 4 kg box on a level floor needs a horizontal push of 19.6 N to keep it sliding at a steady speed. Find the coefficient of friction.", "friction-level", "mu", "0.5", [("f","19.6 N"),("m","4 kg"),("g","9.8 m/s^2")], "f = mu*m*g")
# density
P("worksheet", "m = 200 g, V = 80 cm³. Density = ?", "density", "rho", "2500 kg/m^3", [("m","0.2 kg"),("V","0.00008 m^3")], "rho = m/V")
O("teacher", "A metal cube with sides of 2 cm has a mass of 64 g. Find its density.", "volume-from-sides")
# wave
P("textbook", "A wave has a frequency of 50 Hz and a wavelength of 40 cm. Find its speed.", "wave-speed", "v", "20 m/s", [("f","50 Hz"),("lam","0.4 m")], "v = f*lam")
P("textbook", "Sound travels at 340 m/s in air. A note has a frequency of 170 Hz. What is its wavelength?", "wave-speed", "lam", "2 m", [("v","340 m/s"),("f","170 Hz")], "v = f*lam")
O("teacher", "A water wave makes 10 complete waves every 2 seconds and each wave is 3 m long. Find the speed of the wave.", "waves-counted")
# acceleration / suvat / free fall
P("textbook", "A car goes from 36 km/h to 72 km/h in 5 s. Find its acceleration.", "acceleration", "a", "2 m/s^2", [("u","10 m/s"),("v","20 m/s"),("t","5 s")], "a = (v - u)/t")
P("textbook", "A stone is dropped from rest and falls for 3 s. How far does it fall?", "free-fall", "h", "44.1 m", [("t","3 s"),("g","9.8 m/s^2")], "h = g*t^2/2")
P("teacher", "A car speeds up steadily from 5 m/s to 15 m/s in 4 s. How far does it travel in that time?", "suvat", "s", "40 m", [("u","5 m/s"),("v","15 m/s"),("t","4 s")], "s = (u + v)*t/2")
O("teacher", "A car speeds up steadily from 5 m/s to 15 m/s in 4 s. How long would it take to reach 25 m/s?", "other-time")
# percentages
add("textbook", "A price of £80 is increased by 25%. What is the new price?", "percentages", "percentage", "80*1.25", None, "100")
add("textbook", "The price of a lamp goes up from £80 to £100. What is the percentage increase?", "percentages", "percentage", "(100 - 80)/80*100", None, "25")
add("teacher", "After a 20% discount a coat costs £120. What was the price before the discount?", "percentages", "percentage", "120/0.8", None, "150")
add("textbook", "A price of 200 dollars is reduced by 20% and then the new price is reduced by 10%. What is the final price?", "percentages", "percentage", "200*0.8*0.9", None, "144")
add("worksheet", "What percentage of 80 is 20?", "percentages", "percentage", "20/80*100", None, "25")
add("teacher", "15% of a number is 45. What is the number?", "percentages", "percentage", "45/0.15", None, "300")
add("teacher", "In a class of 30 pupils, 12 are boys. What percentage of the class are girls?", "percentages", "percentage", "18/30*100", None, "60")
add("worksheet", "Find 10% of 20% of 500.", "percentages", "percentage", "0.1*0.2*500", None, "10")
add("teacher", "Jo earns $2000 a month and gets a 5% pay rise. How much is the rise?", "percentages", "percentage", "2000*5/100", None, "100")
add("student", "jacket was 60 dollars now 25% off how much do i save", "percentages", "percentage", "60*25/100", None, "15")
add("student", "a shop cut its prices by 30%, a top now costs 70 dollars, what was it before", "percentages", "percentage", "70/0.7", None, "100")
add("textbook", "A population of 400 increases to 500. By what percentage has it increased?", "percentages", "percentage", "(500 - 400)/400*100", None, "25")
add("teacher", "A price rises by 10% and then falls by 10%. It started at £50. What is it now?", "percentages", "percentage", "50*1.1*0.9", None, "49.5")
# integer arithmetic
add("teacher", "At midnight it is 5 degrees below zero. By noon the temperature has risen by 8 degrees. What is the temperature at noon?", "integer-arithmetic", "evaluate", "-5 + 8", None, "3")
add("worksheet", "What is the difference between 7 and -3?", "integer-arithmetic", "evaluate", "7 - (-3)", None, "10")
add("student", "how many more is 42 than 17", "integer-arithmetic", "evaluate", "42 - 17", None, "25")
add("teacher", "Ali buys a dozen pencils and gives 5 of them away. How many pencils does he have left?", "integer-arithmetic", "evaluate", "12 - 5", None, "7")
add("textbook", "Sara has three times as many stickers as Tom. Tom has 8 stickers. How many stickers do they have altogether?", "integer-arithmetic", "evaluate", "8 + 3*8", None, "32")
add("teacher", "The temperature was -4 °C at night and 9 °C at noon. By how many degrees did it rise?", "integer-arithmetic", "evaluate", "9 - (-4)", None, "13")
add("student", "whats half of 36 plus twice 7", "integer-arithmetic", "evaluate", "36/2 + 2*7", None, "32")
# fractions
add("worksheet", "Write down the reciprocal of 3/4.", "fraction-arithmetic", "evaluate", "1/(3/4)", None, "4/3")
add("teacher", "What fraction of an hour is 20 minutes? Give it in its simplest form.", "fraction-arithmetic", "evaluate", "20/60", None, "1/3")
add("textbook", "Find 2/3 of 3/4.", "fraction-arithmetic", "evaluate", "2/3*3/4", None, "1/2")
add("student", "how much bigger is 3/4 than 2/3", "fraction-arithmetic", "evaluate", "3/4 - 2/3", None, "1/12")
add("teacher", "A cake is cut into 8 equal slices. Tom eats 3 slices. What fraction of the cake is left?", "fraction-arithmetic", "evaluate", "1 - 3/8", None, "5/8")
# linear: a second question
add("textbook", "Solve 3x + 5 = 20 and hence find the value of 2x + 1.", "linear-two-step", "evaluate", "2*5 + 1", None, "11")
add("teacher", "If 4x - 3 = 13, what is the value of x + 10?", "linear-two-step", "evaluate", "4 + 10", None, "14")
add("student", "5y - 2 = 3y + 8 then whats y squared", "linear-both-sides", "evaluate", "5^2", None, "25")
add("teacher", "Twice a number plus 3 is 17. What is three times the number?", "linear-two-step", "evaluate", "3*7", None, "21")
add("textbook", "The sum of two consecutive whole numbers is 41. What is the larger number?", "linear-two-step", "evaluate", "21", None, "21")
add("worksheet", "x/4 + 2 = 5. Find 4x.", "linear-fractions", "evaluate", "4*12", None, "48")
add("textbook", "Solve 2(x + 3) = 14. Check your answer by substituting it into 2x + 6.", "linear-brackets", "solve", "2(x + 3) = 14", "x", "x = 4", kind="equation")
add("teacher", "Solve 7 - 2x = 1, then write down the value of -x.", "linear-two-step", "evaluate", "-3", None, "-3")
add("student", "i think of a number and add 6 then times by 3 and get 27. whats my number minus 2", "linear-brackets", "evaluate", "3 - 2", None, "1")
# quadratics
add("textbook", "Solve x² - 5x + 6 = 0 and give the larger root.", "quadratic-factoring", "evaluate", "3", None, "3")
add("worksheet", "Find the positive solution of x² = 49.", "quadratic-square-root", "evaluate", "7", None, "7")
add("teacher", "x^2 + x - 12 = 0. Which of its two roots is negative?", "quadratic-factoring", "evaluate", "-4", None, "-4")
add("textbook", "Solve x² - 2x - 15 = 0 and find the product of the two roots.", "quadratic-factoring", "evaluate", "-15", None, "-15")
add("student", "a number squared is 64 and the number is negative what is it", "quadratic-square-root", "evaluate", "-8", None, "-8")
# systems
add("worksheet", "x + y = 10, x - y = 4. Find x only.", "system-elimination", "evaluate", "7", None, "7")
add("teacher", "Solve 2x + y = 11 and x - y = 1, then find x + y.", "system-elimination", "evaluate", "7", None, "7")
add("textbook", "The sum of two numbers is 20 and their difference is 6. Find the larger number.", "system-elimination", "evaluate", "13", None, "13")
# derivatives
O("textbook", "Find the second derivative of x^4.", "second-derivative")
add("teacher", "f(x) = 3x² + 2x. Find f'(1).", "derivative-power-rule", "evaluate", "8", None, "8")
add("student", "differentiate 5x^3 and then put x = 1 in", "derivative-power-rule", "evaluate", "15", None, "15")
# rearrange / expand
add("textbook", "v = u + at. Make a the subject, then find a when v = 20, u = 4 and t = 8.", "rearrange-formula", "evaluate", "(20 - 4)/8", None, "2")
add("teacher", "Expand (x + 3)(x - 2) and state the coefficient of x.", "expand-brackets", "evaluate", "1", None, "1")
add("textbook", "Simplify (x^3)^2 and then find its value when x = 2.", "exponent-rules", "evaluate", "64", None, "64")
with open("/work/notes/diag18/wbv18.jsonl", "w") as f:
    for d in out: f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out), sum(1 for d in out if d["family"] is None))
