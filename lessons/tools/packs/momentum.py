"""Momentum and impulse, and momentum conserved in collisions and explosions (statements written for Stepwise)."""
from packs_src import P, C
from physics_src import A, Q

MOM, IMP, CON = "momentum", "impulse", "conservation-of-momentum"

PACK = {
    "file": "momentum.json", "id": "momentum-impulse-1", "prefix": "mom",
    "title": "Momentum and impulse", "subject": "physics", "level": "Ages 15-17",
    "description": "Momentum p = m v, impulse as force times time and as the change of momentum, and momentum "
                   "conserved when objects collide or push apart.",
    "skills": [
        {"id": MOM, "title": "Momentum", "description": "p = m v, in kg m/s; finding a velocity from it."},
        {"id": IMP, "title": "Impulse", "description": "J = F t = change of momentum, in N s; forces in impacts."},
        {"id": CON, "title": "Conservation of momentum",
         "description": "Total momentum before = total momentum after, with directions."},
    ],
    "problems": [
        # momentum
        P(f"A {Q('70 kg')} ice skater glides across the rink at {Q('6 m/s')}. What is her momentum?", "momentum",
          {"case": "0", "m": "70 kg", "v": "6 m/s"}, 1, [MOM],
          ["Momentum is mass times velocity.", "Use $p = m v$.", "$p = 70 \\times 6$"]),
        P(f"Harpreet bowls a {Q('160 g')} cricket ball at {Q('35 m/s')}. Find the ball's momentum.", "momentum",
          {"case": "0", "m": "160 g", "v": "35 m/s"}, 2, [MOM]),
        P(f"A {Q('1500 kg')} minibus drives along a high street at {Q('54 km/h')}. Calculate its momentum.",
          "momentum", {"case": "0", "m": "1500 kg", "v": "54 km/h"}, 2, [MOM],
          ["Momentum is in kilogram metres per second.", f"Change {Q('54 km/h')} to {Q('15 m/s')}, then use "
           "$p = m v$.", "$p = 1500 \\times 15$"]),
        P(f"A {Q('0.4 kg')} football flies towards the goal with a momentum of {Q('8 kg m/s')}. How fast is it "
          "moving?", "momentum", {"case": "1", "p": "8 kg m/s", "m": "0.4 kg"}, 2, [MOM]),
        P(f"A loaded {Q('12 t')} lorry has a momentum of {Q('240000 kg m/s')} on the motorway. What is its speed? "
          "(1 tonne is 1000 kg.)", "momentum", {"case": "1", "p": "240000 kg m/s", "m": "12 t"}, 3, [MOM],
          ["Convert the mass to kilograms first.", "Rearrange $p = m v$ to $v = \\frac{p}{m}$ with "
           "$m = 12000\\,\\mathrm{kg}$.", "$v = \\frac{240000}{12000}$"]),
        C("Momentum is a vector quantity. What does that mean?",
          ["it is always positive", "it has a size and a direction", "it is measured in newtons",
           "it only applies to moving cars"], 1, 2, [MOM]),
        # impulse
        P(f"Wiremu's hockey stick pushes on the puck with a force of {Q('40 N')} for {Q('0.05 s')}. What impulse "
          "does it give the puck?", "impulse", {"case": "0", "F": "40 N", "t": "0.05 s"}, 1, [IMP],
          ["Impulse is force multiplied by the time it acts.", "Use $J = F t$.", "$J = 40 \\times 0.05$"]),
        P(f"In a crash test, a barrier exerts an average force of {Q('60 kN')} on a car for {Q('0.12 s')}. Find "
          "the impulse on the car.", "impulse", {"case": "0", "F": "60 kN", "t": "0.12 s"}, 2, [IMP]),
        P(f"A trampoline gives Yara an upward impulse of {Q('540 N s')} while she is in contact with it for "
          f"{Q('0.3 s')}. What average force does it exert?", "impulse", {"case": "1", "J": "540 N s", "t": "0.3 s"},
          2, [IMP]),
        P(f"A golf club is in contact with the ball for just {Q('0.5 ms')} and gives it an impulse of "
          f"{Q('2.25 N s')}. Calculate the average force on the ball.", "impulse",
          {"case": "1", "J": "2.25 N s", "t": "0.5 ms"}, 3, [IMP],
          ["The time has a prefix: m means one thousandth.", f"{Q('0.5 ms')} is {Q('0.0005 s')}; rearrange to "
           "$F = \\frac{J}{t}$.", "$F = \\frac{2.25}{0.0005}$"]),
        A(f"Nadia kicks a {Q('0.45 kg')} football that was resting on the penalty spot. It leaves her boot at "
          f"{Q('24 m/s')}. What impulse did her boot give the ball?",
          [("m", "0.45 kg", "mass of the ball"), ("u", "0 m/s", "initial velocity"), ("v", "24 m/s", "final velocity")],
          "J",
          [("Impulse is the change in momentum.", "J = m v - m u"),
           ("Substitute the values.", "J = 0.45 × 24 - 0.45 × 0"),
           ("Work it out and give the unit.", "J = 10.8 N s")], "10.8 N s", 2, [IMP, MOM]),
        A(f"Kenji catches a {Q('0.16 kg')} cricket ball travelling at {Q('30 m/s')}, bringing it to rest in "
          f"{Q('0.08 s')}. What average force do his hands exert on the ball?",
          [("m", "0.16 kg", "mass of the ball"), ("u", "30 m/s", "initial velocity"), ("t", "0.08 s", "stopping time")],
          "F",
          [("Force is the change in momentum divided by the time; the ball ends at rest.", "F = m u/t"),
           ("Substitute the values.", "F = 0.16 × 30/0.08"),
           ("Work it out and give the unit.", "F = 60 N")], "60 N", 3, [IMP, MOM],
          ["Start with the momentum the ball loses.", "The ball loses $m u$ of momentum in time $t$, so "
           "$F = \\frac{m u}{t}$.", "$F = \\frac{0.16 \\times 30}{0.08}$"]),
        A(f"In a crash test, a {Q('70 kg')} dummy moving at {Q('15 m/s')} is stopped by an airbag in {Q('0.15 s')}. "
          "What is the average force on the dummy?",
          [("m", "70 kg", "mass of the dummy"), ("u", "15 m/s", "initial velocity"), ("t", "0.15 s", "stopping time")],
          "F",
          [("The change in momentum is m u, because the dummy stops.", "F = m u/t"),
           ("Substitute the values.", "F = 70 × 15/0.15"),
           ("Work it out and give the unit.", "F = 7000 N")], "7000 N", 4, [IMP],
          ["The airbag takes away all of the dummy's momentum.", "Momentum lost is $m u$; divide by the time: "
           "$F = \\frac{m u}{t}$.", "$F = \\frac{70 \\times 15}{0.15}$"]),
        C("Why does a cycle helmet have a layer of foam that crushes in a crash?",
          ["it makes the helmet lighter", "it makes the impact last longer, so the force on the head is smaller",
           "it reduces the rider's momentum before the crash", "it increases the impulse on the head"], 1, 2, [IMP],
          ["Think about the change of momentum in the crash: can the helmet alter it?",
           "The impulse $F t$ is fixed by the change of momentum.", "A longer time $t$ means a smaller force $F$."]),
        C("Which unit means the same as the newton second (N s)?", ["kg m/s", "kg m/s²", "J/s", "N/m"], 0, 1, [IMP]),
        # conservation of momentum
        A(f"On a track, a {Q('2 kg')} trolley moving at {Q('3 m/s')} runs into a stationary {Q('1 kg')} trolley, and "
          "they stick together. How fast do they move off?",
          [("m_1", "2 kg", "mass of the moving trolley"), ("u_1", "3 m/s", "its velocity"),
           ("m_2", "1 kg", "mass of the stationary trolley")], "v",
          [("Momentum before equals momentum after: m_1 u_1 = (m_1 + m_2) v.", "v = m_1 u_1/(m_1 + m_2)"),
           ("Substitute the values.", "v = 2 × 3/(2 + 1)"),
           ("Work it out and give the unit.", "v = 2 m/s")], "2 m/s", 3, [CON, MOM],
          ["Only the first trolley has momentum before the collision.",
           "Momentum before, $m_1 u_1$, equals momentum after, $(m_1 + m_2) v$.", "$v = \\frac{6}{3}$"]),
        A(f"Aiko ({Q('50 kg')}) and Marco ({Q('75 kg')}) stand still on the ice and push each other apart. Aiko "
          f"moves off at {Q('3 m/s')}. How fast does Marco move?",
          [("m_1", "50 kg", "Aiko's mass"), ("v_1", "3 m/s", "Aiko's speed"), ("m_2", "75 kg", "Marco's mass")],
          "v_2",
          [("The total momentum is zero before, so m_1 v_1 = m_2 v_2 in opposite directions.", "v_2 = m_1 v_1/m_2"),
           ("Substitute the values.", "v_2 = 50 × 3/75"),
           ("Work it out and give the unit.", "v_2 = 2 m/s")], "2 m/s", 3, [CON],
          ["Before the push, nobody moves: what is the total momentum?",
           "Their momenta after must cancel: $m_1 v_1 = m_2 v_2$.", "$v_2 = \\frac{150}{75}$"]),
        A(f"Efua ({Q('60 kg')}) jumps from a stationary {Q('40 kg')} rowing boat on to the jetty at {Q('2 m/s')}. "
          "With what speed does the boat move away?",
          [("m_1", "60 kg", "Efua's mass"), ("v_1", "2 m/s", "Efua's speed"), ("m_2", "40 kg", "mass of the boat")],
          "v_2",
          [("The total momentum stays zero: m_1 v_1 = m_2 v_2, in opposite directions.", "v_2 = m_1 v_1/m_2"),
           ("Substitute the values.", "v_2 = 60 × 2/40"),
           ("Work it out and give the unit.", "v_2 = 3 m/s")], "3 m/s", 3, [CON]),
        A(f"A {Q('1200 kg')} car at {Q('10 m/s')} runs into the back of a stationary {Q('800 kg')} car at a "
          "junction, and the two lock together. How fast do they move just after the crash?",
          [("m_1", "1200 kg", "mass of the moving car"), ("u_1", "10 m/s", "its velocity"),
           ("m_2", "800 kg", "mass of the stationary car")], "v",
          [("Momentum before equals momentum after.", "v = m_1 u_1/(m_1 + m_2)"),
           ("Substitute the values.", "v = 1200 × 10/(1200 + 800)"),
           ("Work it out and give the unit.", "v = 6 m/s")], "6 m/s", 3, [CON]),
        A(f"A {Q('0.17 kg')} snooker cue ball rolling at {Q('2 m/s')} hits a stationary ball of the same mass head "
          "on. The cue ball stops dead. How fast does the other ball move off?",
          [("m", "0.17 kg", "mass of each ball"), ("u", "2 m/s", "velocity of the cue ball")], "v",
          [("Momentum before, m u, equals momentum after, m v, so the masses cancel.", "v = m u/m"),
           ("Substitute the values.", "v = 0.17 × 2/0.17"),
           ("Work it out and give the unit.", "v = 2 m/s")], "2 m/s", 2, [CON],
          ["All the momentum passes from one ball to the other.", "$m u = m v$ with the same $m$ on both sides.",
           "$v = u$"]),
        A(f"A {Q('3 kg')} trolley moving right at {Q('4 m/s')} meets a {Q('1 kg')} trolley moving left at "
          f"{Q('2 m/s')}. They stick together. What is their velocity afterwards (right is positive)?",
          [("m_1", "3 kg", "mass of the first trolley"), ("u_1", "4 m/s", "its velocity"),
           ("m_2", "1 kg", "mass of the second trolley"), ("u_2", "-2 m/s", "its velocity")], "v",
          [("Momentum before equals momentum after; the left-moving trolley's velocity is negative.",
            "v = (m_1 u_1 + m_2 u_2)/(m_1 + m_2)"),
           ("Substitute the values.", "v = (3 × 4 + 1 × (-2))/(3 + 1)"),
           ("Work it out and give the unit.", "v = 2.5 m/s")], "2.5 m/s", 4, [CON],
          ["Choose a positive direction and give the left-moving trolley a negative velocity.",
           "Total momentum before is $3 \\times 4 + 1 \\times (-2)$; it is shared by $4\\,\\mathrm{kg}$ after.",
           "$v = \\frac{10}{4}$"]),
        A(f"A {Q('6 kg')} bowling ball rolls at {Q('5 m/s')} into a {Q('1.5 kg')} pin standing still. Just after the "
          f"hit the ball carries on in the same direction at {Q('4 m/s')}. How fast does the pin fly off?",
          [("m_1", "6 kg", "mass of the ball"), ("u_1", "5 m/s", "ball's velocity before"),
           ("v_1", "4 m/s", "ball's velocity after"), ("m_2", "1.5 kg", "mass of the pin")], "v_2",
          [("Momentum before equals momentum after: m_1 u_1 = m_1 v_1 + m_2 v_2.", "v_2 = (m_1 u_1 - m_1 v_1)/m_2"),
           ("Substitute the values.", "v_2 = (6 × 5 - 6 × 4)/1.5"),
           ("Work it out and give the unit.", "v_2 = 4 m/s")], "4 m/s", 4, [CON],
          ["The momentum the ball loses is the momentum the pin gains.",
           "The ball loses $m_1 (u_1 - v_1)$; divide by the pin's mass.", "$v_2 = \\frac{6}{1.5}$"]),
        C("Two trolleys collide on a level track with no friction. What happens to their total momentum?",
          ["it increases", "it decreases", "it stays the same", "it becomes zero"], 2, 1, [CON]),
    ],
}
