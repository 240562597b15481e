#!/usr/bin/env python3
"""mread24's fresh set (session 24): written by hand after every change of mread24, in the same family/voice pairs as
make_mread24.py (percentages by worksheets and teachers, linear-both-sides worksheets, kinetic energy by students,
resistors by teachers, suvat by students, impulse by teachers) and their neighbours, in new wordings. Measured once on
main and on the branch; never tuned on. Writes mread24-fresh.jsonl beside this script."""
import json, os

items = []
def add(style, text, family=None, task=None, start=None, unknown=None, answer=None, topic=None):
    it = {"id": "m24f-%03d" % (len(items) + 1), "style": style, "text": text, "family": family,
          "task": task, "start": start, "unknown": unknown, "answer": answer}
    if family is None: it["topic"] = topic
    items.append(it)

def num(v): return {"kind": "numeric", "value": v}
def eq(v): return {"kind": "equation", "value": v}
def q(v): return {"kind": "quantity", "value": v, "tolerance": "1%"}
def pc(style, text, start, value): add(style, text, "percentages", "percentage", start, None, num(value))
def lb(style, text, start, unknown, answer): add(style, text, "linear-both-sides", "solve", start, unknown, answer)
def ph(style, text, family, unknown, value): add(style, text, family, "physics", None, unknown, q(value))
def out(style, text, topic): add(style, text, topic=topic)

