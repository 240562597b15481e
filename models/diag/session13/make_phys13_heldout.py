# phys13's held-out set: written by hand after the first fixes, before measuring them on it; measured once.
import json, math, sympy as sp
exec(open("make_phys13.py").read().split("rows = []")[0])
rows = []
def P(style, text, family, unknown, formula, givens, unit):
    rows.append(dict(style=style, text=text, family=family, unknown=unknown, formula=formula, givens=givens, unit=unit))
def O(style, text, topic):
    rows.append(dict(style=style, text=text, family=None, topic=topic))
g = 9.8
P("teacher", "Before we start, phones away please. Olga's car covers 84 km on the motorway in 48 minutes. Work out her average speed in km/h.", "speed", "v", "v = d/t", {"d": 84000, "t": 2880}, "m/s")
P("student", "how long does it take sound to go 1.7 km if it travels at 340 m/s", "speed", "t", "v = d/t", {"d": 1700, "v": 340}, "s")
P("worksheet", "Q3  v = 8 m/s   t = 2.5 min   d = ?", "speed", "d", "v = d/t", {"v": 8, "t": 150}, "m")
P("textbook", "A snail crawls 30 cm in 2 minutes. What is its average speed in m/s?", "speed", "v", "v = d/t", {"d": 0.3, "t": 120}, "m/s")
P("teacher", "A tram accelerates from 4 m/s to 16 m/s. This takes 8 seconds. I want the acceleration, please, with units.", "acceleration", "a", "a = (v - u)/t", {"u": 4, "v": 16, "t": 8}, "m/s^2")
P("student", "jet ski goes 0 to 20 m/s in 5 s, acceleration?", "acceleration", "a", "a = (v - u)/t", {"u": 0, "v": 20, "t": 5}, "m/s^2")
P("textbook", "Find the time a van takes to speed up from 10 m/s to 25 m/s at a steady acceleration of 1.5 m/s².", "acceleration", "t", "a = (v - u)/t", {"u": 10, "v": 25, "a": 1.5}, "s")
P("worksheet", "u = 6 m/s   a = 0.5 m/s²   t = 12 s   Find v.", "suvat", "v", "v = u + a*t", {"u": 6, "a": 0.5, "t": 12}, "m/s")
P("teacher", "Yuki's model rocket starts from rest and accelerates uniformly at 15 m/s² for 4 s. How far does it travel in that time? Ignore the parachute for now.", "suvat", "s", "s = u*t + a*t**2/2", {"u": 0, "a": 15, "t": 4}, "m")
P("textbook", "A cyclist moving at 3 m/s accelerates uniformly at 0.4 m/s² over a distance of 35 m. Calculate her final speed.", "suvat", "v", "v**2 = u**2 + 2*a*s", {"u": 3, "a": 0.4, "s": 35}, "m/s")
P("student", "ball dropped off a bridge takes 1.5 s to hit the water. how high is the bridge", "free-fall", "h", "h = g*t**2/2", {"t": 1.5, "g": g}, "m")
P("textbook", "A stone falls from rest for 2.2 s. Find its speed at the end of the fall. Take g = 9.8 m/s².", "free-fall", "v", "v = g*t", {"t": 2.2, "g": g}, "m/s")
P("teacher", "Drop a tennis ball from 0.8 m and ignore air resistance. What speed does it reach just before it lands?", "free-fall", "v", "v**2 = 2*g*h", {"h": 0.8, "g": g}, "m/s")
P("worksheet", "F = ?   m = 1,500 kg   a = 0.8 m/s²", "newtons-second-law", "F", "F = m*a", {"m": 1500, "a": 0.8}, "N")
P("textbook", "A resultant force of 350 N gives a motorbike an acceleration of 1.4 m/s². What is the mass of the motorbike?", "newtons-second-law", "m", "F = m*a", {"F": 350, "a": 1.4}, "kg")
P("student", "theres a 15 N resultant force on a 250 g toy car, whats its acceleration", "newtons-second-law", "a", "F = m*a", {"F": 15, "m": 0.25}, "m/s^2")
P("teacher", "Astronauts train hard. Sunita's spacesuit has a mass of 120 kg. What does it weigh on Earth? Use g = 9.8 N/kg.", "weight", "W", "W = m*g", {"m": 120, "g": g}, "N")
P("student", "something weighs 24.5 N on earth, what is its mass", "weight", "m", "W = m*g", {"W": 24.5, "g": g}, "kg")
P("textbook", "A 25 kg box is dragged along a horizontal floor. The coefficient of friction is 0.3. Calculate the frictional force on the box.", "friction-level", "f", "f = mu*m*g", {"m": 25, "mu": 0.3, "g": g}, "N")
P("teacher", "Marek pushes a 15 kg cabinet across a level floor with a force of 80 N; the coefficient of friction is 0.4. Find the cabinet's acceleration.", "friction-level", "a", "a = (F - mu*m*g)/m", {"m": 15, "F": 80, "mu": 0.4, "g": g}, "m/s^2")
P("worksheet", "F = 120 N   d = 15 m   W = ?", "work-done", "W", "W = F*d", {"F": 120, "d": 15}, "J")
P("student", "if 4.5 kJ of work is done pushing a car 30 m whats the force", "work-done", "F", "W = F*d", {"W": 4500, "d": 30}, "N")
P("textbook", "What is the kinetic energy of a 3.5 kg dog running at 8 m/s?", "kinetic-energy", "E_k", "E_k = m*v**2/2", {"m": 3.5, "v": 8}, "J")
P("teacher", "A 1,000 kg car has 200 kJ of kinetic energy. How fast is it going? Careful with the kilojoules.", "kinetic-energy", "v", "E_k = m*v**2/2", {"m": 1000, "E_k": 200000}, "m/s")
P("worksheet", "Ep = ?   m = 4 kg   h = 2.5 m   g = 9.8 N/kg", "potential-energy", "E_p", "E_p = m*g*h", {"m": 4, "h": 2.5, "g": g}, "J")
P("student", "a 50 kg diver climbs to a 10 m board, how much gpe does she gain", "potential-energy", "E_p", "E_p = m*g*h", {"m": 50, "h": 10, "g": g}, "J")
P("textbook", "A pump transfers 36 kJ of energy in 2 minutes. What is its power?", "power", "P", "P = E/t", {"E": 36000, "t": 120}, "W")
P("teacher", "Dmitri's drill is rated at 600 W. How much energy does it transfer in 45 s of drilling? The drill bit is 8 mm wide, but that does not matter here.", "power", "E", "P = E/t", {"P": 600, "t": 45}, "J")
P("textbook", "A boat of mass 800 kg moves at 4.5 m/s. Calculate its momentum.", "momentum", "p", "p = m*v", {"m": 800, "v": 4.5}, "kg m/s")
P("student", "a 0.15 kg ball has 3 kg m/s of momentum. how fast is it going", "momentum", "v", "p = m*v", {"m": 0.15, "p": 3}, "m/s")
P("worksheet", "F = 250 N   t = 0.02 s   impulse = ?", "impulse", "J", "J = F*t", {"F": 250, "t": 0.02}, "N s")
P("textbook", "A cricket ball of mass 0.16 kg is hit and its velocity changes from 10 m/s to 30 m/s in the same direction. Find the impulse on the ball.", "impulse", "J", "J = m*(v - u)", {"m": 0.16, "u": 10, "v": 30}, "N s")
P("textbook", "A piece of oak has a volume of 0.002 m³ and a mass of 1.5 kg. Calculate the density of oak.", "density", "rho", "rho = m/V", {"V": 0.002, "m": 1.5}, "kg/m^3")
P("student", "whats the mass of 3 m3 of water if water is 1000 kg/m3", "density", "m", "rho = m/V", {"V": 3, "rho": 1000}, "kg")
P("teacher", "A tractor's weight of 60 kN is spread over a contact area of 1.5 m². What pressure does it exert on the soil?", "pressure", "p", "p = F/A", {"F": 60000, "A": 1.5}, "Pa")
P("worksheet", "p = 100 kPa   A = 0.02 m²   F = ?", "pressure", "F", "p = F/A", {"p": 100000, "A": 0.02}, "N")
P("textbook", "A 230 V heater draws a current of 4.6 A. Find its resistance.", "ohms-law", "R", "V = I*R", {"V": 230, "I": 4.6}, "ohm")
P("student", "20 mA flows through a 470 ohm resistor. voltage across it?", "ohms-law", "V", "V = I*R", {"I": 0.02, "R": 470}, "V")
P("teacher", "On the bench you have a 12 Ω resistor and an 18 Ω resistor joined in series. What is the total resistance of the pair?", "resistors", "R", "R = R1 + R2", {"R1": 12, "R2": 18}, "ohm")
P("student", "20 ohm and 5 ohm in parallel. combined resistance?", "resistors", "R", "R = R1*R2/(R1 + R2)", {"R1": 20, "R2": 5}, "ohm")
P("worksheet", "V = 230 V   I = 13 A   P = ?", "electrical-power", "P", "P = V*I", {"V": 230, "I": 13}, "W")
P("textbook", "A 100 W lamp runs on a 230 V supply. Calculate the current in the lamp.", "electrical-power", "I", "P = V*I", {"P": 100, "V": 230}, "A")
P("teacher", "Ocean waves arrive every 5 seconds, so their frequency is 0.2 Hz, and their wavelength is 40 m. What is their speed?", "wave-speed", "v", "v = f*lam", {"f": 0.2, "lam": 40}, "m/s")
P("student", "a sound wave of frequency 256 hz travels at 340 m/s. whats its wavelength", "wave-speed", "lam", "v = f*lam", {"f": 256, "v": 340}, "m")
O("textbook", "A 6 Ω resistor and a 12 Ω resistor are connected in parallel, and this pair is in series with a 2 Ω resistor. Find the total resistance.", "mixed-circuit")
O("student", "3 resistors in series 10 ohm 20 ohm 30 ohm with a 12 V battery, current?", "three-resistors")
O("teacher", "A skier of mass 70 kg slides down a slope at 20° to the horizontal. Ignoring friction, what is her acceleration down the slope?", "inclined-plane")
O("textbook", "A 5 kg trolley moving at 2 m/s collides with a 3 kg trolley moving at 1 m/s in the opposite direction. They stick together. Find their common velocity.", "collision")
O("student", "a ball is kicked at 15 m/s at 30 degrees, how long is it in the air", "projectile")
O("textbook", "A 2 kg block of copper is heated from 20 °C to 70 °C. The specific heat capacity of copper is 385 J/kg°C. How much energy is needed?", "specific-heat")
O("teacher", "A door handle is 0.9 m from the hinge. Adaeze pulls it with a force of 20 N. What moment does she create about the hinge?", "moments")
O("student", "a ball is thrown straight up at 12 m/s, how high does it go", "projectile")
def sig3(x):
    if x == 0: return "0"
    d = 3 - int(math.floor(math.log10(abs(x)))) - 1
    r = round(x, d)
    s = ("%.10f" % r).rstrip("0").rstrip(".") if abs(r) < 1e15 else "%g" % r
    return s
