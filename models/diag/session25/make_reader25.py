#!/usr/bin/env python3
"""reader25's set (session 25): written by hand by lane reader25 BEFORE any change, physics texts with numbers in words
that may or may not change the reading: "again" headings and repeats, counts of objects used and not used, "one" as a
pronoun, ordinals and "a second time", "a pair of", "a dozen", "half", "double", units in words ("four feet", "five
seconds"), a given said twice ("a 2 kg mass ... the two kilogram mass"), pressure and kinetic energy in every voice.
Items whose right answer needs more than one formula (a total of a count, a doubled speed) are in-family with their true
answer: the reader should refuse them (not right, never wrong-but-verified). Measured on main, then tuned on.
Writes reader25.jsonl beside this script. Answers worked by hand. Never train on it."""
import json, os

items = []
def P(style, text, family, unknown, value, givens=(), formula=None):
    items.append(dict(id="r25-%03d" % (len(items) + 1), style=style, text=text, family=family, task="physics", start=None,
                      unknown=unknown, answer=dict(kind="quantity", value=value, tolerance="1%"),
                      givens=[dict(symbol=s, value=v) for s, v in givens], formula=formula))
def O(style, text, topic):
    items.append(dict(id="r25-%03d" % (len(items) + 1), style=style, text=text, family=None, task=None, start=None,
                      unknown=None, answer=None, topic=topic))
KE, PR, W, PE, WD, N2 = "E_k = 1/2 m v^2", "p = F/A", "W = m g", "E_p = m g h", "W = F d", "F = m a"

