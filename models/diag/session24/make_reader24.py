#!/usr/bin/env python3
"""reader24's set a (session 24): written by hand before any change of reader24, in textbook, worksheet, teacher and
student voices: numbers said in words in physics, echoes and trips there and back, number words in algebra, think-of-a-
number stories, one root of two asked, Spanish physics; and their neighbours that must stay read. Tuned on.
Writes reader24-a.jsonl beside this script."""
import json, os

items = []
def add(style, text, family=None, task=None, start=None, unknown=None, answer=None, topic=None):
    it = {"id": "r24a-%03d" % (len(items) + 1), "style": style, "text": text, "family": family, "task": task,
          "start": start, "unknown": unknown, "answer": answer}
    if family is None: it["topic"] = topic
    items.append(it)
def num(v): return {"kind": "numeric", "value": v}
def eq(v): return {"kind": "equation", "value": v}
def st(v): return {"kind": "set", "value": v}
def q(v): return {"kind": "quantity", "value": v, "tolerance": "1%"}
def ph(style, text, family, unknown, value): add(style, text, family, "physics", None, unknown, q(value))
def lin(style, text, family, start, x, value): add(style, text, family, "solve", start, x, num(value))

# numbers said in words in physics (the word number is part of the problem)
ph("teacher", "Twelve waves pass a pier in 4 s. Each wave is 2.5 m long. How fast do the waves travel?", "wave-speed", "v", "7.5 m/s")
ph("textbook", "Five identical 200 g apples sit on a kitchen scale. What is their total weight? (g = 10 N/kg)", "weight", "W", "10 N")
ph("student", "two 3 kg bricks are lifted onto a shelf 2 m up whats the gpe gained g=10", "potential-energy", "E_p", "120 J")
ph("textbook", "A car of mass 900 kg is moving at 10 m/s. It then doubles its speed. What is its kinetic energy now?", "kinetic-energy", "E_k", "180000 J")
ph("teacher", "Eight 1.5 V cells are joined in series to a lamp of resistance 6 Ω. What current flows through the lamp?", "ohms-law", "I", "2 A")
ph("worksheet", "Six 50 g masses are hung from a newtonmeter. What weight does it show? (g = 9.8 N/kg)", "weight", "W", "2.94 N")
ph("textbook", "A pump lifts three 20 kg buckets of water up a well 5 m deep. How much potential energy do the buckets gain? Take g = 9.8 N/kg.", "potential-energy", "E_p", "2940 J")
ph("teacher", "Fifteen ripples reach the bank every 3 s and the ripples are 0.2 m apart. Find the speed of the ripples.", "wave-speed", "v", "1 m/s")
ph("textbook", "A force of 40 N pushes a box half the length of a 10 m corridor. How much work does the force do?", "work-done", "W", "200 J")
ph("textbook", "A 2 kg trolley moves at 3 m/s. Its speed is then halved. What is its momentum now?", "momentum", "p", "3 kg m/s")
ph("student", "a runner does four laps of a 400 m track in 5 minutes whats her average speed", "speed", "v", "5.3333 m/s")
ph("textbook", "A crate is dragged 6 m by a force of 50 N, and then dragged the same distance again. What is the total work done?", "work-done", "W", "600 J")
# neighbours: a number word that changes nothing, or one the reader already reads
ph("textbook", "Two resistors, one of 4 Ω and one of 12 Ω, are connected in parallel. What is their combined resistance?", "resistors", "R", "3 ohm")
ph("teacher", "Two students time a car that travels 150 m in 6 s. What is the car's speed?", "speed", "v", "25 m/s")
ph("textbook", "A ball is dropped from rest and falls for three seconds. How fast is it moving then? (g = 9.8 m/s²)", "free-fall", "v", "29.4 m/s")
ph("textbook", "A coach travels 90 km in one and a half hours. What is its average speed in km/h?", "speed", "v", "16.6667 m/s")
ph("worksheet", "A 60 W lamp is left on for half an hour. How much energy does it transfer?", "power", "E", "108000 J")
ph("textbook", "A motor does 500 J of work in 10 s, and it does this twice a day. What is its power?", "power", "P", "50 W")
# echoes and trips there and back
ph("textbook", "A ship sends a sonar pulse down to the sea bed and receives the echo 2 s later. Sound travels at 1500 m/s in water. How deep is the sea?", "speed", "d", "1500 m")
ph("teacher", "A girl stands 85 m from a tall wall and claps once. The speed of sound is 340 m/s. How long is it until she hears the echo?", "speed", "t", "0.5 s")
ph("textbook", "A dog runs to a tree 30 m away and back in 12 s. What is its average speed?", "speed", "v", "5 m/s")
ph("worksheet", "A swimmer swims a 50 m length there and back in 40 s. What is her average speed?", "speed", "v", "2.5 m/s")
ph("textbook", "A radar pulse travels at 300000000 m/s to an aircraft and back in 0.0002 s. How far away is the aircraft?", "speed", "d", "30000 m")
ph("student", "echo heard 3 s after shouting at a cliff, speed of sound 330 m/s, how far away is the cliff", "speed", "d", "495 m")
ph("textbook", "A cyclist rides 6 km to the shop and back home again, taking 40 minutes in all. What is her average speed in km/h?", "speed", "v", "3.3333 m/s")
ph("teacher", "Sound travels at 340 m/s. How long does it take to travel 170 m?", "speed", "t", "0.5 s")
ph("textbook", "A bat's squeak travels 17 m to a moth in 0.05 s. What is the speed of sound?", "speed", "v", "340 m/s")
# number words in algebra
lin("textbook", "Four less than twice a number is 10. Find the number.", "linear-two-step", "2x - 4 = 10", "x", "7")
lin("worksheet", "Nine more than five times a number is 44. What is the number?", "linear-two-step", "5x + 9 = 44", "x", "7")
lin("textbook", "Three less than a number is 8. Find the number.", "linear-one-step", "x - 3 = 8", "x", "11")
lin("student", "six more than a number equals 20, what is the number", "linear-one-step", "x + 6 = 20", "x", "14")
lin("textbook", "Ten less than four times a number is 30. What is the number?", "linear-two-step", "4x - 10 = 30", "x", "10")
lin("teacher", "Three is added to a number and the sum is multiplied by 4. The result is 36. What is the number?", "linear-brackets", "4(x + 3) = 36", "x", "6")
lin("textbook", "Eight more than a number is tripled and the answer is 45. Find the number.", "linear-brackets", "3(x + 8) = 45", "x", "7")
lin("worksheet", "Two less than a number is halved, giving 6. Find the number.", "linear-fractions", "(x - 2)/2 = 6", "x", "14")
lin("textbook", "Twice a number, plus seven, is 19. What is the number?", "linear-two-step", "2x + 7 = 19", "x", "6")
lin("textbook", "Twelve is 5 more than a number. Find the number.", "linear-one-step", "12 = x + 5", "x", "7")
lin("textbook", "The sum of a number and eleven is 30. Find the number.", "linear-one-step", "x + 11 = 30", "x", "19")
lin("textbook", "When a number is multiplied by six, the answer is 42. What is the number?", "linear-one-step", "6x = 42", "x", "7")
lin("textbook", "Three times a number is 27. What is the number?", "linear-one-step", "3x = 27", "x", "9")
lin("student", "half of a number is 7, what is the number", "linear-one-step", "x/2 = 7", "x", "14")
lin("teacher", "Five more than a number is 12. What is the number?", "linear-one-step", "x + 5 = 12", "x", "7")
# think of a number
lin("student", "i think of a number, double it and add 3 and get 17. what is my number", "linear-two-step", "2x + 3 = 17", "x", "7")
lin("student", "i think of a number times it by 3 take away 4 and i get 11 whats the number", "linear-two-step", "3x - 4 = 11", "x", "5")
lin("textbook", "I think of a number. I add 6 and get 15. What is my number?", "linear-one-step", "x + 6 = 15", "x", "9")
lin("student", "think of a number, halve it, add 4, you get 10. what was the number", "linear-two-step", "x/2 + 4 = 10", "x", "12")
lin("worksheet", "A number is doubled and then 5 is added. The result is 21. Find the number.", "linear-two-step", "2x + 5 = 21", "x", "8")
lin("student", "im thinking of a number, i multiply it by 4 and subtract 7 and end up with 25. what number", "linear-two-step", "4x - 7 = 25", "x", "8")
# one root of two asked
lin("textbook", "Solve x² − 7x + 12 = 0 and give the larger solution.", "quadratic-factoring", "x^2 - 7x + 12 = 0", "x", "4")
lin("worksheet", "Find the smaller root of x^2 + 2x - 15 = 0.", "quadratic-factoring", "x^2 + 2x - 15 = 0", "x", "-5")
lin("student", "x^2 - 5x + 6 = 0 whats the bigger answer", "quadratic-factoring", "x^2 - 5x + 6 = 0", "x", "3")
lin("textbook", "Give the greater of the two roots of x² + x − 20 = 0.", "quadratic-factoring", "x^2 + x - 20 = 0", "x", "4")
lin("textbook", "Solve 2x² − 5x − 3 = 0, giving the smaller value of x.", "quadratic-factoring", "2x^2 - 5x - 3 = 0", "x", "-0.5")
lin("teacher", "Solve x^2 - 4x - 5 = 0 and write down the larger of the two solutions.", "quadratic-factoring", "x^2 - 4x - 5 = 0", "x", "5")
add("textbook", "Solve x² − 7x + 12 = 0.", "quadratic-factoring", "solve", "x^2 - 7x + 12 = 0", "x", st("x = 3, x = 4"))
# Spanish physics (the restatement is checked by a unit test)
ph("student", "un coche recorre 60 km en 2 horas. cual es su velocidad?", "speed", "v", "8.3333 m/s")
ph("textbook", "Un tren recorre 150 km en 3 horas. ¿Cuál es su velocidad media en km/h?", "speed", "v", "13.8889 m/s")
# arithmetic with a count in words
add("teacher", "Ten friends share a bill of £45 equally. How much does each pay?", "integer-arithmetic", "evaluate", "45/10", None, num("4.5"))
add("textbook", "The two numbers have a sum of 20 and a difference of 4. Find the numbers.", "system-elimination", "solve-system", "x + y = 20; x - y = 4", "x,y", st("x = 12, y = 8"))

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "reader24-a.jsonl"), "w", encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items))
