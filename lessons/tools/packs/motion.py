"""Motion: speed, acceleration, the constant-acceleration equations and free fall (statements written for Stepwise)."""
from packs_src import P, C
from physics_src import A, Q

SPD, ACC, SUV, FALL = "speed", "acceleration", "constant-acceleration", "free-fall"

PACK = {
    "file": "motion.json", "id": "motion-1", "prefix": "mot",
    "title": "Motion: speed, acceleration and free fall", "subject": "physics", "level": "Ages 13-16",
    "description": "Average speed, acceleration as the change of velocity each second, the constant-acceleration "
                   "equations and objects falling freely.",
    "skills": [
        {"id": SPD, "title": "Speed, distance and time", "description": "v = d/t, rearranged for d or t; mixed units."},
        {"id": ACC, "title": "Acceleration", "description": "a = (v - u)/t: speeding up, slowing down, time taken."},
        {"id": SUV, "title": "Constant-acceleration equations",
         "description": "v = u + at, s = ut + ½at², v² = u² + 2as."},
        {"id": FALL, "title": "Free fall", "description": "Falling from rest with g = 9.8 m/s², no air resistance."},
    ],
    "problems": [
        # speed
        P(f"Aisha walks the {Q('1200 m')} from her front door to the bus stop in {Q('800 s')}. What is her average "
          "speed?", "speed", {"case": "0", "d": "1200 m", "t": "800 s"}, 1, [SPD],
          ["Speed tells you how many metres are covered each second.", "Use $v = \\frac{d}{t}$.",
           "$v = \\frac{1200}{800}$"]),
        P(f"At the school sports day Keanu sprints the {Q('100 m')} in {Q('12.5 s')}. Work out his average speed.",
          "speed", {"case": "0", "d": "100 m", "t": "12.5 s"}, 1, [SPD]),
        P(f"A high-speed train between Madrid and Seville holds {Q('80 m/s')} for {Q('90 s')} on a straight stretch. "
          "How far does it travel in that time?", "speed", {"case": "1", "v": "80 m/s", "t": "90 s"}, 2, [SPD],
          ["You know the speed and the time; the distance is missing.", "Rearrange to $d = v t$.",
           "$d = 80 \\times 90$"]),
        A(f"Sipho cycles {Q('3 km')} to school and the ride takes {Q('12 min')}. Find his average speed in metres "
          "per second, to 3 significant figures.",
          [("d", "3 km", "distance"), ("t", "12 min", "time")], "v",
          [("Write the formula for speed.", "v = d/t"),
           ("Convert the distance to metres.", "d = 3 × 1000 = 3000 m"),
           ("Convert the time to seconds: 60 seconds in each minute.", "t = 12 × 60 = 720 s"),
           ("Substitute the values in SI units.", "v = 3000/720"),
           ("Work it out to 3 significant figures and give the unit.", "v = 4.17 m/s")],
          {"value": "4.17 m/s", "sigfigs": "3"}, 2, [SPD],
          ["Metres per second needs metres and seconds.", f"{Q('3 km')} is {Q('3000 m')} and {Q('12 min')} is "
           f"{Q('720 s')}; then $v = \\frac{{d}}{{t}}$.", "$v = \\frac{3000}{720}$"]),
        P(f"A ferry crosses a bay {Q('4.5 km')} wide at a steady {Q('5 m/s')}. How long does the crossing take?",
          "speed", {"case": "2", "d": "4.5 km", "v": "5 m/s"}, 2, [SPD]),
        P(f"On the motorway, Ingrid's coach keeps to {Q('90 km/h')} for {Q('2 h')}. How far does it go? "
          "Give your answer in kilometres.", "speed", {"case": "1", "v": "90 km/h", "t": "2 h"}, 3, [SPD],
          ["Get both quantities into SI units before you multiply.",
           f"{Q('90 km/h')} is {Q('25 m/s')} and {Q('2 h')} is {Q('7200 s')}.", "$d = 25 \\times 7200$"],
          {"value": "180 km"}),
        P(f"Mariam's family drives {Q('150 km')} to the coast at an average speed of {Q('100 km/h')}. How long is the "
          "journey, in hours?", "speed", {"case": "2", "d": "150 km", "v": "100 km/h"}, 3, [SPD],
          answer={"value": "1.5 h"}),
        A(f"Hamid jogs {Q('2 km')} in {Q('10 min')}, then walks the last {Q('1 km')} home in {Q('15 min')}. What "
          "is his average speed for the whole trip, in metres per second?",
          [("d_1", "2 km", "distance jogged"), ("t_1", "10 min", "time jogging"), ("d_2", "1 km", "distance walked"),
           ("t_2", "15 min", "time walking")], "v",
          [("Average speed is the total distance over the total time.", "v = (d_1 + d_2)/(t_1 + t_2)"),
           ("Convert the distances to metres.", "d_1 + d_2 = 2000 + 1000 = 3000 m"),
           ("Convert the times to seconds.", "t_1 + t_2 = 600 + 900 = 1500 s"),
           ("Substitute the totals.", "v = 3000/1500"),
           ("Work it out and give the unit.", "v = 2 m/s")], "2 m/s", 4, [SPD],
          ["Average speed is not the average of the two speeds.",
           "Add the distances, add the times, then divide: $v = \\frac{d_1 + d_2}{t_1 + t_2}$.",
           "$v = \\frac{3000}{1500}$"]),
        C("Halfway along a bus route the speedometer shows 50 km/h. What does that number tell you?",
          ["the bus's speed at that moment", "the bus's average speed for the whole route",
           "the distance the bus has travelled", "the bus's acceleration"], 0, 2, [SPD]),
        # acceleration
        P(f"From the starting blocks, Chioma reaches {Q('9 m/s')} in {Q('3 s')}. What is her average acceleration?",
          "acceleration", {"case": "0", "u": "0 m/s", "v": "9 m/s", "t": "3 s"}, 1, [ACC],
          ["Acceleration is the change in velocity each second.", "Use $a = \\frac{v - u}{t}$ with $u = 0$.",
           "$a = \\frac{9 - 0}{3}$"]),
        P(f"A tram in Lisbon speeds up from {Q('4 m/s')} to {Q('16 m/s')} in {Q('8 s')}. Calculate its acceleration.",
          "acceleration", {"case": "0", "u": "4 m/s", "v": "16 m/s", "t": "8 s"}, 1, [ACC]),
        P(f"A lift starts from rest and speeds up at {Q('1.2 m/s^2')} until it moves at {Q('3 m/s')}. How long does "
          "that take?", "acceleration", {"case": "1", "u": "0 m/s", "v": "3 m/s", "a": "1.2 m/s^2"}, 2, [ACC]),
        P(f"Dev rides his motorbike at {Q('10 m/s')} and accelerates at {Q('2.5 m/s^2')} to overtake, reaching "
          f"{Q('25 m/s')}. How many seconds does he spend accelerating?", "acceleration",
          {"case": "1", "u": "10 m/s", "v": "25 m/s", "a": "2.5 m/s^2"}, 2, [ACC],
          ["The change in velocity is shared out at 2.5 every second.", "Rearrange to $t = \\frac{v - u}{a}$.",
           "$t = \\frac{25 - 10}{2.5}$"]),
        P(f"A test report says a family car reaches {Q('100 km/h')} from rest in {Q('9 s')}. What is its mean "
          "acceleration? Give 2 or more significant figures.", "acceleration",
          {"case": "0", "u": "0 m/s", "v": "100 km/h", "t": "9 s"}, 3, [ACC],
          ["The time is in seconds, so the speed must be in metres per second.",
           f"{Q('100 km/h')} is about {Q('27.8 m/s')}.", "$a = \\frac{27.8 - 0}{9}$"],
          {"sigfigs": ">=2", "tolerance": "2%"}),
        A(f"A city bus travelling at {Q('15 m/s')} brakes steadily and stops in {Q('6 s')}. What is its "
          "acceleration? (A negative answer means slowing down.)",
          [("u", "15 m/s", "initial velocity"), ("v", "0 m/s", "final velocity"), ("t", "6 s", "braking time")], "a",
          [("Write the definition of acceleration.", "a = (v - u)/t"),
           ("Substitute the values.", "a = (0 - 15)/6"),
           ("Work it out and give the unit.", "a = -2.5 m/s^2")], "-2.5 m/s^2", 3, [ACC],
          ["The final velocity is zero because the bus stops.", "Use $a = \\frac{v - u}{t}$ with $v = 0$.",
           "$a = \\frac{0 - 15}{6}$"]),
        C("A car drives along a straight road at a steady 30 m/s. What is its acceleration?",
          ["zero", "30 m/s²", "9.8 m/s²", "it cannot be known"], 0, 1, [ACC]),
        # constant-acceleration equations
        P(f"Leilani rolls down a skate ramp. She starts at {Q('2 m/s')} and speeds up at {Q('1.5 m/s^2')} for "
          f"{Q('4 s')}. How fast is she going at the bottom?", "suvat",
          {"case": "0", "u": "2 m/s", "a": "1.5 m/s^2", "t": "4 s"}, 2, [SUV]),
        P(f"A commuter train pulls out of the station from rest, accelerating at {Q('0.5 m/s^2')} for {Q('40 s')}. "
          "How far does it travel in that time?", "suvat", {"case": "1", "u": "0 m/s", "a": "0.5 m/s^2", "t": "40 s"},
          2, [SUV],
          ["You know $u$, $a$ and $t$ and want a distance.", "Use $s = u t + \\frac{1}{2} a t^2$.",
           "$s = 0 \\times 40 + \\frac{1}{2} \\times 0.5 \\times 40^2$"]),
        P(f"Bongani freewheels down a hill on his bike. At the top he is doing {Q('4 m/s')}; he speeds up at "
          f"{Q('0.6 m/s^2')} along the {Q('70 m')} slope. Find his speed at the bottom.", "suvat",
          {"case": "2", "u": "4 m/s", "a": "0.6 m/s^2", "s": "70 m"}, 3, [SUV],
          ["There is no time given, so choose the equation without $t$.", "Use $v^2 = u^2 + 2 a s$.",
           "$v^2 = 16 + 84 = 100$"]),
        P(f"A taxi moving at {Q('12 m/s')} accelerates at {Q('2 m/s^2')} for {Q('5 s')} as the lights turn green. "
          "How far does it move while accelerating?", "suvat", {"case": "1", "u": "12 m/s", "a": "2 m/s^2", "t": "5 s"},
          3, [SUV]),
        P(f"A small plane starts from rest and accelerates at {Q('2.5 m/s^2')} along a {Q('1.2 km')} runway. What is "
          "its speed at the end of the runway? Give 3 significant figures.", "suvat",
          {"case": "2", "u": "0 m/s", "a": "2.5 m/s^2", "s": "1.2 km"}, 4, [SUV],
          ["Write the runway length in metres.", "Use $v^2 = u^2 + 2 a s$ with $u = 0$ and $s = 1200$.",
           "$v = \\sqrt{2 \\times 2.5 \\times 1200}$"], {"sigfigs": "3"}),
        A(f"Yusuf is driving at {Q('20 m/s')} when he sees a fox on the road and brakes. The car slows at "
          f"{Q('5 m/s^2')} until it stops. How far does it travel while braking?",
          [("u", "20 m/s", "initial velocity"), ("v", "0 m/s", "final velocity"), ("a", "-5 m/s^2", "acceleration")],
          "s",
          [("Use the equation without time.", "v^2 = u^2 + 2 a s"),
           ("Rearrange to make s the subject.", "s = (v^2 - u^2)/(2 a)"),
           ("Substitute the values.", "s = (0^2 - 20^2)/(2 × (-5))"),
           ("Work it out and give the unit.", "s = 40 m")], "40 m", 4, [SUV, ACC],
          ["Slowing down means the acceleration is negative.",
           "Rearrange $v^2 = u^2 + 2 a s$ to $s = \\frac{v^2 - u^2}{2a}$.", "$s = \\frac{0 - 400}{-10}$"]),
        # free fall
        P(f"Lina drops a pebble down a well and it hits the water {Q('1.5 s')} later. How fast is it moving when it "
          "hits the water?", "free-fall", {"case": "0", "t": "1.5 s"}, 1, [FALL],
          ["The pebble starts from rest and gains 9.8 m/s every second.", "Use $v = g t$.",
           "$v = 9.8 \\times 1.5$"]),
        P(f"An apple comes loose and falls from a branch for {Q('0.8 s')} before it reaches the grass. How high was "
          "the branch?", "free-fall", {"case": "1", "t": "0.8 s"}, 2, [FALL]),
        P(f"Tomasz steps off the {Q('10 m')} diving board. How fast is he falling when he reaches the water?",
          "free-fall", {"case": "2", "h": "10 m"}, 3, [FALL, SUV],
          ["The time is not given, only the height.", "Use $v^2 = 2 g h$, so $v = \\sqrt{2 g h}$.",
           "$v = \\sqrt{2 \\times 9.8 \\times 10}$"]),
        P(f"A mug slides off a kitchen counter {Q('80 cm')} high. Find its speed just before it hits the floor, to "
          "3 significant figures.", "free-fall", {"case": "2", "h": "80 cm"}, 3, [FALL], answer={"sigfigs": "3"}),
        A(f"Rosa drops a coin from a footbridge {Q('19.6 m')} above a river. How long does the coin take to reach "
          "the water?", [("h", "19.6 m", "drop height")], "t",
          [("The coin falls from rest.", "h = 1/2 g t^2"),
           ("Rearrange to make t the subject.", "t = √(2 × h/g)"),
           ("Substitute the values.", "t = √(2 × 19.6/9.8)"),
           ("Work it out and give the unit.", "t = 2 s")], "2 s", 4, [FALL, SUV],
          ["The coin starts from rest, so $u = 0$.", "From $h = \\frac{1}{2} g t^2$, $t = \\sqrt{\\frac{2h}{g}}$.",
           "$t = \\sqrt{4}$"]),
        C("A heavy ball and a light ball are dropped together from the same height. Ignoring air resistance, which "
          "lands first?", ["the heavy ball", "the light ball", "they land together"], 2, 1, [FALL]),
    ],
}
