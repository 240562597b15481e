#!/usr/bin/env python3
"""mread23's fresh set (session 23): written after every change of mread23, measured once on main and on the branch,
never tuned on. Every text typed here by hand. Writes mread23-fresh.jsonl beside this script."""
import json, os

items = []
def add(style, text, family=None, task=None, start=None, unknown=None, answer=None, topic=None):
    it = {"id": "m23f-%03d" % (len(items) + 1), "style": style, "text": text, "family": family, "task": task,
          "start": start, "unknown": unknown, "answer": answer}
    if family is None: it["topic"] = topic
    items.append(it)
def num(v): return {"kind": "numeric", "value": v}
def eq(v): return {"kind": "equation", "value": v}
def q(v): return {"kind": "quantity", "value": v, "tolerance": "1%"}
def ph(style, text, family, unknown, value): add(style, text, family, "physics", None, unknown, q(value))

add("teacher", "How much smaller is 2/7 than 1/2? Show your common denominator.", "fraction-arithmetic", "evaluate", "1/2 - 2/7", None, num("0.21428571428571427"))
add("student", "what is 9 fewer than 4", "integer-arithmetic", "evaluate", "4 - 9", None, num("-5"))
add("textbook", "Deduct 35 from 120 and then halve the result.", "integer-arithmetic", "evaluate", "(120 - 35)/2", None, num("42.5"))
add("teacher", "What number must you add to 58 to get 100?", "integer-arithmetic", "evaluate", "100 - 58", None, num("42"))
add("textbook", "Which is greater, 0.7 or 2/3, and by how much?", "fraction-arithmetic", "evaluate", "0.7 - 2/3", None, num("0.03333333333333333"))
add("worksheet", "Express 27 as a percentage of 90.", "percentages", "percentage", "27/90*100", None, num("30"))
add("student", "what percentage is 18 out of 45", "percentages", "percentage", "18/45*100", None, num("40"))
add("textbook", "A coat is 15% cheaper than its usual price of £120. What does it cost?", "percentages", "percentage", "120*0.85", None, num("102"))
add("teacher", "Petrol costs 8% more this year than last year, when it was £1.50 a litre. What does it cost now?", "percentages", "percentage", "1.5*1.08", None, num("1.62"))
add("textbook", "A farmer sells 3/10 of his 250 sheep. How many does he have left?", "fraction-arithmetic", "evaluate", "250*(1 - 3/10)", None, num("175"))
add("textbook", "Five pens cost £4.25. How much do 3 pens cost?", "integer-arithmetic", "evaluate", "4.25/5*3", None, num("2.55"))
add("teacher", "Twice a number is 26 more than the number. What is the number?", "linear-one-step", "solve", "2x = x + 26", "x", num("26"))
add("textbook", "The difference between two numbers is 9 and the larger is 31. What is the smaller?", "integer-arithmetic", "evaluate", "31 - 9", None, num("22"))
add("student", "whats 3/4 minus 1/6 cos i got 2/2", "fraction-arithmetic", "evaluate", "3/4 - 1/6", None, num("0.5833333333333334"))
add("textbook", "Solve 4(n − 1) = 2n + 6.", "linear-brackets", "solve", "4(n - 1) = 2n + 6", "n", eq("n = 5"))
add("teacher", "If 2y − 3 = 11, work out 4y.", "linear-two-step", "solve", "2y - 3 = 11", "y", num("28"))
add("textbook", "Evaluate a² − 2a when a is 5.", "integer-arithmetic", "evaluate", "5^2 - 2*5", None, num("15"))
add("textbook", "What fraction of an hour is 35 minutes?", "fraction-arithmetic", "evaluate", "35/60", None, num("0.5833333333333334"))
add("teacher", "Subtract the sum of 2/5 and 1/10 from 1.", "fraction-arithmetic", "evaluate", "1 - (2/5 + 1/10)", None, num("0.5"))
add("textbook", "A bag of 5 apples weighs 900 g. What is the mass of one apple, if they are all the same?", "integer-arithmetic", "evaluate", "900/5", None, num("180"))
ph("textbook", "Two identical lamps, each of resistance 8 Ω, are connected in parallel. What is their combined resistance?", "resistors", "R", "4 ohm")
ph("teacher", "A bat sends out a squeak and hears the echo from a wall 0.05 s later. Sound travels at 340 m/s. How far away is the wall?", "speed", "d", "8.5 m")
ph("textbook", "A 1.2 kg ball is moving at 5 m/s. Its speed then doubles. What is its kinetic energy now?", "kinetic-energy", "E_k", "60 J")
ph("student", "four 2 ohm resistors in series whats the total", "resistors", "R", "8 ohm")
ph("textbook", "A car travels at 25 m/s for half a minute. How far does it go?", "speed", "d", "750 m")
ph("textbook", "A 5 kg box is lifted from the floor onto a table 0.8 m high and then onto a shelf 1.2 m above the table. How much potential energy has it gained altogether? (g = 9.8 N/kg)", "potential-energy", "E_p", "98 J")
ph("teacher", "A 750 W microwave runs for 2 minutes. How much energy does it transfer?", "power", "E", "90000 J")
ph("textbook", "A 3 kg object is acted on by forces of 20 N forwards and 8 N backwards. What is its acceleration?", "newtons-second-law", "a", "4 m/s^2")
ph("textbook", "A bus accelerates from 4 m/s to 16 m/s in 6 s. What is its acceleration?", "acceleration", "a", "2 m/s^2")
ph("teacher", "A lamp connected to a 12 V supply carries a current of 500 mA. What is its resistance?", "ohms-law", "R", "24 ohm")
ph("textbook", "A wave has a speed of 1.5 m/s and a wavelength of 30 cm. What is its frequency?", "wave-speed", "f", "5 Hz")
ph("student", "a 0.2 kg ball hits the floor at 6 m/s and bounces up at 4 m/s whats the change in momentum", "impulse", "J", "2 N*s")
ph("textbook", "Three 4 kg bags are carried up stairs 3 m high. How much potential energy do they gain? (g = 10 N/kg)", "potential-energy", "E_p", "360 J")
ph("teacher", "A stone is dropped from rest off a 45 m cliff. How long does it take to reach the sea? Use g = 10 m/s².", "free-fall", "t", "3 s")
ph("textbook", "A 20 kg child slides down and reaches the bottom at 6 m/s. What is her kinetic energy there?", "kinetic-energy", "E_k", "360 J")
ph("textbook", "A current of 0.4 A flows through a heater for 2 minutes at 230 V. How much energy does it transfer?", "electrical-power", "E", "11040 J")
add("textbook", "A rectangle has area 54 cm² and width 6 cm. What is its perimeter?", "integer-arithmetic", "evaluate", "2*(54/6 + 6)", None, num("30"))
add("teacher", "What is the product of 12 and the difference between 9 and 4?", "integer-arithmetic", "evaluate", "12*(9 - 4)", None, num("60"))
add("textbook", "Divide 360 in the ratio 4 : 5 and give the larger part.", None, topic="ratio")
add("textbook", "A triangle has angles 50° and 65°. Find the third angle.", None, topic="angles")
add("teacher", "Round 4.567 to one decimal place and then multiply by 10.", "integer-arithmetic", "evaluate", "4.6*10", None, num("46"))
add("student", "if x plus 7 is 3 what is x", "linear-one-step", "solve", "x + 7 = 3", "x", eq("x = -4"))

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "mread23-fresh.jsonl"), "w", encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items))
