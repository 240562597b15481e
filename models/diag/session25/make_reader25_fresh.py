#!/usr/bin/env python3
"""reader25's fresh set (session 25): written by hand AFTER reader25's fixes, in new wording of the same kinds (numbers
in words in physics that may or may not change the reading: headings with "again", counts used and not used, totals
stated, the kinetic-energy formula in words, units in words, a given said again in words, ordinals, halves and doubles)
and their neighbours; measured once on main and on the branch, never tuned on. Writes reader25-fresh.jsonl beside this
script. Answers worked by hand. Never train on it."""
import json, os

items = []
def P(style, text, family, unknown, value, givens=(), formula=None):
    items.append(dict(id="r25f-%03d" % (len(items) + 1), style=style, text=text, family=family, task="physics", start=None,
                      unknown=unknown, answer=dict(kind="quantity", value=value, tolerance="1%"),
                      givens=[dict(symbol=s, value=v) for s, v in givens], formula=formula))
def O(style, text, topic):
    items.append(dict(id="r25f-%03d" % (len(items) + 1), style=style, text=text, family=None, task=None, start=None,
                      unknown=None, answer=None, topic=topic))
KE, PR, W, PE, WD, N2, V = "E_k = 1/2 m v^2", "p = F/A", "W = m g", "E_p = m g h", "W = F d", "F = m a", "v = d/t"

