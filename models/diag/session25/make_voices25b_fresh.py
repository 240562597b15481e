# voices25b-fresh.jsonl: a FRESH measuring set, written by hand by lane voices25b in session 25 AFTER voices25b.jsonl,
# in the same eight voices (exam, forum, parent, pasted, story, terse, esl, claim) with different problems and numbers.
# Never train on it (no corpus, prompt, rule or threshold may be chosen by looking at it). Row format and answers as in
# make_voices25b.py (voices25b_lib computes every answer by sympy from the formula and the SI givens).
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
import voices25b_lib as L

G = "g=9.8 m/s^2"
ROWS = [
 # ---- speed
 ("exam", "speed", "(a) A swimmer completes 100 m in 64 s. Calculate his average speed. [2 marks]", "v", "v = d/t", "d=100 m, t=64 s"),
 ("forum", "speed", "hey, my little brother's homework (grade 6) asks how long a car at 90 km/h takes to drive 45 km. answer in seconds?? i forgot how to do this lol", "t", "v = d/t", "v=90 km/h, d=45 km"),
 ("story", "speed", "Every morning Tupac and his cousin Wayra take the cable car in La Paz, which costs 3 bolivianos. Their ride covers 2.6 km and lasts 10 minutes. What is the average speed of the cable car in m/s?", "v", "v = d/t", "d=2.6 km, t=10 min"),
 ("claim", "speed", "Olivia says that a tortoise moving at 0.08 m/s covers 48 m in 10 minutes. Is she right?", "d", "v = d/t", "v=0.08 m/s, t=10 min"),
 ("terse", "speed", "t=? d=3 km v=5 m/s", "t", "v = d/t", "d=3 km, v=5 m/s"),
 # ---- acceleration
 ("pasted", "acceleration", "11. A scooter speeds up\nfrom 3 m/s to 9 m/s in 2.4 s.\nWork out its acceleration.", "a", "a = (v - u)/t", "u=3 m/s, v=9 m/s, t=2.4 s"),
 ("esl", "acceleration", "A train is braking from 30 m/s until 12 m/s in 9 seconds. How much is its acceleration?", "a", "a = (v - u)/t", "u=30 m/s, v=12 m/s, t=9 s"),
 ("parent", "acceleration", "My son's question: a cheetah goes from standing still to 27 m/s in 3 seconds. What is its acceleration? I told him to divide but he wants the working.", "a", "a = (v - u)/t", "u=0 m/s, v=27 m/s, t=3 s"),
 ("terse", "acceleration", "a? u = 0, v = 100 km/h, t = 8 s", "a", "a = (v - u)/t", "u=0 m/s, v=100 km/h, t=8 s"),
 # ---- suvat
 ("exam", "suvat", "2 (c) A ball rolls down a track from rest with a uniform acceleration of 1.6 m/s². Calculate its velocity after it has travelled 5 m. [3]", "v", "v^2 = u^2 + 2*a*s", "u=0 m/s, a=1.6 m/s^2, s=5 m"),
 ("forum", "suvat", "suvat help pls — a car going at 15 m/s brakes with a deceleration of 2.5 m/s² for 4 s. how far does it go in those 4 s?", "s", "s = u*t + a*t^2/2", "u=15 m/s, a=-2.5 m/s^2, t=4 s"),
 ("story", "suvat", "Hamid flies a small plane out of Herat. With 6 passengers on board, the plane starts from rest, accelerates steadily at 3 m/s² and leaves the runway after 12 s. How fast is it going when it leaves the runway?", "v", "v = u + a*t", "u=0 m/s, a=3 m/s^2, t=12 s"),
 ("esl", "suvat", "A cyclist has 2 m/s and after 50 m of steady acceleration she has 8 m/s. How much is the acceleration?", "a", "v^2 = u^2 + 2*a*s", "u=2 m/s, v=8 m/s, s=50 m"),
 ("pasted", "suvat", "Given: u = 12 m/s, v = 4 m/s,\nt = 5 s (uniform deceleration)\nFind: displacement s", "s", "s = (u + v)*t/2", "u=12 m/s, v=4 m/s, t=5 s"),
 # ---- free-fall
 ("claim", "free-fall", "Dario says a ball dropped from rest is falling at 49 m/s after 5 s. Is he right? (g = 9.8 m/s²)", "v", "v = g*t", "t=5 s, " + G),
 ("terse", "free-fall", "h? dropped, t=1.2 s, g=9.8", "h", "h = g*t^2/2", "t=1.2 s, " + G),
 ("parent", "free-fall", "My daughter asks how long a stone takes to fall 80 m if you drop it. Her book says use g = 10 m/s² and ignore air resistance.", "t", "h = g*t^2/2", "h=80 m, g=10 m/s^2"),
 ("exam", "free-fall", "(b) A diver drops from a platform 10 m above the water. Calculate her speed as she reaches the water. Use g = 9.8 m/s² and ignore air resistance. [3 marks]", "v", "v^2 = 2*g*h", "h=10 m, " + G),
 ("story", "free-fall", "In Cappadocia, Emre's hot-air balloon floats 150 m above a vineyard. His friend Deniz drops a sandbag over the side of the basket, which is 1.2 m deep, and it falls for 2 s before it lands on a rocky ledge. How far did it fall? (g = 9.8 m/s²)", "h", "h = g*t^2/2", "t=2 s, " + G),
 # ---- newtons-second-law
 ("exam", "newtons-second-law", "3 (a) A 70 kg sprinter accelerates at 4 m/s² out of the blocks. Calculate the resultant force on her. [2]", "F", "F = m*a", "m=70 kg, a=4 m/s^2"),
 ("esl", "newtons-second-law", "A boat is pushed with a net force of 1.8 kN and it gets an acceleration of 0.6 m/s². Which mass does the boat have?", "m", "F = m*a", "F=1.8 kN, a=0.6 m/s^2"),
 ("forum", "newtons-second-law", "hi!! a toy car of mass 400 g has a resultant force of 1.2 N on it. what's its acceleration? i divided 1.2 by 400 and got 0.003 which is obviously wrong", "a", "F = m*a", "m=400 g, F=1.2 N"),
 ("pasted", "newtons-second-law", "Q5) Resultant force = 0.35 kN\nmass of cart = 140 kg\nFind the acceleration of the cart.", "a", "F = m*a", "F=0.35 kN, m=140 kg"),
 # ---- weight
 ("terse", "weight", "weight? m = 650 g, g = 9.8 N/kg", "W", "W = m*g", "m=650 g, " + G),
 ("claim", "weight", "Tom says a 90 kg astronaut weighs 144 N on the Moon, where g = 1.6 N/kg. Is Tom right?", "W", "W = m*g", "m=90 kg, g=1.6 N/kg"),
 ("story", "weight", "Akosua works at a post office in Accra. A parcel for her aunt in London has a mass of 2.5 kg and costs 80 cedis to send. What is the weight of the parcel? (g = 9.8 N/kg)", "W", "W = m*g", "m=2.5 kg, " + G),
 ("parent", "weight", "Quick question from a dad: my son's science sheet says a dog weighs 196 N on Earth and asks for its mass. g = 9.8 N/kg. Is it 20 kg?", "m", "W = m*g", "W=196 N, " + G),
 # ---- friction-level
 ("exam", "friction-level", "4 (b) A 20 kg box is pulled across a level floor by a horizontal force of 100 N. The coefficient of friction is 0.4. Calculate the resultant force on the box. (g = 9.8 N/kg) [3]", "F_net", "F_net = F - mu*m*g", "m=20 kg, F=100 N, mu=0.4, " + G),
 ("forum", "friction-level", "help — 50 kg crate on a flat warehouse floor, μ = 0.6. what's the friction force when it slides? g = 9.8", "f", "f = mu*m*g", "m=50 kg, mu=0.6, " + G),
 ("esl", "friction-level", "A sledge of 40 kg is pulled horizontal on snow with 60 N and the coefficient of friction is 0.05. Which acceleration does the sledge have? (g = 9.8)", "a", "a = (F - mu*m*g)/m", "m=40 kg, F=60 N, mu=0.05, " + G),
 ("terse", "friction-level", "μ? f = 35.28 N, m = 12 kg, g = 9.8, level", "mu", "f = mu*m*g", "f=35.28 N, m=12 kg, " + G),
 # ---- work-done
 ("pasted", "work-done", "12. A shopper pushes a trolley\n30 m with a steady force\nof 15 N. Calculate the work done.", "W", "W = F*d", "F=15 N, d=30 m"),
 ("story", "work-done", "Bao and her grandfather push his broken-down scooter 250 m to a repair shop in Hanoi that opens at 8 o'clock. Together they push with a force of 120 N. How much work do they do?", "W", "W = F*d", "F=120 N, d=250 m"),
 ("esl", "work-done", "A man is making 2.5 kJ of work when he pulls a boat with a force of 500 N. How far he pulls it?", "d", "W = F*d", "W=2.5 kJ, F=500 N"),
 ("claim", "work-done", "Leila says a force of 35 N moving an object 6 m does 210 J of work. Is she correct?", "W", "W = F*d", "F=35 N, d=6 m"),
 # ---- kinetic-energy
 ("exam", "kinetic-energy", "(a) (iii) A 0.5 kg ball is thrown at 8 m/s. Calculate its kinetic energy. [2 marks]", "E_k", "E_k = m*v^2/2", "m=0.5 kg, v=8 m/s"),
 ("terse", "kinetic-energy", "KE? m = 1.5 t, v = 54 km/h", "E_k", "E_k = m*v^2/2", "m=1.5 t, v=54 km/h"),
 ("forum", "kinetic-energy", "hey. a 60 kg skateboarder has 1080 J of kinetic energy. how fast is he going? i got 18 which seems fast", "v", "E_k = m*v^2/2", "E_k=1080 J, m=60 kg"),
 ("parent", "kinetic-energy", "My son is doing energy. A 9 kg dog runs at 4 m/s. How much kinetic energy does it have? Please explain simply.", "E_k", "E_k = m*v^2/2", "m=9 kg, v=4 m/s"),
 # ---- potential-energy
 ("esl", "potential-energy", "A girl of 45 kg climbs on a wall of 2 m. How much potential energy she gains? (g = 9.8 N/kg)", "E_p", "E_p = m*g*h", "m=45 kg, h=2 m, " + G),
 ("pasted", "potential-energy", "Q11) A 250 g apple hangs\n3.2 m above the ground.\nCalculate its gravitational\npotential energy. (g = 9.8 N/kg)", "E_p", "E_p = m*g*h", "m=250 g, h=3.2 m, " + G),
 ("claim", "potential-energy", "Rafael says that a 1000 kg roller-coaster car at the top of a 45 m hill has 441000 J of potential energy. Is he right? (g = 9.8 N/kg)", "E_p", "E_p = m*g*h", "m=1000 kg, h=45 m, " + G),
 ("story", "potential-energy", "Precious cleans windows on a 12-floor office block in Nairobi. She and her equipment have a mass of 80 kg, and her cradle carries her 25 m up. How much gravitational potential energy does she gain? (g = 9.8 N/kg)", "E_p", "E_p = m*g*h", "m=80 kg, h=25 m, " + G),
 # ---- power
 ("exam", "power", "5 (a) A lift motor does 90 kJ of work in 30 s. Calculate its power. [2]", "P", "P = E/t", "E=90 kJ, t=30 s"),
 ("terse", "power", "E? P = 2 kW, t = 15 min", "E", "P = E/t", "P=2 kW, t=15 min"),
 ("forum", "power", "hi, if a 1.2 kW vacuum cleaner uses 216 kJ, how long was it on for? answer in seconds plz", "t", "P = E/t", "P=1.2 kW, E=216 kJ"),
 ("esl", "power", "A crane makes 48 kJ of work in 1 minute. How much is its power?", "P", "P = E/t", "E=48 kJ, t=1 min"),
 # ---- momentum
 ("parent", "momentum", "My daughter's homework: what is the momentum of a 7 kg bowling ball rolling at 3 m/s? Neither of us knows.", "p", "p = m*v", "m=7 kg, v=3 m/s"),
 ("pasted", "momentum", "8. A 0.058 kg tennis ball\nhas a momentum of 2.9 kg m/s.\nCalculate its speed.", "v", "p = m*v", "m=0.058 kg, p=2.9 kg m/s"),
 ("story", "momentum", "Tenzin and Pema ride yaks to their village in Ladakh, 14 km away. Tenzin's yak, with him on its back, has a mass of 520 kg and walks at 1.5 m/s. What is its momentum?", "p", "p = m*v", "m=520 kg, v=1.5 m/s"),
 ("claim", "momentum", "Mateo says a 1200 kg car moving at 54 km/h has a momentum of 64800 kg m/s. Is he right?", "p", "p = m*v", "m=1200 kg, v=54 km/h"),
 # ---- impulse
 ("exam", "impulse", "(c) A bat exerts an average force of 900 N on a ball for 5 ms. Calculate the impulse on the ball. [2 marks]", "J", "J = F*t", "F=900 N, t=5 ms"),
 ("esl", "impulse", "A ball of 0.4 kg is going from 0 to 25 m/s because of a kick. How big impulse it got?", "J", "J = m*(v - u)", "m=0.4 kg, u=0 m/s, v=25 m/s"),
 ("terse", "impulse", "t? J = 60 N s, F = 1.2 kN", "t", "J = F*t", "J=60 N s, F=1.2 kN"),
 ("forum", "impulse", "hi, if a boxer's glove gives an impulse of 15 N s over 0.05 s, what's the average force? thanks", "F", "J = F*t", "J=15 N s, t=0.05 s"),
 # ---- density
 ("story", "density", "Soraya collects stones on a beach near Essaouira with her 2 daughters. One pebble has a mass of 130 g and a volume of 50 cm³. What is its density?", "rho", "rho = m/V", "m=130 g, V=50 cm^3"),
 ("terse", "density", "m? ρ = 1030 kg/m³, V = 2 m³", "m", "rho = m/V", "rho=1030 kg/m^3, V=2 m^3"),
 ("parent", "density", "My son needs the volume of 5 kg of petrol if petrol's density is 750 kg/m³. Answer in m³ please, I'm lost.", "V", "rho = m/V", "m=5 kg, rho=750 kg/m^3"),
 ("pasted", "density", "• mass 0.54 kg\n• volume 600 cm³\n• find the density", "rho", "rho = m/V", "m=0.54 kg, V=600 cm^3"),
 # ---- pressure
 ("exam", "pressure", "(b) A crate of weight 1500 N rests on a base of area 0.75 m². Calculate the pressure it exerts on the ground. [2 marks]", "p", "p = F/A", "F=1500 N, A=0.75 m^2"),
 ("claim", "pressure", "Zainab says that a 500 N force on an area of 25 cm² gives a pressure of 200000 Pa. Is she right?", "p", "p = F/A", "F=500 N, A=25 cm^2"),
 ("esl", "pressure", "A snowshoe has area of 0.1 m² and the man presses on it with 800 N. How much pressure is on the snow?", "p", "p = F/A", "F=800 N, A=0.1 m^2"),
 ("terse", "pressure", "A? F = 45 N, p = 900 Pa", "A", "p = F/A", "F=45 N, p=900 Pa"),
 # ---- ohms-law
 ("forum", "ohms-law", "hey, a 12 V car battery runs a bulb with resistance 4 Ω. what current flows? also why is it called pd", "I", "V = I*R", "V=12 V, R=4 ohm"),
 ("pasted", "ohms-law", "Q7) Calculate the resistance\nof a lamp that takes 250 mA\nfrom a 6 V supply.", "R", "V = I*R", "I=250 mA, V=6 V"),
 ("story", "ohms-law", "Leilani is repairing her grandmother's toaster in Hilo, which was bought in 1987. The heating element has a resistance of 20 Ω and carries a current of 6 A. What is the potential difference across it?", "V", "V = I*R", "R=20 ohm, I=6 A"),
 ("claim", "ohms-law", "Henrik says that a 2.2 kΩ resistor with 11 V across it carries a current of 5 mA. Is he correct?", "I", "V = I*R", "R=2.2 kohm, V=11 V"),
 ("esl", "ohms-law", "Which resistance has a wire if through it flows 0.25 A when the voltage is 3 V?", "R", "V = I*R", "I=0.25 A, V=3 V"),
 # ---- resistors
 ("exam", "resistors", "6 (b) Resistors of 4 Ω and 12 Ω are connected in parallel. Calculate the total resistance of the combination. [2]", "R", "R = R1*R2/(R1 + R2)", "R1=4 ohm, R2=12 ohm"),
 ("terse", "resistors", "series 68 Ω + 150 Ω, total R?", "R", "R = R1 + R2", "R1=68 ohm, R2=150 ohm"),
 ("parent", "resistors", "My daughter's circuit has a 1 kΩ and a 4 kΩ resistor in parallel. What's the combined resistance? I don't remember the formula.", "R", "R = R1*R2/(R1 + R2)", "R1=1 kohm, R2=4 kohm"),
 ("story", "resistors", "At a hackathon in Bengaluru, Arjun needs a total of 90 Ω from two resistors in series. He has a 56 Ω resistor, 3 LEDs and a breadboard. What size must the other resistor be?", "R2", "R = R1 + R2", "R=90 ohm, R1=56 ohm"),
 # ---- electrical-power
 ("pasted", "electrical-power", "Given: V = 12 V\nI = 2.5 A\nFind: electrical power P", "P", "P = V*I", "V=12 V, I=2.5 A"),
 ("claim", "electrical-power", "Ruth says a 3 kW shower on 230 V draws about 13 A. Work out the current and say if she is right.", "I", "P = V*I", "P=3 kW, V=230 V"),
 ("forum", "electrical-power", "hi, a resistor of 100 Ω has 0.2 A through it. how much power does it dissipate? is it P = I²R?", "P", "P = I^2*R", "R=100 ohm, I=0.2 A"),
 ("esl", "electrical-power", "A lamp is on 6 V and it has 0.5 A. Which is its power?", "P", "P = V*I", "V=6 V, I=0.5 A"),
 ("terse", "electrical-power", "P? V = 230 V, R = 52.9 Ω", "P", "P = V^2/R", "V=230 V, R=52.9 ohm"),
 # ---- wave-speed
 ("exam", "wave-speed", "4 (a) A water wave has a wavelength of 0.8 m and a frequency of 2.5 Hz. Calculate its speed. [2]", "v", "v = f*lam", "lam=0.8 m, f=2.5 Hz"),
 ("story", "wave-speed", "Olufemi plays the talking drum at a festival in Ibadan that lasts 3 days. One note he plays has a frequency of 170 Hz, and the sound travels through the air at 340 m/s. What is the wavelength of the note?", "lam", "v = f*lam", "f=170 Hz, v=340 m/s"),
 ("terse", "wave-speed", "λ? v = 3×10⁸ m/s, f = 600 kHz", "lam", "v = f*lam", "v=300000000 m/s, f=600 kHz"),
 ("parent", "wave-speed", "My son's homework: a wave has a speed of 4.8 m/s and a wavelength of 1.2 m. What is its frequency? I keep getting 5.76, which can't be right.", "f", "v = f*lam", "v=4.8 m/s, lam=1.2 m"),
 ("forum", "wave-speed", "hi, a sound at 1.5 kHz travels in water at 1480 m/s — what's the wavelength? 3 s.f. is fine", "lam", "v = f*lam", "f=1.5 kHz, v=1480 m/s"),
 # ---- out of scope
 ("exam", "3 (d) A 0.5 kg ball moving at 4 m/s collides with a 1.5 kg ball at rest. They move off together. Calculate their common velocity. [3]", "collision"),
 ("forum", "hey, 4 resistors of 10 Ω each are connected in parallel, what's the total resistance?", "many-resistors"),
 ("parent", "My daughter wants to know the speed of a 2 kg box at the bottom of a 3 m long frictionless ramp tilted at 20°. Can anyone help?", "inclined-plane"),
 ("pasted", "Q12) A mass of 0.3 kg on a\nspring of constant 30 N/m\noscillates. Calculate the period.", "oscillation"),
 ("story", "Chioma boils water for her family's jollof rice. How much energy does it take to turn 0.5 kg of water at 100 °C into steam? (L = 2260 kJ/kg)", "latent-heat"),
 ("terse", "F = kx, k = 400 N/m, x = 5 cm, F = ?", "hookes-law"),
 ("esl", "A lens has a focal length of 15 cm. Where is the image when the object is 60 cm far from the lens?", "lens"),
 ("claim", "Pablo says a gas in a sealed 2 L bottle at 27 °C and 100 kPa will be at 200 kPa if it is heated to 54 °C. Is he right?", "gas-law"),
 ("exam", "2 (e) A wheelbarrow carries a 400 N load 0.5 m from the wheel axle. The handles are 1.6 m from the axle. Calculate the upward force needed at the handles. [3]", "moments"),
 ("forum", "a car goes round a circular track of radius 50 m at 20 m/s. what's its centripetal acceleration? thx", "circular-motion"),
 ("pasted", "5. A cannonball is fired at\n60 m/s at 45° to the horizontal.\nFind its range.", "projectile"),
 ("story", "In Reykjavík, Sigrún's physics class measures a radioactive source with a half-life of 10 minutes. Its count rate starts at 640 counts per second. What is the count rate after 40 minutes?", "half-life"),
 ("terse", "R total? 2 Ω in series with (3 Ω ∥ 6 Ω ∥ 6 Ω)", "mixed-circuit"),
 ("esl", "A rocket of 500 kg is throwing out 50 kg of gas with 2000 m/s. Which speed gets the rocket?", "collision"),
 ("parent", "My son asks how much heat is needed to warm a 3 kg iron pan from 20 °C to 220 °C if iron's specific heat capacity is 450 J/kg °C.", "specific-heat"),
 ("claim", "Yui says the efficiency of a motor that gives 150 J of useful work from 600 J of input is 25 %. Is she right?", "efficiency"),
 ("exam", "1 (f) A 60 kg skier slides down a slope of 25° and the coefficient of friction is 0.1. Calculate her acceleration. [4]", "inclined-plane"),
 ("pasted", "Given: I = 0.5 A, t = 2 min\nFind: charge Q that flows", "charge"),
 # ==== second fresh batch (written after the training set was complete; never trained on)
 ("esl", "speed", "A swimmer is crossing a lake of 1.6 km in 32 minutes. Which is her average speed in m/s?", "v", "v = d/t", "d=1.6 km, t=32 min"),
 ("pasted", "speed", "Q2) A tram travels at 11 m/s\nfor 4.5 minutes. How far\ndoes it go?", "d", "v = d/t", "v=11 m/s, t=4.5 min"),
 ("terse", "speed", "v? 100 m in 9.58 s", "v", "v = d/t", "d=100 m, t=9.58 s"),
 ("story", "acceleration", "Emeka's younger brother Obi, aged 9, rolls his toy truck down the driveway in Abuja. It speeds up from 0.5 m/s to 2.3 m/s in 1.2 s. What is its acceleration?", "a", "a = (v - u)/t", "u=0.5 m/s, v=2.3 m/s, t=1.2 s"),
 ("claim", "acceleration", "Sana says that a car slowing from 20 m/s to 6 m/s in 4 s has an acceleration of −3.5 m/s². Is she right?", "a", "a = (v - u)/t", "u=20 m/s, v=6 m/s, t=4 s"),
 ("parent", "suvat", "My daughter's homework: a car starts at 10 m/s and accelerates steadily at 1.5 m/s² for 6 s. How far does it go in that time?", "s", "s = u*t + a*t^2/2", "u=10 m/s, a=1.5 m/s^2, t=6 s"),
 ("terse", "suvat", "v? u = 3 m/s, a = 4 m/s², s = 10 m", "v", "v^2 = u^2 + 2*a*s", "u=3 m/s, a=4 m/s^2, s=10 m"),
 ("forum", "free-fall", "hi, if a skydiver could fall freely from rest for 4 s (ignoring air resistance), how fast would she be going? g = 9.8", "v", "v = g*t", "t=4 s, " + G),
 ("esl", "free-fall", "A pen falls down from a table of 0.8 m height. How much time it takes to arrive on the floor? (g = 9.8 m/s²)", "t", "h = g*t^2/2", "h=0.8 m, " + G),
 ("story", "newtons-second-law", "Lerato coaches a rowing crew of 4 in Durban. Their boat, crew included, has a mass of 360 kg, and the resultant force on it at the start is 540 N. What is the boat's acceleration?", "a", "F = m*a", "m=360 kg, F=540 N"),
 ("claim", "newtons-second-law", "Pedro says a 3 kg trolley accelerating at 4 m/s² must have a resultant force of 7 N on it. Is he right?", "F", "F = m*a", "m=3 kg, a=4 m/s^2"),
 ("exam", "weight", "(a) (iii) A bag of cement has a mass of 25 kg. Calculate its weight. (g = 9.8 N/kg) [2]", "W", "W = m*g", "m=25 kg, " + G),
 ("pasted", "weight", "• weight on Mars = 370 N\n• g on Mars = 3.7 N/kg\n• find the mass", "m", "W = m*g", "W=370 N, g=3.7 N/kg"),
 ("story", "friction-level", "In Kraków, Zofia slides her 30 kg dog crate across the level kitchen floor while her 2 cats watch. The coefficient of friction is 0.35. What is the friction force on the crate? (g = 9.8 N/kg)", "f", "f = mu*m*g", "m=30 kg, mu=0.35, " + G),
 ("claim", "friction-level", "Ali says that pushing an 8 kg box with 40 N across a level floor with μ = 0.5 gives a net force of 0.8 N. Is he right? (g = 9.8 N/kg)", "F_net", "F_net = F - mu*m*g", "m=8 kg, F=40 N, mu=0.5, " + G),
 ("terse", "work-done", "W? F = 2.5 kN, d = 0.4 km", "W", "W = F*d", "F=2.5 kN, d=0.4 km"),
 ("parent", "work-done", "My son's question: a force of 75 N does 600 J of work pushing a box. How far did the box move?", "d", "W = F*d", "F=75 N, W=600 J"),
 ("claim", "kinetic-energy", "Fiona says a 70 kg runner at 5 m/s has 175 J of kinetic energy. Is she right?", "E_k", "E_k = m*v^2/2", "m=70 kg, v=5 m/s"),
 ("pasted", "kinetic-energy", "Q6)\nEk = 540 J\nm = 30 kg\nFind v.", "v", "E_k = m*v^2/2", "E_k=540 J, m=30 kg"),
 ("forum", "potential-energy", "hey, what height does a 50 kg person need to climb to gain 24.5 kJ of GPE? g = 9.8 N/kg", "h", "E_p = m*g*h", "E_p=24.5 kJ, m=50 kg, " + G),
 ("terse", "potential-energy", "Ep? m = 1.2 t, h = 8 m, g = 9.8 N/kg", "E_p", "E_p = m*g*h", "m=1.2 t, h=8 m, " + G),
 ("story", "power", "Bilal works at a car wash in Karachi that washes 60 cars a day. Its pressure pump does 1.35 MJ of work in 15 minutes. What is its power?", "P", "P = E/t", "E=1.35 MJ, t=15 min"),
 ("claim", "power", "Gemma says a 500 W microwave running for 2 minutes uses 1000 J. Is she right?", "E", "P = E/t", "P=500 W, t=2 min"),
 ("forum", "momentum", "quick q: what's the momentum of a 0.3 kg volleyball moving at 16 m/s?", "p", "p = m*v", "m=0.3 kg, v=16 m/s"),
 ("esl", "momentum", "A ship of 5000 tonnes has a momentum of 25 000 000 kg m/s. How fast it is moving?", "v", "p = m*v", "m=5000 t, p=25000000 kg m/s"),
 ("parent", "impulse", "My daughter's homework: a 0.058 kg tennis ball is hit from rest to 50 m/s. What impulse does the racket give it?", "J", "J = m*(v - u)", "m=0.058 kg, u=0 m/s, v=50 m/s"),
 ("story", "impulse", "At the Commonwealth Games, in front of 20000 spectators, Aditya pushes his 7.26 kg shot with an average force of 400 N for 0.3 s. What impulse does he give it?", "J", "J = F*t", "F=400 N, t=0.3 s"),
 ("exam", "density", "(b) A stone of mass 0.81 kg is lowered into a measuring cylinder of water and the water level rises by 300 cm³. Calculate the density of the stone. [3]", "rho", "rho = m/V", "m=0.81 kg, V=300 cm^3"),
 ("esl", "density", "Which volume has 1.8 kg of a liquid with density 1200 kg/m³?", "V", "rho = m/V", "m=1.8 kg, rho=1200 kg/m^3"),
 ("parent", "pressure", "My son has to find the pressure of a 700 N man standing on skis with a total area of 0.28 m². Can you help?", "p", "p = F/A", "F=700 N, A=0.28 m^2"),
 ("story", "pressure", "In her physics club in Nairobi, Achieng stands a 20 N brick on its end, which has an area of 50 cm². Her friend Otieno has 3 more bricks. What pressure does the brick put on the table?", "p", "p = F/A", "F=20 N, A=50 cm^2"),
 ("terse", "ohms-law", "V? I = 350 mA, R = 40 Ω", "V", "V = I*R", "I=350 mA, R=40 ohm"),
 ("exam", "ohms-law", "(b) A thermistor has a resistance of 2.4 kΩ. The current through it is 5 mA. Calculate the potential difference across it. [2]", "V", "V = I*R", "R=2.4 kohm, I=5 mA"),
 ("claim", "resistors", "Kamal says that 15 Ω and 30 Ω resistors in parallel have a combined resistance of 10 Ω. Is he right?", "R", "R = R1*R2/(R1 + R2)", "R1=15 ohm, R2=30 ohm"),
 ("esl", "resistors", "Two resistors are in series, one of 3.3 kΩ and one of 1.2 kΩ. Which is the total resistance?", "R", "R = R1 + R2", "R1=3.3 kohm, R2=1.2 kohm"),
 ("forum", "resistors", "hey, I have 2 resistors in parallel and the total is 12 Ω. one is 20 Ω. what's the other? thx", "R2", "R = R1*R2/(R1 + R2)", "R=12 ohm, R1=20 ohm"),
 ("story", "electrical-power", "At Maya's bakery in Oaxaca, which bakes 300 loaves a day, the mixer runs on 120 V and draws 6.5 A. What is its power?", "P", "P = V*I", "V=120 V, I=6.5 A"),
 ("exam", "electrical-power", "(c) A 2.0 kW kettle runs on the 230 V mains. Calculate the current it draws. [2]", "I", "P = V*I", "P=2 kW, V=230 V"),
 ("esl", "wave-speed", "A wave in the sea has frequency 0.1 Hz and wavelength 60 m. With which speed the wave is going?", "v", "v = f*lam", "f=0.1 Hz, lam=60 m"),
 ("claim", "wave-speed", "Hana says that light of frequency 5 × 10¹⁴ Hz travelling at 3 × 10⁸ m/s has a wavelength of 6 × 10⁻⁷ m. Is she right?", "lam", "v = f*lam", "f=500000000000000 Hz, v=300000000 m/s"),
 ("story", "Nadia throws a ball horizontally at 8 m/s from a balcony 5 m above her garden in Amman. How far from the wall does it land? (g = 9.8 m/s²)", "projectile"),
 ("claim", "Liu says three 9 Ω resistors in parallel give 3 Ω. Is she right?", "three-resistors"),
 ("esl", "A car of 1000 kg hits a wall with 15 m/s and bounces back with 2 m/s after 0.1 s. Which is the average force on the car?", "collision"),
 ("terse", "sin θc = 1/n, n = 1.5, θc?", "refraction"),
 ("parent", "My son needs to know how much energy a 3 kg block of copper gives out when it cools from 80 °C to 30 °C (c = 385 J/kg °C).", "specific-heat"),
 ("forum", "a 0.5 kg mass on a 2 m string swings as a pendulum, released from 30° — what's its speed at the bottom?", "pendulum"),
 ("exam", "(e) A car of mass 1200 kg drives over the top of a hump-backed bridge of radius 30 m at 12 m/s. Calculate the normal reaction force on the car. [4]", "circular-motion"),
]

if __name__ == "__main__":
    out = Path(__file__).with_name("voices25b-fresh.jsonl")
    L.table(L.build("v25b-f", ROWS, out))
