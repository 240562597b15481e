# typed21 set 2 (fresh): written after typed21's fixes, measured once on main and once on the branch, never tuned on.
import json
KMH = 1000/3600
def q(v, u): return {"kind": "quantity", "value": f"{v:.6g} {u}", "tolerance": "1%"}
def G(**kw): return [{"symbol": k, "value": v} for k, v in kw.items()]
def sp(i, st, text, unk, si, unit, shown, givens, formula, fam="speed"):
    return {"id": i, "style": st, "text": text, "family": fam, "task": "physics", "start": None, "unknown": unk,
            "answer": q(si, unit), "givens": givens, "formula": formula, "shown": shown}
def out(i, st, text, topic):
    return {"id": i, "style": st, "text": text, "family": None, "task": None, "start": None, "unknown": None, "answer": None, "topic": topic}
items = [
 sp("t21b-001", "student", "my mum drove 270 km at 90 km/h, how many hours was that", "t", 10800, "s", ["3 h"], G(d="270000 m", v=f"{90*KMH:.6g} m/s"), "t = d/v"),
 sp("t21b-002", "teacher", "Homework: a high-speed train covers 525 km at an average of 210 km/h. Calculate the time the journey takes.", "t", 9000, "s", ["2.5 h"], G(d="525000 m", v=f"{210*KMH:.6g} m/s"), "t = d/v"),
 sp("t21b-003", "worksheet", "speed = 30 km/h, distance = 7.5 km, time = ?", "t", 900, "s", ["0.25 h"], G(d="7500 m", v=f"{30*KMH:.6g} m/s"), "t = d/v"),
 sp("t21b-004", "textbook", "A delivery van travels 18 km at 36 km/h. How many minutes does the trip take?", "t", 1800, "s", ["30 min"], G(d="18000 m", v="10 m/s"), "t = d/v"),
 sp("t21b-005", "student", "how long to swim 100 m at 1.25 m/s", "t", 80, "s", ["80 s"], G(d="100 m", v="1.25 m/s"), "t = d/v"),
 sp("t21b-006", "teacher", "Lena jogs at 9 km/h for 2 hours. What distance does she jog?", "d", 18000, "m", ["18 km"], G(v="2.5 m/s", t="7200 s"), "d = v*t"),
 sp("t21b-007", "textbook", "A ship sails at 25 km/h for 6 hours. How far has it travelled?", "d", 150000, "m", ["150 km"], G(v=f"{25*KMH:.6g} m/s", t="21600 s"), "d = v*t"),
 sp("t21b-008", "student", "a cheetah runs at 30 m/s for 8 s how far does it go", "d", 240, "m", ["240 m"], G(v="30 m/s", t="8 s"), "d = v*t"),
 sp("t21b-009", "textbook", "A coach travels 330 km in 5.5 hours. Calculate its average speed.", "v", 330000/19800, "m/s", ["60 km/h"], G(d="330000 m", t="19800 s"), "v = d/t"),
 sp("t21b-010", "student", "plane goes 2400 km in 3 hours whats the average speed", "v", 2400000/10800, "m/s", ["800 km/h"], G(d="2400000 m", t="10800 s"), "v = d/t"),
 sp("t21b-011", "worksheet", "d = 150 m,  t = 12 s.   v = ?", "v", 12.5, "m/s", ["12.5 m/s"], G(d="150 m", t="12 s"), "v = d/t"),
 sp("t21b-012", "textbook", "A trolley's speed rises from 2 m/s to 8 m/s in 4 s. What is its acceleration?", "a", 1.5, "m/s^2", ["1.5 m/s^2"], G(u="2 m/s", v="8 m/s", t="4 s"), "a = (v - u)/t", "acceleration"),
 sp("t21b-013", "teacher", "A 0.5 kg ball is moving at 4 m/s. Work out its momentum.", "p", 2, "kg m/s", ["2 kg m/s"], G(m="0.5 kg", v="4 m/s"), "p = m*v", "momentum"),
 sp("t21b-014", "student", "a 1.5 kW kettle is on for 120 s how much energy", "E", 180000, "J", ["180000 J"], G(P="1500 W", t="120 s"), "E = P*t", "power"),
 out("t21b-015", "student", "whats the volume of a cube with sides of 4 cm", "volume"),
 out("t21b-016", "teacher", "Find the median of 7, 3, 9, 12 and 5.", "median"),
 out("t21b-017", "textbook", "A ladder 5 m long leans against a wall with its foot 3 m from the wall. How high up the wall does it reach?", "pythagoras"),
 out("t21b-018", "student", "what is the probability of rolling a 6 on a dice", "probability"),
]
with open("typed21-fresh.jsonl", "w") as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items))
