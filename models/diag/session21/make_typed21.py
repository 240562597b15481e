# typed21 set 1: written by hand before any change of lane typed21 (session 21).
import json
KMH = 1000/3600
def q(v, u): return {"kind": "quantity", "value": f"{v:.6g} {u}", "tolerance": "1%"}
def speed(i, style, text, unknown, si, unit, shown, givens, formula):
    return {"id": i, "style": style, "text": text, "family": "speed", "task": "physics", "start": None,
            "unknown": unknown, "answer": q(si, unit), "givens": givens, "formula": formula, "shown": shown}
def G(**kw): return [{"symbol": k, "value": v} for k, v in kw.items()]
items = []
T = lambda i, st, text, d, v, shown: speed(i, st, text, "t", d / v, "s", shown, G(d=f"{d:g} m", v=f"{v:.6g} m/s"), "t = d/v")
D = lambda i, st, text, v, t, shown: speed(i, st, text, "d", v * t, "m", shown, G(v=f"{v:.6g} m/s", t=f"{t:g} s"), "d = v*t")
V = lambda i, st, text, d, t, shown: speed(i, st, text, "v", d / t, "m/s", shown, G(d=f"{d:g} m", t=f"{t:g} s"), "v = d/t")
items += [
 T("t21-001", "textbook", "A train travels 150 km at 100 km/h. How long does it take?", 150000, 100*KMH, ["1.5 h"]),
 T("t21-002", "student", "how long does it take to drive 240 km at 80 km/h", 240000, 80*KMH, ["3 h"]),
 T("t21-003", "teacher", "Right everyone, a coach covers 210 km at an average speed of 70 km/h. Work out the journey time.", 210000, 70*KMH, ["3 h"]),
 T("t21-004", "worksheet", "d = 45 km,  v = 90 km/h.   t = ?", 45000, 90*KMH, ["0.5 h"]),
 T("t21-005", "student", "a plane flies 1200 km at 800 km/h how long is the flight", 1200000, 800*KMH, ["1.5 h"]),
 T("t21-006", "textbook", "A cyclist rides 36 km at a steady 24 km/h. Find the time taken.", 36000, 24*KMH, ["1.5 h"]),
 T("t21-007", "teacher", "Amara runs a 10 km race at 12 km/h. How long does she take? Give your answer in minutes.", 10000, 12*KMH, ["50 min"]),
 T("t21-008", "student", "how many minutes does it take to go 15 km at 45 km/h", 15000, 45*KMH, ["20 min"]),
 T("t21-009", "textbook", "How many minutes will a walker at 5 km/h need to cover 2 km?", 2000, 5*KMH, ["24 min"]),
 T("t21-010", "worksheet", "Distance 100 km, speed 40 km/h. Time = ?", 100000, 40*KMH, ["2.5 h"]),
 T("t21-011", "teacher", "A lorry has 320 km to go and averages 64 km/h on the motorway. How many hours will the rest of the trip take?", 320000, 64*KMH, ["5 h"]),
 T("t21-012", "student", "if i walk 6 km at 4 km/h how long will it take me", 6000, 4*KMH, ["1.5 h"]),
 T("t21-013", "textbook", "How long does a sprinter running at 8 m/s take to run 200 m?", 200, 8, ["25 s"]),
 T("t21-014", "teacher", "A snail moves at 0.002 m/s. How long does it take to crawl 1 m?", 1, 0.002, ["500 s"]),
 T("t21-015", "textbook", "A boat sails 27 km at 18 km/h. Find how long the trip takes in hours.", 27000, 18*KMH, ["1.5 h"]),
 D("t21-016", "textbook", "A car drives at 60 km/h for 2 hours. How far does it go?", 60*KMH, 7200, ["120 km"]),
 D("t21-017", "student", "how far do you go in 3 hours at 50 km/h", 50*KMH, 10800, ["150 km"]),
 D("t21-018", "teacher", "Kofi cycles for 1.5 hours at an average speed of 16 km/h. Calculate the distance he covers.", 16*KMH, 5400, ["24 km"]),
 D("t21-019", "worksheet", "v = 90 km/h,  t = 0.5 h.   d = ?", 90*KMH, 1800, ["45 km"]),
 D("t21-020", "textbook", "A runner keeps up 4 m/s for 50 s. What distance does she run?", 4, 50, ["200 m"]),
 D("t21-021", "textbook", "A train travels at 120 km/h for 2.5 hours. Find the distance travelled.", 120*KMH, 9000, ["300 km"]),
 D("t21-022", "student", "walks at 5 km/h for 4 hours how many km is that", 5*KMH, 14400, ["20 km"]),
 D("t21-023", "textbook", "A bus travels at 48 km/h for 15 minutes. How far does it go?", 48*KMH, 900, ["12000 m", "12 km"]),
 D("t21-024", "teacher", "A drone flies at 12 m/s for 3 minutes. How far does it fly?", 12, 180, ["2160 m"]),
 V("t21-025", "textbook", "A car travels 120 km in 2 hours. What is its average speed?", 120000, 7200, ["60 km/h"]),
 V("t21-026", "student", "a horse gallops 45 km in 3 hours whats its speed", 45000, 10800, ["15 km/h"]),
 V("t21-027", "textbook", "An athlete runs 100 m in 12.5 s. Find her average speed.", 100, 12.5, ["8 m/s"]),
 V("t21-028", "teacher", "A rocket sled covers 750 m in 3 s. Calculate its speed.", 750, 3, ["250 m/s"]),
 V("t21-029", "textbook", "A ferry crosses 13 km in 2 hours. Work out its average speed.", 13000, 7200, ["6.5 km/h"]),
 V("t21-030", "student", "cyclist rides 50 km in 4 hours, find average speed", 50000, 14400, ["12.5 km/h"]),
 V("t21-031", "textbook", "A bus travels 24 km in 40 minutes. What is its average speed?", 24000, 2400, ["10 m/s", "36 km/h"]),
 V("t21-032", "student", "find the speed of a car that goes 100 km in 3 hours", 100000, 10800, ["33.3 km/h"]),
 V("t21-033", "teacher", "A walker covers 900 m in 10 minutes. What is her speed in m/s?", 900, 600, ["1.5 m/s"]),
]
def other(i, st, text, fam, unk, si, unit, shown, givens, formula):
    return {"id": i, "style": st, "text": text, "family": fam, "task": "physics", "start": None, "unknown": unk,
            "answer": q(si, unit), "givens": givens, "formula": formula, "shown": shown}
