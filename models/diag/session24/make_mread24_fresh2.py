#!/usr/bin/env python3
"""mread24's second fresh set (session 24): written by hand after the last change of mread24 (the checks added after
mread24-fresh was measured: the price asked after a change, a pair's total where one resistor is asked), in the same
family/voice pairs and neighbours, new wordings. Measured once on main and on the branch; never tuned on. Writes
mread24-fresh2.jsonl beside this script."""
import json, os

items = []
def add(style, text, family=None, task=None, start=None, unknown=None, answer=None, topic=None):
    it = {"id": "m24g-%03d" % (len(items) + 1), "style": style, "text": text, "family": family,
          "task": task, "start": start, "unknown": unknown, "answer": answer}
    if family is None: it["topic"] = topic
    items.append(it)

def num(v): return {"kind": "numeric", "value": v}
def eq(v): return {"kind": "equation", "value": v}
def q(v): return {"kind": "quantity", "value": v, "tolerance": "1%"}
def pc(style, text, start, value): add(style, text, "percentages", "percentage", start, None, num(value))
def lb(style, text, start, unknown, answer): add(style, text, "linear-both-sides", "solve", start, unknown, answer)
def ph(style, text, family, unknown, value): add(style, text, family, "physics", None, unknown, q(value))

pc("worksheet", "Q2   A watch costs £120. It is reduced by 35% in a sale.   How much is the watch in the sale?", "120*0.65", "78")
pc("worksheet", "Q3   Find the amount that 28% of is 42.", "42/0.28", "150")
pc("worksheet", "Q4   The mass of a puppy went from 4 kg to 5 kg.   Percentage increase = ______", "(5-4)/4*100", "25")
pc("worksheet", "Q5   20 of the 80 apples in a crate are bruised.   What percentage are not bruised?", "60/80*100", "75")
pc("worksheet", "Q6   A £15 book has 10% off.   Sale price = £______", "15*0.9", "13.5")
pc("worksheet", "Q7   Work out 45% of 60 kg.", "45/100*60", "27")
pc("worksheet", "Q8   Rail fares rise by 4%. A season ticket was £2500. What does it cost now?", "2500*1.04", "2600")
pc("worksheet", "Q9   A bill of £40 has a 12.5% service charge added.   How much is the service charge?", "12.5/100*40", "5")
pc("teacher", "Alright, this is a good one: 60 is 25% of a number. Tell me the number.", "60/0.25", "240")
pc("teacher", "A gym membership was £30 a month and now it's £33. What's the percentage rise? Not the rise in pounds, the percentage.", "(33-30)/30*100", "10")
pc("teacher", "Everyone, a pair of headphones is £70 and the shop takes 20% off. How much do you save?", "20/100*70", "14")
pc("teacher", "A pair of headphones is £70 and the shop takes 20% off. How much do you hand over?", "70*0.8", "56")
pc("teacher", "Of the 32 children on the trip, 8 forgot their packed lunch. What percentage remembered it?", "24/32*100", "75")
pc("teacher", "The temperature of the tank fell by 3 degrees from 60 degrees. What's the percentage drop?", "3/60*100", "5")
pc("teacher", "Here's a practical one: a £250 bike is sold with 40% off in the winter sale. How much does the bike cost in the sale?", "250*0.6", "150")
pc("student", "a shirt is 25% off and it was £24, how much do i pay", "24*0.75", "18")
pc("student", "whats 5% of 360", "5/100*360", "18")
pc("student", "21 is 35% of what number", "21/0.35", "60")
lb("worksheet", "Q1   Solve  10 − 3k = k + 2", "10 - 3k = k + 2", "k", eq("k = 2"))
lb("worksheet", "Q2   4(2u − 1) = 5u + 11     u = ____", "4(2u - 1) = 5u + 11", "u", eq("u = 5"))
lb("worksheet", "Q3   The expressions 8d + 1 and 3d + 21 are equal.  Find d.", "8d + 1 = 3d + 21", "d", eq("d = 4"))
lb("worksheet", "Q4   Solve  6 + 5e = 2e − 9", "6 + 5e = 2e - 9", "e", eq("e = -5"))
ph("student", "whats the kinetic energy of a 0.3 kg ball going 8 m/s, i threw it like 10 m", "kinetic-energy", "E_k", "9.6 J")
ph("student", "a 90 kg rugby player runs at 7 m/s what KE does he have", "kinetic-energy", "E_k", "2205 J")
ph("student", "a 500 g ball has 25 J of kinetic energy, how fast is it", "kinetic-energy", "v", "10 m/s")
ph("teacher", "A 47 Ω resistor is in parallel with a 47 Ω resistor. What's their combined resistance?", "resistors", "R", "23.5 ohm")
ph("teacher", "A 16 Ω resistor and a 48 Ω resistor are placed in parallel in the circuit. Find the equivalent resistance.", "resistors", "R", "12 ohm")
ph("teacher", "A 25 Ω resistor and a 75 Ω resistor are wired one after the other. What's the total?", "resistors", "R", "100 ohm")
ph("teacher", "Two resistors in series add up to 90 Ω, and one of them is 35 Ω. Work out the other one.", "resistors", "R2", "55 ohm")
ph("teacher", "A 60 Ω resistor is in parallel with another. The combined resistance is 20 Ω. Find the other resistor.", "resistors", "R2", "30 ohm")
ph("student", "a car goes from rest to 20 m/s in 10 s how far does it go", "suvat", "s", "100 m")
ph("student", "a cyclist rides at a steady 6 m/s for 50 s how far does she go", "speed", "d", "300 m")
ph("student", "a bus slows from 18 m/s to 6 m/s in 4 s what distance", "suvat", "s", "48 m")
ph("student", "an object falls from rest for 4 s, how far does it fall (g=10)", "suvat", "s", "80 m")
ph("teacher", "A 0.3 kg ball at rest is struck and moves off at 12 m/s. What impulse was given?", "impulse", "J", "3.6 N*s")
ph("teacher", "A 1000 kg car slows from 20 m/s to 5 m/s. What impulse acts on it, in size?", "impulse", "J", "15000 N*s")
ph("teacher", "A force of 80 N acts for 0.25 s. What's the impulse? The object is a 2 kg box.", "impulse", "J", "20 N*s")
ph("student", "whats the momentum of a 75 kg runner at 8 m/s", "momentum", "p", "600 kg*m/s")
ph("teacher", "A 40 W lamp is on for 5 hours. Energy used, in joules? It's in the kitchen.", "power", "E", "720000 J")
ph("teacher", "A lift motor raises 600 kg through 15 m in 20 s. Useful power? g = 10 N/kg.", "power", "P", "4500 W")

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "mread24-fresh2.jsonl"), "w", encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items))