# percentages, worksheet and teacher
pc("worksheet", "Q3   18% of a number is 27.   The number = ______", "27/0.18", "150")
pc("worksheet", "Q4.  9 is 12% of what amount?", "9/0.12", "75")
pc("worksheet", "5)   Calculate 65% of 340 ml.", "65/100*340", "221")
pc("worksheet", "Q6   A sofa priced at £750 is sold with 12% off.   How much does the customer pay?  £_____", "750*0.88", "660")
pc("worksheet", "Q7   The number of members of a club went from 240 to 300.   Percentage increase = ____ %", "(300-240)/240*100", "25")
pc("worksheet", "Q8   Of the 50 cars in a car park, 14 are red.   What percentage of the cars are not red?", "36/50*100", "72")
pc("worksheet", "9.   Rent rose by £45 from £900 a month.   Percentage rise = ______", "45/900*100", "5")
pc("worksheet", "Q10   A laptop's price fell from £600 to £480.   Find the percentage reduction.", "(600-480)/600*100", "20")
pc("worksheet", "Q11   Multiply £2.40 by 1.15 to add 15% ...  what is the new price?", "2.4*1.15", "2.76")
pc("worksheet", "Q12   Increase £36 by 250%.", "36*3.5", "126")
pc("worksheet", "Q13   A bag of rice weighed 2 kg. It now has 10% extra free. How much rice is in the bag now, in grams?", "2000*1.1", "2200")
pc("worksheet", "Q14  Out of 120 seeds, 96 germinated.  Percentage that did not germinate = ____", "24/120*100", "20")
pc("teacher", "Okay everyone, eyes up here. A jumper is in the sale at 30% off, and the label said £45 before. What do you hand over at the till?", "45*0.7", "31.5")
pc("teacher", "Here's one I saw on a bus: 'Save 20% on tickets!' A ticket normally costs £3.50. How much does a ticket cost with the saving?", "3.5*0.8", "2.8")
pc("teacher", "Right, 35 is 70% of some number. What's the number? Think before you press anything.", "35/0.7", "50")
pc("teacher", "Last week 150 people came to the match and this week 180 did. What's the percentage increase? I'll give you a minute.", "(180-150)/150*100", "20")
pc("teacher", "Now, 16 of the 20 students in my tutor group have a pet. What percentage don't have one?", "4/20*100", "20")
pc("teacher", "Let's do a quick one. A box of 24 eggs had 3 broken ones. What percentage were broken?", "3/24*100", "12.5")
pc("teacher", "A car costs £9000. Its value goes down by 20% in the first year. What's it worth after that year? Forget about insurance.", "9000*0.8", "7200")
pc("teacher", "Imagine a restaurant bill of £56 and you leave a 10% tip. What's the total you pay, tip included?", "56*1.1", "61.6")
pc("teacher", "The cinema raised its price by 50p from £6. By what percentage did the price go up?", "0.5/6*100", "8.333")
pc("teacher", "A plant was 40 cm tall. A month later it is 46 cm. By what percentage has it grown?", "(46-40)/40*100", "15")
pc("teacher", "Just a quick check: what is 0.5% of 4000?", "0.5/100*4000", "20")
pc("teacher", "A club has 80 members and 25% of them are juniors. How many members are not juniors?", "80*0.75", "60")
pc("student", "18 is 40% of what", "18/0.4", "45")
pc("student", "how much do i pay for a £80 game with 15% off", "80*0.85", "68")
pc("student", "my height went from 150 cm to 162 cm whats the percent increase", "(162-150)/150*100", "8")
pc("student", "i got 42 out of 60, whats that as a percentage", "42/60*100", "70")
# linear both sides, worksheet
lb("worksheet", "Q1    7m − 4 = 3m + 20        m = ____", "7m - 4 = 3m + 20", "m", eq("m = 6"))
lb("worksheet", "Q2    Solve  2(3b + 1) = 4b + 12", "2(3b + 1) = 4b + 12", "b", eq("b = 5"))
lb("worksheet", "3)   11 − x = 2x + 2.   Find x.", "11 - x = 2x + 2", "x", eq("x = 3"))
lb("worksheet", "Q4   The expressions 6q + 5 and 2q + 29 have the same value. What is q?", "6q + 5 = 2q + 29", "q", eq("q = 6"))
lb("worksheet", "Q5   Solve 4(r + 2) = 3(r + 5), then work out r + 10.", "4(r + 2) = 3(r + 5)", "r", num("17"))
lb("worksheet", "Q6   Solve  1.2g + 3 = 0.2g + 8", "1.2g + 3 = 0.2g + 8", "g", eq("g = 5"))
lb("worksheet", "Q7   3x − 4 = 5x − 10", "3x - 4 = 5x - 10", "x", eq("x = 3"))
lb("worksheet", "Q8   Solve  (h + 1)/3 = h − 5", "(h + 1)/3 = h - 5", "h", eq("h = 8"))
lb("worksheet", "Q9   Twice a number plus 9 equals five times the number minus 6.   The number = ____", "2x + 9 = 5x - 6", "x", num("5"))
lb("worksheet", "Q10   A rectangle is (2y + 5) cm long and (4y − 3) cm wide. It is actually a square. Find y.", "2y + 5 = 4y - 3", "y", eq("y = 4"))
lb("student", "9x - 2 = 4x + 13 plz help whats x", "9x - 2 = 4x + 13", "x", eq("x = 3"))
lb("teacher", "Phone plan A is £10 a month plus 5p a text; plan B is £16 a month plus 2p a text. How many texts make them cost the same? Work in pence.", "1000 + 5t = 1600 + 2t", "t", num("200"))
# kinetic energy, students
ph("student", "whats the KE of a 40 kg kid on a scooter going 3 m/s", "kinetic-energy", "E_k", "180 J")
ph("student", "a 0.05 kg arrow flies at 60 m/s how much kinetic energy has it got, the bow was like 20 N", "kinetic-energy", "E_k", "90 J")
ph("student", "horse is 500 kg and runs 12 m/s whats its kinetic energy pls", "kinetic-energy", "E_k", "36000 J")
ph("student", "an object has 288 J of kinetic energy and goes at 12 m/s, whats its mass", "kinetic-energy", "m", "4 kg")
ph("student", "ball 0.4 kg has 20 J kinetic energy how fast", "kinetic-energy", "v", "10 m/s")
ph("student", "a 1.5 tonne van goes at 54 km/h whats its kinetic energy", "kinetic-energy", "E_k", "168750 J")
ph("student", "a 2 kg rock starts from rest and falls 5 m, whats its KE at the bottom (g = 10)", "kinetic-energy", "E_k", "100 J")
# resistors, teacher
ph("teacher", "On the worksheet: a 15 Ω resistor is in series with a 25 Ω resistor. What's the total resistance? The battery is 8 V but you don't need that yet.", "resistors", "R", "40 ohm")
ph("teacher", "Now put a 30 Ω and a 60 Ω resistor in parallel. Combined resistance, please.", "resistors", "R", "20 ohm")
ph("teacher", "A 9 Ω and an 18 Ω resistor are in parallel across 6 V. What current comes out of the supply?", "resistors", "I", "1 A")
ph("teacher", "A resistor in series with a 40 Ω resistor gives 100 Ω in total. What is the resistor?", "resistors", "R2", "60 ohm")
ph("teacher", "Let's check you remember: 2.2 kΩ in series with 1.8 kΩ. Total in ohms?", "resistors", "R", "4000 ohm")
ph("teacher", "What is the combined resistance when 12 Ω and 36 Ω are connected side by side in parallel? The current through the 12 Ω one is 0.5 A.", "resistors", "R", "9 ohm")
# suvat, students
ph("student", "car starts at rest and gets to 24 m/s in 8 s how far does it go in that time", "suvat", "s", "96 m")
ph("student", "a bus doing 15 m/s slows down at 3 m/s2 till it stops how far", "suvat", "s", "37.5 m")
ph("student", "a ball rolls from rest and hits 6 m/s after 3 m whats the acceleration", "suvat", "a", "6 m/s^2")
ph("student", "bike accelerates from 2 m/s to 10 m/s in 4 s how far it go", "suvat", "s", "24 m")
ph("student", "stone thrown down a well at 5 m/s hits the water 2 s later how deep is the well (g = 10)", "suvat", "s", "30 m")
ph("student", "a train goes from 10 m/s to 25 m/s over 700 m, how long does that take", "suvat", "t", "40 s")
ph("student", "sprinter from rest at 4 m/s2 for 2.5 s whats her speed", "suvat", "v", "10 m/s")
ph("student", "a car brakes from 25 m/s to rest in 5 s, how far does it travel while braking", "suvat", "s", "62.5 m")
# impulse, teacher; momentum; power and work
ph("teacher", "Right, a 0.5 kg ball at rest is kicked and leaves at 16 m/s. What impulse did the boot give? Forget the grass.", "impulse", "J", "8 N*s")
ph("teacher", "A tennis racket pushes on a ball with 300 N for 0.004 s. What's the impulse, in newton seconds?", "impulse", "J", "1.2 N*s")
ph("teacher", "A 900 kg car at 20 m/s is brought to rest by its brakes in 4 s. What's the average braking force?", "impulse", "F", "4500 N")
ph("teacher", "A 2 kg trolley at rest gets an impulse of 10 N s from a spring. How fast does it move off?", "impulse", "v", "5 m/s")
ph("teacher", "A 0.15 kg ball hits a wall at 12 m/s and bounces straight back at 8 m/s. What's the size of the impulse on it?", "impulse", "J", "3 N*s")
ph("teacher", "A force of 60 N gives an impulse of 3 N s. For how long does it act?", "impulse", "t", "0.05 s")
ph("student", "whats the momentum of a 0.2 kg ball at 15 m/s, theres a 3 kg bag next to it", "momentum", "p", "3 kg*m/s")
ph("teacher", "A 50 kg girl has a momentum of 200 kg m/s. How fast is she running?", "momentum", "v", "4 m/s")
ph("teacher", "A pump lifts 300 kg of water up 8 m every minute. What's its useful power? Take g = 10 N/kg.", "power", "P", "400 W")
ph("student", "a 1500 W hairdryer on for 10 mins how much energy in joules", "power", "E", "900000 J")
ph("teacher", "A man pushes a trolley 25 m with a force of 120 N. How much work does he do? It takes him 10 s.", "work-done", "W", "3000 J")
ph("student", "a car starts from rest and goes 100 m in 10 s what was its average speed", "speed", "v", "10 m/s")

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "mread24-fresh.jsonl"), "w", encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items))