items += [
 other("t21-034", "textbook", "A 1200 kg car accelerates at 2.5 m/s². What resultant force acts on it?", "newtons-second-law", "F", 3000, "N", ["3000 N"], G(m="1200 kg", a="2.5 m/s^2"), "F = m*a"),
 other("t21-035", "textbook", "A box of mass 4 kg is lifted 2.5 m. How much gravitational potential energy does it gain?", "potential-energy", "E_p", 98, "J", ["98 J", "98.1 J"], G(m="4 kg", h="2.5 m", g="9.8 m/s^2"), "E_p = m*g*h"),
 other("t21-036", "teacher", "A 60 W lamp is switched on for 5 minutes. How much energy does it transfer?", "power", "E", 18000, "J", ["18000 J"], G(P="60 W", t="300 s"), "E = P*t"),
 other("t21-037", "textbook", "A car speeds up from 10 m/s to 30 m/s in 8 s. Find its acceleration.", "acceleration", "a", 2.5, "m/s^2", ["2.5 m/s^2"], G(u="10 m/s", v="30 m/s", t="8 s"), "a = (v - u)/t"),
 other("t21-038", "student", "a 2 kg ball moves at 3 m/s what is its kinetic energy", "kinetic-energy", "E_k", 9, "J", ["9 J"], G(m="2 kg", v="3 m/s"), "E_k = m*v^2/2"),
 other("t21-039", "student", "current of 2 A through a 6 ohm resistor whats the voltage", "ohms-law", "V", 12, "V", ["12 V"], G(I="2 A", R="6 ohm"), "V = I*R"),
 other("t21-040", "worksheet", "f = 50 Hz,  λ = 4 m.   v = ?", "wave-speed", "v", 200, "m/s", ["200 m/s"], G(f="50 Hz", lam="4 m"), "v = f*lam"),
 speed("t21-046", "student", "Un tren recorre 150 km a 100 km/h. ¿Cuánto tiempo tarda?", "t", 5400, "s", ["1.5 h"], G(d="150000 m", v="27.7778 m/s"), "t = d/v"),
 speed("t21-047", "student", "Un coche va a 80 km/h durante 3 horas. ¿Qué distancia recorre?", "d", 240000, "m", ["240 km"], G(v="22.2222 m/s", t="10800 s"), "d = v*t"),
]
def out(i, st, text, topic):
    return {"id": i, "style": st, "text": text, "family": None, "task": None, "start": None, "unknown": None,
            "answer": None, "topic": topic}
items += [
 out("t21-041", "textbook", "Find the area of a circle of radius 3 cm.", "circle-area"),
 out("t21-042", "textbook", "A right-angled triangle has shorter sides 3 cm and 4 cm. Find the length of the hypotenuse.", "pythagoras"),
 out("t21-043", "worksheet", "What is the mean of 4, 8, 9 and 11?", "mean"),
 out("t21-044", "student", "find the average of 12, 15 and 21", "mean"),
 out("t21-045", "student", "what is the circumference of a circle with diameter 10 cm", "circle-circumference"),
]
with open("typed21.jsonl", "w") as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items))