# "again" as a heading or an opener: no repeat of anything
P("teacher", "Kinetic energy again. A 4 kg trolley rolls at 3 m/s. What is its kinetic energy?", "kinetic-energy", "E_k", "18 J", [("m", "4 kg"), ("v", "3 m/s")], KE)
P("worksheet", "Pressure again!\nA box weighing 600 N rests on a base of area 1.5 m². Find the pressure under it.", "pressure", "p", "400 Pa", [("F", "600 N"), ("A", "1.5 m^2")], PR)
P("student", "ok kinetic energy again lol. mass 0.2 kg, speed 10 m/s, find KE", "kinetic-energy", "E_k", "10 J", [("m", "0.2 kg"), ("v", "10 m/s")], KE)
P("teacher", "Once again, find the pressure when a force of 50 N acts on an area of 0.25 m².", "pressure", "p", "200 Pa", [("F", "50 N"), ("A", "0.25 m^2")], PR)
P("teacher", "Speed again, class. A cyclist rides 12 km in 0.5 h. What is her average speed in km/h?", "speed", "v", "6.6667 m/s", [("d", "12 km"), ("t", "0.5 h")], "v = d/t")
# "again" that repeats a lift or a push: the total is a multiple (refuse)
P("textbook", "A 3 kg box is lifted 2 m onto a shelf, then lifted the same height again onto a higher shelf. What is the total gain in potential energy? (g = 10 N/kg)", "potential-energy", "E_p", "120 J", [("m", "3 kg"), ("h", "4 m")], PE)
P("teacher", "A motor pulls a load with a force of 50 N through 4 m, and then does it again. How much work does it do altogether?", "work-done", "W", "400 J", [("F", "50 N"), ("d", "8 m")], WD)
# a count of objects the reading does not use
P("teacher", "A 12 kg sign hangs from two hooks on a wall. Calculate its weight. Take g = 10 N/kg.", "weight", "W", "120 N", [("m", "12 kg")], W)
P("textbook", "A bus carrying forty passengers travels 90 km in 1.5 hours. What is its average speed in km/h?", "speed", "v", "16.667 m/s", [("d", "90 km"), ("t", "1.5 h")], "v = d/t")
P("worksheet", "Three students time a toy car. It travels 6 m in 4 s. What is its speed?", "speed", "v", "1.5 m/s", [("d", "6 m"), ("t", "4 s")], "v = d/t")
P("textbook", "A car with four wheels has a mass of 1000 kg and moves at 20 m/s. Find its kinetic energy.", "kinetic-energy", "E_k", "200000 J", [("m", "1000 kg"), ("v", "20 m/s")], KE)
P("student", "two of us pushed a 30 kg cart and the resultant force was 60 N. what was its acceleration", "newtons-second-law", "a", "2 m/s^2", [("F", "60 N"), ("m", "30 kg")], N2)
# a count the answer needs (refuse)
P("textbook", "Four identical crates of mass 25 kg each are stacked. What is the total weight of the stack? (g = 10 N/kg)", "weight", "W", "1000 N", [("m", "100 kg")], W)
P("teacher", "A table weighing 200 N stands on four legs. Each leg touches the floor over an area of 0.001 m². What pressure does the table exert on the floor?", "pressure", "p", "50000 Pa", [("F", "200 N"), ("A", "0.004 m^2")], PR)
P("textbook", "Twelve waves pass a harbour wall in 4 s. Their wavelength is 3 m. Work out the wave speed.", "wave-speed", "v", "9 m/s", [("f", "3 Hz"), ("λ", "3 m")], "v = f λ")
# a count folded in a total that is stated (read)
P("textbook", "A camel weighing 6000 N stands on its four feet. The combined area of the four feet touching the sand is 0.12 m². What pressure does it put on the sand?", "pressure", "p", "50000 Pa", [("F", "6000 N"), ("A", "0.12 m^2")], PR)
P("worksheet", "A chair of weight 120 N rests on four legs whose total contact area is 0.0008 m². Find the pressure on the floor.", "pressure", "p", "150000 Pa", [("F", "120 N"), ("A", "0.0008 m^2")], PR)
P("textbook", "A tractor of weight 40000 N has two large rear tyres and two small front tyres. All four touch the ground over a total area of 2 m². Calculate the pressure on the ground.", "pressure", "p", "20000 Pa", [("F", "40000 N"), ("A", "2 m^2")], PR)
P("teacher", "A student weighing 600 N stands on two feet with a total area of 0.04 m² in contact with the floor. Calculate the pressure.", "pressure", "p", "15000 Pa", [("F", "600 N"), ("A", "0.04 m^2")], PR)
# half in the formula said in words (read)
P("textbook", "Kinetic energy is one half times mass times speed squared. Use it to find the kinetic energy of a 2 kg ball moving at 6 m/s.", "kinetic-energy", "E_k", "36 J", [("m", "2 kg"), ("v", "6 m/s")], KE)
P("student", "how do i find KE of a 1500 kg car going 20 m/s?? i know its half m v squared but i keep getting it wrong", "kinetic-energy", "E_k", "300000 J", [("m", "1500 kg"), ("v", "20 m/s")], KE)
# ordinals, a second time, one as a pronoun (read)
P("teacher", "For the second time this week, the class measures a trolley: mass 0.8 kg, speed 2.5 m/s. Work out its kinetic energy.", "kinetic-energy", "E_k", "2.5 J", [("m", "0.8 kg"), ("v", "2.5 m/s")], KE)
P("textbook", "The first car in a race has a mass of 800 kg and reaches 30 m/s. Find its kinetic energy.", "kinetic-energy", "E_k", "360000 J", [("m", "800 kg"), ("v", "30 m/s")], KE)
P("teacher", "The teacher drops the 0.1 kg ball a second time, and this time it hits the floor at 4 m/s. What is its kinetic energy just before it lands?", "kinetic-energy", "E_k", "0.8 J", [("m", "0.1 kg"), ("v", "4 m/s")], KE)
P("worksheet", "A girl of weight 500 N stands on one foot of area 0.025 m². What pressure does she exert on the floor?", "pressure", "p", "20000 Pa", [("F", "500 N"), ("A", "0.025 m^2")], PR)
P("textbook", "A block of mass 2 kg is one of the loads on the bench. It accelerates at 3 m/s². Find the resultant force on it.", "newtons-second-law", "F", "6 N", [("m", "2 kg"), ("a", "3 m/s^2")], N2)
# a pair, a dozen, half, double
P("worksheet", "A pair of trainers with a total mass of 0.8 kg sits on a shelf. What is their weight? (g = 10 N/kg)", "weight", "W", "8 N", [("m", "0.8 kg")], W)
P("textbook", "A dozen eggs of mass 60 g each are packed in a box. What is the total weight of the eggs? (g = 10 N/kg)", "weight", "W", "7.2 N", [("m", "0.72 kg")], W)
P("teacher", "Half of a 2 kg loaf is eaten. What is the weight of what is left? (g = 10 N/kg)", "weight", "W", "10 N", [("m", "1 kg")], W)
P("textbook", "A cyclist rides for half an hour at 18 km/h. How far does she go?", "speed", "d", "9000 m", [("v", "18 km/h"), ("t", "0.5 h")], "d = v t")
P("textbook", "A car doubles its speed from 10 m/s to 20 m/s in 5 s. What is its acceleration?", "acceleration", "a", "2 m/s^2", [("u", "10 m/s"), ("v", "20 m/s"), ("t", "5 s")], "a = (v - u)/t")
# units in words: the number in words is the given
P("textbook", "A sprinter accelerates from rest to 10 m/s in five seconds. What is her acceleration?", "acceleration", "a", "2 m/s^2", [("u", "0 m/s"), ("v", "10 m/s"), ("t", "5 s")], "a = (v - u)/t")
P("worksheet", "A box is pushed four metres across a floor by a force of 25 N. How much work is done?", "work-done", "W", "100 J", [("F", "25 N"), ("d", "4 m")], WD)
P("teacher", "A 60 kg climber goes four feet up a climbing wall. How much gravitational potential energy does she gain? (g = 9.8 N/kg)", "potential-energy", "E_p", "716.89 J", [("m", "60 kg"), ("h", "1.2192 m")], PE)
P("student", "a two kilogram ball rolls at 3 m/s. find its kinetic energy", "kinetic-energy", "E_k", "9 J", [("m", "2 kg"), ("v", "3 m/s")], KE)
P("textbook", "Find the pressure when a force of forty newtons acts on an area of 0.5 m².", "pressure", "p", "80 Pa", [("F", "40 N"), ("A", "0.5 m^2")], PR)
# a given said again in words (read as the same given)
P("teacher", "A 2 kg mass moves at 4 m/s. What is the kinetic energy of the two kilogram mass?", "kinetic-energy", "E_k", "16 J", [("m", "2 kg"), ("v", "4 m/s")], KE)
P("worksheet", "A 5 kg bag hangs on a hook. What is the weight of the five kilogram bag? (g = 9.8 N/kg)", "weight", "W", "49 N", [("m", "5 kg")], W)
P("student", "a 4 kg dog runs at 5 m/s. whats the ke of the four kg dog", "kinetic-energy", "E_k", "50 J", [("m", "4 kg"), ("v", "5 m/s")], KE)
# a word number that differs from the given it echoes (refuse)
P("teacher", "A 2 kg mass moves at 4 m/s. What is the kinetic energy of a three kilogram mass moving at the same speed?", "kinetic-energy", "E_k", "24 J", [("m", "3 kg"), ("v", "4 m/s")], KE)
# kinetic energy and pressure where the word changes the answer (refuse)
P("textbook", "Two identical 3 kg balls each roll at 2 m/s. What is their total kinetic energy?", "kinetic-energy", "E_k", "12 J", [("m", "6 kg"), ("v", "2 m/s")], KE)
P("teacher", "A 1000 kg car speeds up from 10 m/s to twice that speed. How much kinetic energy does it have now?", "kinetic-energy", "E_k", "200000 J", [("m", "1000 kg"), ("v", "20 m/s")], KE)
P("worksheet", "A 0.5 kg ball moves at 8 m/s. Its speed then halves. What is its new kinetic energy?", "kinetic-energy", "E_k", "4 J", [("m", "0.5 kg"), ("v", "4 m/s")], KE)
P("textbook", "An elephant of weight 48000 N stands on four feet, each with an area of 0.1 m². What pressure does it exert on the ground?", "pressure", "p", "120000 Pa", [("F", "48000 N"), ("A", "0.4 m^2")], PR)
P("student", "a girl weighing 500 N stands on both feet and each shoe has an area of 0.02 m². find the pressure", "pressure", "p", "12500 Pa", [("F", "500 N"), ("A", "0.04 m^2")], PR)
P("teacher", "Two 2 kg trolleys roll side by side at 3 m/s. What is the kinetic energy of the pair?", "kinetic-energy", "E_k", "18 J", [("m", "4 kg"), ("v", "3 m/s")], KE)
# out of scope
O("teacher", "Which one has more kinetic energy: a 1 kg ball at 10 m/s or a 2 kg ball at 5 m/s?", "comparison")
O("textbook", "A ball is thrown up twice with the same speed. Explain why it takes the same time to come down both times.", "explain")
O("student", "if the speed of a car doubles what happens to its kinetic energy", "proportion")

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "reader25.jsonl"), "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items), "items")