import sympy as sp
UNITS = {"v":"m/s","u":"m/s","d":"m","t":"s","a":"m/s^2","s":"m","h":"m","g":"m/s^2","F":"N","m":"kg","W":"N","mu":"","f":"N",
         "E_k":"J","E_p":"J","E":"J","P":"W","p":"kg m/s","J":"N s","rho":"kg/m^3","V":"m^3","A":"m^2","I":"A","R":"ohm","R1":"ohm","R2":"ohm","lam":"m"}
out = []
for i, r in enumerate(rows, 1):
    o = {"id": "p13h-%03d" % i, "style": r["style"], "text": r["text"], "family": r["family"]}
    if r["family"] is None:
        o.update(task=None, start=None, unknown=None, answer=None, topic=r["topic"])
    else:
        lhs, rhs = r["formula"].split("=")
        syms = {k: sp.Symbol(k) for k in list(r["givens"]) + [r["unknown"]]}
        eq = sp.Eq(sp.sympify(lhs, locals=syms), sp.sympify(rhs, locals=syms))
        sol = [s for s in sp.solve(eq.subs({syms[k]: v for k, v in r["givens"].items()}), syms[r["unknown"]]) if s >= 0 or r["unknown"] in ("a",)]
        val = float(sol[-1])
        gv = []
        for k, v in r["givens"].items():
            unit = UNITS["V" if k == "V" and r["family"] != "density" else k] if k != "V" else ("m^3" if r["family"] == "density" else "V")
            if k == "W" and r["family"] == "work-done": unit = "J"
            if k == "p" and r["family"] == "pressure": unit = "Pa"
            if k == "v" and r["family"] == "wave-speed": unit = "m/s"
            if k == "f" and r["family"] == "wave-speed": unit = "Hz"
            if k == "t" and False: pass
            gv.append({"symbol": k, "value": ("%.10g" % v) + (" " + unit if unit else "")})
        o.update(task="physics", start=None, unknown=r["unknown"],
                 answer={"kind": "quantity", "value": (sig3(val) + " " + r["unit"]).strip(), "tolerance": "1%"},
                 givens=gv, formula=r["formula"].replace("**", "^"))
    out.append(o)
with open("/work/notes/diag13/phys13-heldout.jsonl", "w") as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), sum(1 for o in out if o["family"]), "in scope")