P("teacher", "Momentum again today. A 0.4 kg ball moves at 15 m/s. What is its momentum?", "momentum", "p", "6 kg m/s", [("m", "0.4 kg"), ("v", "15 m/s")], "p = m v")
P("worksheet", "Density again\nA block has a mass of 540 g and a volume of 200 cm³. Work out its density.", "density", "ρ", "2700 kg/m^3", [("m", "540 g"), ("V", "200 cm^3")], "ρ = m/V")
P("student", "pressure questions again ugh. 800 N on 0.2 m^2 whats the pressure", "pressure", "p", "4000 Pa", [("F", "800 N"), ("A", "0.2 m^2")], PR)
P("textbook", "Again, a resultant force of 12 N acts on a 4 kg mass. Find the acceleration.", "newtons-second-law", "a", "3 m/s^2", [("F", "12 N"), ("m", "4 kg")], N2)
P("teacher", "A trolley is pushed 3 m with a force of 20 N, then pushed the same distance again. Find the total work done on it.", "work-done", "W", "120 J", [("F", "20 N"), ("d", "6 m")], WD)
P("textbook", "A 25 kg mirror hangs from three wires. What is the weight of the mirror? (g = 9.8 N/kg)", "weight", "W", "245 N", [("m", "25 kg")], W)
P("worksheet", "A van with six seats travels 150 km in 2.5 hours. What is its average speed in km/h?", "speed", "v", "16.667 m/s", [("d", "150 km"), ("t", "2.5 h")], V)
P("student", "me and three friends watched a 1200 kg car go past at 15 m/s. what was its kinetic energy", "kinetic-energy", "E_k", "135000 J", [("m", "1200 kg"), ("v", "15 m/s")], KE)
P("textbook", "Five identical books of mass 0.6 kg each are in a bag. What is the total weight of the books? (g = 10 N/kg)", "weight", "W", "30 N", [("m", "3 kg")], W)
P("teacher", "Eight pulses travel past a marker in 2 s. The pulses are 0.3 m apart. How fast do they travel?", "wave-speed", "v", "1.2 m/s", [("f", "4 Hz"), ("λ", "0.3 m")], "v = f λ")
P("textbook", "A hippo weighing 30000 N stands on four feet. The total area of its feet on the mud is 0.6 m². What pressure does it exert?", "pressure", "p", "50000 Pa", [("F", "30000 N"), ("A", "0.6 m^2")], PR)
P("worksheet", "A stool of weight 90 N has three legs. Each leg has an end of area 0.0005 m². What pressure does the stool put on the floor?", "pressure", "p", "60000 Pa", [("F", "90 N"), ("A", "0.0015 m^2")], PR)
P("teacher", "A wardrobe of weight 1200 N rests on four small feet with a combined area of 0.004 m². Work out the pressure on the carpet.", "pressure", "p", "300000 Pa", [("F", "1200 N"), ("A", "0.004 m^2")], PR)
P("student", "KE is half times mass times velocity squared right? so whats the KE of a 0.06 kg ball at 20 m/s", "kinetic-energy", "E_k", "12 J", [("m", "0.06 kg"), ("v", "20 m/s")], KE)
P("textbook", "A 90 kg rugby player runs at 8 m/s. Calculate his kinetic energy, then work out what it would be if his speed were halved.", "kinetic-energy", "E_k", "2880 J", [("m", "90 kg"), ("v", "8 m/s")], KE)
P("teacher", "A ball of mass 0.2 kg is kicked a second time and now leaves the foot at 12 m/s. What is its kinetic energy?", "kinetic-energy", "E_k", "14.4 J", [("m", "0.2 kg"), ("v", "12 m/s")], KE)
P("worksheet", "The third runner in the relay has a mass of 55 kg and runs at 9 m/s. What is her kinetic energy?", "kinetic-energy", "E_k", "2227.5 J", [("m", "55 kg"), ("v", "9 m/s")], KE)
P("textbook", "A person of weight 720 N balances on one hand, which has an area of 0.012 m² on the floor. Find the pressure.", "pressure", "p", "60000 Pa", [("F", "720 N"), ("A", "0.012 m^2")], PR)
P("teacher", "A runner covers nine kilometres in 0.75 hours. What is her average speed in km/h?", "speed", "v", "3.3333 m/s", [("d", "9 km"), ("t", "0.75 h")], V)
P("student", "a rock falls from a cliff twenty metres high. how fast is it going at the bottom? g = 9.8", "free-fall", "v", "19.799 m/s", [("h", "20 m")], "v^2 = 2 g h")
P("textbook", "A painter of mass 70 kg climbs twelve feet up a ladder. How much gravitational potential energy does he gain? (g = 9.8 N/kg)", "potential-energy", "E_p", "2509.1 J", [("m", "70 kg"), ("h", "3.6576 m")], PE)
P("worksheet", "A 3 kg cat sits on a wall. The three-kilogram cat jumps down at 4 m/s. What is its kinetic energy as it leaves the wall?", "kinetic-energy", "E_k", "24 J", [("m", "3 kg"), ("v", "4 m/s")], KE)
P("teacher", "A force of 40 N acts on an area of 0.8 m². What pressure does the forty-newton force produce?", "pressure", "p", "50 Pa", [("F", "40 N"), ("A", "0.8 m^2")], PR)
P("textbook", "A 4 kg box slides at 3 m/s. What is the kinetic energy of a five-kilogram box sliding at the same speed?", "kinetic-energy", "E_k", "22.5 J", [("m", "5 kg"), ("v", "3 m/s")], KE)
P("student", "a pair of 2 kg dumbbells is lifted 1.5 m. how much gpe do they gain g = 10", "potential-energy", "E_p", "60 J", [("m", "4 kg"), ("h", "1.5 m")], PE)
P("worksheet", "A dozen 50 g apples sit in a bowl. What is their total weight? (g = 10 N/kg)", "weight", "W", "6 N", [("m", "0.6 kg")], W)
P("textbook", "A cyclist doubles her speed from 4 m/s. If she and her bike have a mass of 80 kg, what is her new kinetic energy?", "kinetic-energy", "E_k", "2560 J", [("m", "80 kg"), ("v", "8 m/s")], KE)
P("teacher", "A 600 kg boat is pulled by two horses. The resultant force on it is 300 N. What is its acceleration?", "newtons-second-law", "a", "0.5 m/s^2", [("F", "300 N"), ("m", "600 kg")], N2)
P("textbook", "Two cars of mass 900 kg each travel at 20 m/s. What is the total kinetic energy of the two cars?", "kinetic-energy", "E_k", "360000 J", [("m", "1800 kg"), ("v", "20 m/s")], KE)
P("worksheet", "A lorry of weight 80000 N rests on ten tyres. Each tyre touches the road over 0.04 m². Calculate the pressure on the road.", "pressure", "p", "200000 Pa", [("F", "80000 N"), ("A", "0.4 m^2")], PR)
P("student", "a skier weighing 700 N stands on two skis with a total area of 0.35 m². whats the pressure on the snow", "pressure", "p", "2000 Pa", [("F", "700 N"), ("A", "0.35 m^2")], PR)
P("teacher", "Half the class timed a toy car: it went 5 m in 2.5 s. What is its speed?", "speed", "v", "2 m/s", [("d", "5 m"), ("t", "2.5 s")], V)
O("textbook", "Two objects have the same kinetic energy. One has twice the mass of the other. Compare their speeds.", "proportion")
O("student", "why does pressure go up when you stand on one foot instead of two", "explain")

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "reader25-fresh.jsonl"), "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items), "items")
