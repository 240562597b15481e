#!/usr/bin/env python3
"""reader24's fresh set b (session 24): written by hand after reader24's fixes, in new wording of the same kinds (numbers
in words in physics and algebra, echoes and trips there and back, think-of-a-number stories, one root of two asked,
Spanish physics) and their neighbours; measured once on main and on the branch, never tuned on.
Writes reader24-fresh.jsonl beside this script."""
import json, os

items = []
def add(style, text, family=None, task=None, start=None, unknown=None, answer=None, topic=None):
    it = {"id": "r24f-%03d" % (len(items) + 1), "style": style, "text": text, "family": family, "task": task,
          "start": start, "unknown": unknown, "answer": answer}
    if family is None: it["topic"] = topic
    items.append(it)
def num(v): return {"kind": "numeric", "value": v}
def st(v): return {"kind": "set", "value": v}
def q(v): return {"kind": "quantity", "value": v, "tolerance": "1%"}
def ph(style, text, family, unknown, value): add(style, text, family, "physics", None, unknown, q(value))
def lin(style, text, family, start, x, value): add(style, text, family, "solve", start, x, num(value))

ph("textbook", "Nine pulses pass a point in 3 s. The pulses are 0.5 m apart. What is their speed?", "wave-speed", "v", "1.5 m/s")
ph("worksheet", "Two 500 g tins stand on a shelf. What is their combined weight? (g = 10 N/kg)", "weight", "W", "10 N")
ph("teacher", "A 0.5 kg ball is thrown at 4 m/s. A second throw is three times as fast. What is the kinetic energy of the ball in the second throw?", "kinetic-energy", "E_k", "36 J")
ph("textbook", "A man carries a 10 kg box up a ladder 3 m high, four times. How much potential energy does he give the boxes in total? (g = 10 N/kg)", "potential-energy", "E_p", "1200 J")
ph("textbook", "Seven 2 kg textbooks are stacked on a table. What is their total weight? Use g = 9.8 N/kg.", "weight", "W", "137.2 N")
ph("student", "a sprinter runs 100 m then the same distance again in 25 s altogether whats her average speed", "speed", "v", "8 m/s")
ph("teacher", "A 2000 W kettle is switched on three times, for 2 minutes each time. How much energy does it use in total?", "power", "E", "720000 J")
ph("textbook", "A force of 30 N moves a sledge a quarter of the way along a 20 m slope. How much work is done?", "work-done", "W", "150 J")
ph("textbook", "A 1500 kg car has its velocity halved from 20 m/s. What is its momentum now?", "momentum", "p", "15000 kg m/s")
ph("textbook", "A diver's sonar pulse bounces off a wreck and returns after 0.4 s. If sound moves at 1500 m/s in sea water, how far away is the wreck?", "speed", "d", "300 m")
ph("student", "a hiker shouts and hears her voice come back off a mountain 2 s later. speed of sound 340 m/s. how far is the mountain", "speed", "d", "340 m")
ph("textbook", "How long does an echo take to return from a cliff 680 m away? Sound travels at 340 m/s.", "speed", "t", "4 s")
ph("teacher", "A boy walks to the end of a 200 m pier and back at 1.6 m/s. How long does this take him?", "speed", "t", "250 s")
ph("textbook", "A laser pulse is sent to a mirror on the Moon and reflected straight back; the round trip takes 2.6 s. Light travels at 300000000 m/s. How far away is the Moon?", "speed", "d", "390000000 m")
ph("textbook", "A tennis ball travels 24 m in 0.8 s. What is its speed?", "speed", "v", "30 m/s")
ph("textbook", "A walker covers 6 km in three quarters of an hour. What is her average speed in km/h?", "speed", "v", "2.2222 m/s")
ph("teacher", "A 5 kg lamp hangs from two ropes. What is its weight? (g = 9.8 N/kg)", "weight", "W", "49 N")
ph("textbook", "A car accelerates from 0 to 24 m/s in eight seconds. What is its acceleration?", "acceleration", "a", "3 m/s^2")
lin("textbook", "Eleven more than twice a number is 35. Find the number.", "linear-two-step", "2x + 11 = 35", "x", "12")
lin("worksheet", "Fifteen less than a number is 4. What is the number?", "linear-one-step", "x - 15 = 4", "x", "19")
lin("textbook", "Four times a number, minus nine, is 23. What is the number?", "linear-two-step", "4x - 9 = 23", "x", "8")
lin("teacher", "A number is increased by seven and the result is tripled to give 36. What was the number?", "linear-brackets", "3(x + 7) = 36", "x", "5")
lin("textbook", "Thirty is six more than twice a number. What is the number?", "linear-two-step", "30 = 2x + 6", "x", "12")
lin("student", "i thought of a number, added nine, then halved it and got 8. what did i think of", "linear-fractions", "(x + 9)/2 = 8", "x", "7")
lin("student", "think of a number multiply by 5 add 2 you get 37 what's the number", "linear-two-step", "5x + 2 = 37", "x", "7")
lin("textbook", "Sam thinks of a number. He subtracts 3 and then multiplies by 4. He gets 20. What number did Sam think of?", "linear-brackets", "4(x - 3) = 20", "x", "8")
lin("worksheet", "Three more than a number is halved and the answer is 9. Find the number.", "linear-fractions", "(x + 3)/2 = 9", "x", "15")
lin("textbook", "The product of a number and five is 45. Find the number.", "linear-one-step", "5x = 45", "x", "9")
lin("teacher", "Double a number and take away one. The result is 13. What is the number?", "linear-two-step", "2x - 1 = 13", "x", "7")
lin("textbook", "Twenty less than three times a number is 7. Find the number.", "linear-two-step", "3x - 20 = 7", "x", "9")
lin("textbook", "Solve x² + 3x − 10 = 0 and give the larger of its solutions.", "quadratic-factoring", "x^2 + 3x - 10 = 0", "x", "2")
lin("worksheet", "What is the smaller of the solutions of x² − 6x + 8 = 0?", "quadratic-factoring", "x^2 - 6x + 8 = 0", "x", "2")
lin("textbook", "Solve x² − x − 12 = 0, giving only the positive solution.", "quadratic-factoring", "x^2 - x - 12 = 0", "x", "4")
lin("student", "x^2 + 4x - 21 = 0 find the bigger solution", "quadratic-factoring", "x^2 + 4x - 21 = 0", "x", "3")
add("textbook", "Solve x² − 10x + 21 = 0.", "quadratic-factoring", "solve", "x^2 - 10x + 21 = 0", "x", st("x = 3, x = 7"))
ph("textbook", "Un autobús recorre 45 km en 3 horas. ¿Cuál es su velocidad?", "speed", "v", "4.1667 m/s")
lin("textbook", "Piensa un número, multiplícalo por 3 y súmale 5. Obtienes 20. ¿Qué número es?", "linear-two-step", "3x + 5 = 20", "x", "5")
add("teacher", "What is seven times eight, minus 6?", "integer-arithmetic", "evaluate", "7*8 - 6", None, num("50"))

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "reader24-fresh.jsonl"), "w", encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items))
