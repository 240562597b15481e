#!/usr/bin/env python3
"""mread24's hand-written set for the model's reading (session 24). Every text typed here by hand, wordy on purpose, in
the family/voice pairs where a sealed set showed the model's reading verified with a wrong answer (percentages by
worksheets and teachers, linear-both-sides worksheets, kinetic energy by students, resistors by teachers, suvat by
students, impulse by teachers) and their neighbours (other percentage kinds, other suvat unknowns, momentum, power and
work). Asides, distractor numbers, slang and typos on purpose. Answers are what is asked (a reading of a part of a
two-step question counts as wrong). Writes mread24-a.jsonl (math) and mread24-b.jsonl (physics) beside this script.
Written before any change of mread24, then tuned on (read and fixed against in session 24)."""
import json, os

sets = {"a": [], "b": []}
cur = "a"
def add(style, text, family=None, task=None, start=None, unknown=None, answer=None, topic=None):
    items = sets[cur]
    it = {"id": "m24%s-%03d" % (cur, len(items) + 1), "style": style, "text": text, "family": family,
          "task": task, "start": start, "unknown": unknown, "answer": answer}
    if family is None: it["topic"] = topic
    items.append(it)

def num(v): return {"kind": "numeric", "value": v}
def eq(v): return {"kind": "equation", "value": v}
def q(v): return {"kind": "quantity", "value": v, "tolerance": "1%"}
def pc(style, text, start, value): add(style, text, "percentages", "percentage", start, None, num(value))
def lb(style, text, start, unknown, answer): add(style, text, "linear-both-sides", "solve", start, unknown, answer)
def ph(style, text, family, unknown, value): add(style, text, family, "physics", None, unknown, q(value))
def out(style, text, topic): add(style, text, topic=topic)

# ---------------- set a: math ----------------
cur = "a"
# percentages, worksheet
pc("worksheet", "Q1. Find 35% of £240.  (2 marks)", "35/100*240", "84")
pc("worksheet", "Q2   Increase 450 kg by 12%.      Answer: ______ kg", "450*1.12", "504")
pc("worksheet", "3)  A coat costs £85. In the sale it is reduced by 20%.   Sale price = £______", "85*0.8", "68")
pc("worksheet", "4.  Write 18 out of 24 as a percentage.", "18/24*100", "75")
pc("worksheet", "Q5 (a)  A phone was £320 last month and is now £272. Work out the percentage decrease.   [3]", "(320-272)/320*100", "15")
pc("worksheet", "6.  After a 15% pay rise Ola earns £575 a week. What did she earn each week before the rise?", "575/1.15", "500")
pc("worksheet", "Q7   VAT at 20% is added to a bill of £65.     Total to pay = £____", "65*1.2", "78")
pc("worksheet", "Q8   A town of 8000 people grows by 5% each year.   Population after 2 years = ________", "8000*1.05^2", "8820")
pc("worksheet", "Q9.  A bike bought for £180 is sold for £153.   Percentage loss = _____ %", "(180-153)/180*100", "15")
pc("worksheet", "Q10.  40% of a number is 56. Find the number.", "56/0.4", "140")
pc("worksheet", "11.  Decrease 960 m by 37.5%.", "960*0.625", "600")
pc("worksheet", "Q13   £2400 is invested at 3% simple interest per year for 4 years.   Interest earned = £______", "2400*0.03*4", "288")
pc("worksheet", "Q14   A shop marks up its goods by 40%. A lamp costs the shop £35.   Selling price: £____", "35*1.4", "49")
pc("worksheet", "Q15   In a class of 30 pupils, 12 walk to school. What percentage do not walk?", "18/30*100", "60")
pc("worksheet", "Q16   A test is marked out of 80. Sam scores 68.    Percentage = _____", "68/80*100", "85")
pc("worksheet", "Q17.  A price of £50 goes up by 10% and then comes down by 10%.   New price = ?", "50*1.1*0.9", "49.5")
pc("worksheet", "Q18   Find 2.5% of 3600.", "2.5/100*3600", "90")
pc("worksheet", "19.  The cost of a train ticket rose from £24 to £27. Find the percentage increase.", "(27-24)/24*100", "12.5")
pc("worksheet", "Q20   After a 30% discount a jacket costs £63.  Find the original price.", "63/0.7", "90")
pc("worksheet", "Q21   Work out 8% of 1250 g.     ______ g", "8/100*1250", "100")
pc("worksheet", "22)  A car worth £12000 loses 15% of its value every year. Value after 1 year = £______", "12000*0.85", "10200")
pc("worksheet", "Q23  Salary: £28000.  Tax: 20% on everything above £12500.  Tax to pay = £_____", "0.2*(28000-12500)", "3100")
# percentages, teacher
pc("teacher", "Right, quick one before the bell: a game that used to cost £40 is now 25% off. Don't tell me the discount, tell me what you'd actually pay.", "40*0.75", "30")
pc("teacher", "Okay class, imagine your phone battery is at 80% and it loses 15% of that in an hour, not 15 percentage points but 15 percent of what's there. What's the battery level now?", "80*0.85", "68")
pc("teacher", "Listen up. Last year the school fair raised £1250; this year we raised £1500. I want the percentage increase, not the amount.", "(1500-1250)/1250*100", "20")
pc("teacher", "I bought a second-hand guitar for £120 and sold it for £150 to a friend in Year 11. What was my percentage profit? Ignore the strings I bought for £8.", "(150-120)/120*100", "25")
pc("teacher", "Here's one from the news: a council cut its library budget by 12%, and it's now £44000. What was the budget before the cut?", "44000/0.88", "50000")
pc("teacher", "Think about this carefully: 45 of the 60 people in the hall stood up. What percentage stayed sitting?", "15/60*100", "25")
pc("teacher", "For homework I'd like you to work out 17.5% of £80. That was the VAT rate for years, by the way.", "17.5/100*80", "14")
pc("teacher", "Let's see who's awake. A t-shirt costs £12 and the price goes up by 5% twice, one rise after the other. New price to the nearest penny?", "12*1.05^2", "13.23")
pc("teacher", "A recipe for 4 people uses 300 g of flour. Tom scales everything up by 50% for a bigger party. How much flour does he use now?", "300*1.5", "450")
pc("teacher", "Class, the bus fare went up by 20p from 80p. By what percentage did it go up?", "20/80*100", "25")
pc("teacher", "Suppose a bank pays 2% interest a year, compound, on £5000. How much is in the account after 3 years? Round to the nearest pound.", "5000*1.02^3", "5306")
pc("teacher", "Quick mental one, no calculators: what is 150% of 64?", "150/100*64", "96")
pc("teacher", "A farmer had 250 sheep and sold 40% of them at market on Tuesday. How many sheep does he still have?", "250*0.6", "150")
pc("teacher", "In a survey of 400 students, 35% said maths was their favourite subject and 20% said science. How many chose maths?", "35/100*400", "140")
pc("teacher", "A house was worth £200000 in 2019 and lost 5% of its value that year. In 2020 it gained 5%. What is it worth now?", "200000*0.95*1.05", "199500")
pc("teacher", "The price of petrol was 140p a litre and fell to 126p. Find the percentage fall, please, and show me the division.", "(140-126)/140*100", "10")
pc("teacher", "A charity wants to raise £3000 and has £2250 so far. What percentage of the target is that?", "2250/3000*100", "75")
pc("teacher", "Now, a trickier one: 24 is 15% of which number?", "24/0.15", "160")
pc("teacher", "Students, listen: a TV costs £480 including VAT at 20%. How much of that is VAT?", "480-480/1.2", "80")
pc("teacher", "Your phone contract is £25 a month and it's going up by 6% in April. What will you pay each month from April? Don't worry about the £10 you pay for extra data.", "25*1.06", "26.5")
pc("teacher", "Right, Year 8: 72 out of the 90 tickets for the concert have been sold. What percentage are still left to sell?", "18/90*100", "20")
# percentages, students
pc("student", "wat is 12% of 250 lol", "12/100*250", "30")
pc("student", "my mum got 15% off a £60 dress how much did she pay??", "60*0.85", "51")
pc("student", "i got 36 out of 45 on my test what percent is that", "36/45*100", "80")
pc("student", "if something goes from 50 to 65 whats the % increase", "(65-50)/50*100", "30")
pc("student", "trainers were £90 now theyre £72 whats the percent off", "(90-72)/90*100", "20")
# linear both sides, worksheet
lb("worksheet", "Q1   Solve   5x − 7 = 2x + 11", "5x - 7 = 2x + 11", "x", eq("x = 6"))
lb("worksheet", "Q2.   3(y + 4) = 5y − 2        y = ______", "3(y + 4) = 5y - 2", "y", eq("y = 7"))
lb("worksheet", "3)  Solve for a:  7a + 3 = 4a + 18.   Show all working.   (3 marks)", "7a + 3 = 4a + 18", "a", eq("a = 5"))
lb("worksheet", "Q4    8 − 2n = 3n − 12     Find n.", "8 - 2n = 3n - 12", "n", eq("n = 4"))
lb("worksheet", "5.   6k + 1 = 2k − 15", "6k + 1 = 2k - 15", "k", eq("k = -4"))
lb("worksheet", "Q6  (a) Solve 4(p − 1) = 2(p + 5).   (b) Hence find the value of 3p.", "4(p - 1) = 2(p + 5)", "p", num("21"))
lb("worksheet", "Q7   The expressions 9m − 4 and 5m + 8 are equal. Find m.", "9m - 4 = 5m + 8", "m", eq("m = 3"))
lb("worksheet", "Q8    x/2 + 3 = x − 1       x = ?", "x/2 + 3 = x - 1", "x", eq("x = 8"))
lb("worksheet", "Q9   Solve:  12 − 3t = t + 4.     t = ____", "12 - 3t = t + 4", "t", eq("t = 2"))
lb("worksheet", "Q10   Solve  2.5w + 1 = w + 7", "2.5w + 1 = w + 7", "w", eq("w = 4"))
lb("worksheet", "11.  Find the value of x for which 7x + 2 and 3x + 22 are equal, then work out 7x + 2.", "7x + 2 = 3x + 22", "x", num("37"))
lb("worksheet", "Q12   Four more than three times n is the same as n plus 18.    n = ?", "3n + 4 = n + 18", "n", eq("n = 7"))
lb("worksheet", "Q13.  A square has side (x + 3) cm and an equilateral triangle has side (2x − 1) cm. Their perimeters are equal. Find x.", "4(x + 3) = 3(2x - 1)", "x", eq("x = 15/2"))
lb("worksheet", "Q14   Solve  5(2z − 1) = 3(z + 4) + 1", "5(2z - 1) = 3(z + 4) + 1", "z", eq("z = 18/7"))
lb("worksheet", "Q15   Ana has 3x + 10 stickers and Ben has 5x − 6. They have the same number of stickers. How many stickers does Ana have?", "3x + 10 = 5x - 6", "x", num("34"))
lb("worksheet", "Q16   Solve   −2x + 9 = 4x − 3", "-2x + 9 = 4x - 3", "x", eq("x = 2"))
lb("worksheet", "Q17   9 + 4c = 7c − 6.   c = ____  (1 mark)", "9 + 4c = 7c - 6", "c", eq("c = 5"))
lb("worksheet", "18)  Solve 0.5(d + 6) = d − 2", "0.5(d + 6) = d - 2", "d", eq("d = 10"))
lb("worksheet", "Q19   Solve 3x + 2 = 5x − 8 and hence find the value of x².", "3x + 2 = 5x - 8", "x", num("25"))
lb("worksheet", "Q20   The angles 3y + 10 and 5y − 30 (in degrees) are equal. Find the size of each angle.", "3y + 10 = 5y - 30", "y", num("70"))
# linear both sides, other voices
lb("student", "ok so 4x+5 = x+20 how do i get x, my teacher went way too fast", "4x + 5 = x + 20", "x", eq("x = 5"))
lb("teacher", "Year 9, listen: I'm thinking of a number. Five times it, minus 3, gives the same as twice it plus 12. What's my number? And no calculators.", "5x - 3 = 2x + 12", "x", num("5"))
lb("student", "solve 3(x-2) = x + 4 pls i have a test tmrw", "3(x - 2) = x + 4", "x", eq("x = 5"))
lb("textbook", "Gym A charges £20 to join plus £15 a month. Gym B charges £50 to join plus £12 a month. After how many months do the two gyms cost the same?", "20 + 15m = 50 + 12m", "m", num("10"))
lb("teacher", "A taxi firm charges £3 plus £2 per mile; another charges £5 plus £1.50 per mile. For what distance, in miles, do the two cost the same?", "3 + 2d = 5 + 1.5d", "d", num("4"))
lb("student", "2x + 7 = 5x - 2 whats x and then whats 2x", "2x + 7 = 5x - 2", "x", num("6"))

# ---------------- set b: physics ----------------
cur = "b"
# kinetic energy, students
ph("student", "yo whats the kinetic energy of a 60 kg guy running at 5 m/s", "kinetic-energy", "E_k", "750 J")
ph("student", "how much KE does a 1200kg car have going 20 m/s?? my teacher said its a lot", "kinetic-energy", "E_k", "240000 J")
ph("student", "a ball of mass 0.5 kg has 16 J of kinetic enrgy how fast is it going", "kinetic-energy", "v", "8 m/s")
ph("student", "ok so me and my bike are 80 kg and i go 36 km/h down the hill, whats my kinetic energy in joules", "kinetic-energy", "E_k", "4000 J")
ph("student", "a thing moving at 10 m/s has 100 J of kinetic energy, what mass is it", "kinetic-energy", "m", "2 kg")
ph("student", "my dog (25 kg lol) runs at 4 m/s at the park, i need its kinetic energy for hw", "kinetic-energy", "E_k", "200 J")
ph("student", "a car of mass 1000 kg doubles its speed from 10 m/s, whats its new kinetic energy", "kinetic-energy", "E_k", "200000 J")
ph("student", "a 150 g cricket ball is bowled at 30 m/s, whats the KE? we did 25 m/s in class but this ones 30", "kinetic-energy", "E_k", "67.5 J")
ph("student", "bro a 70 kg skydiver falls at 50 m/s whats the kinetic energy, ignore air resistance i think", "kinetic-energy", "E_k", "87500 J")
ph("student", "find the speed of a 4 kg trolley with 50 J of kinetic energy. its on a 2 m track if that matters", "kinetic-energy", "v", "5 m/s")
ph("student", "how fast is a 0.06 kg tennis ball with 12 J kinetic energy", "kinetic-energy", "v", "20 m/s")
ph("student", "whats the kinetic enery of a 5 tonne lorry at 72 km/h", "kinetic-energy", "E_k", "1000000 J")
ph("student", "KE of a 2 g bullet at 400 m/s?", "kinetic-energy", "E_k", "160 J")
ph("student", "a 3 kg cat sits on a 1.2 m wall then jumps off and hits the ground at 5 m/s. whats its kinetic energy just before it lands", "kinetic-energy", "E_k", "37.5 J")
ph("student", "a 0.2 kg ball is dropped from 5 m, whats its kinetic energy when it hits the floor (g = 10)", "kinetic-energy", "E_k", "10 J")
ph("student", "car has 90000 J of KE at 15 m/s how heavy is it", "kinetic-energy", "m", "800 kg")
# resistors, teacher
ph("teacher", "Right, on your bench there's a 6 Ω resistor and a 3 Ω resistor. Connect them in parallel. What single resistor could replace them?", "resistors", "R", "2 ohm")
ph("teacher", "I've wired a 220 Ω resistor in series with a 330 Ω one on the breadboard. Ignore the LED for now. Total resistance?", "resistors", "R", "550 ohm")
ph("teacher", "Take a 10 Ω resistor and a 40 Ω resistor in parallel, as in yesterday's practical. What's the combined resistance? Don't forget the reciprocal at the end.", "resistors", "R", "8 ohm")
ph("teacher", "A 12 Ω and an 8 Ω resistor are in series with a 6 V battery. Work out the total resistance first; we'll find the current next lesson.", "resistors", "R", "20 ohm")
ph("teacher", "A 12 Ω and an 8 Ω resistor are in series with a 6 V battery. What current flows through the battery?", "resistors", "I", "0.3 A")
ph("teacher", "In parallel: 4 Ω and 4 Ω. What's the effective resistance? (Hint: think about the current sharing itself.)", "resistors", "R", "2 ohm")
out("teacher", "A 100 Ω resistor and another 100 Ω resistor are joined in parallel, and the pair is put in series with a 50 Ω resistor. Total resistance?", "mixed-circuit")
ph("teacher", "The combined resistance of a 30 Ω resistor and an unknown resistor in series is 75 Ω. What is the unknown resistor?", "resistors", "R2", "45 ohm")
ph("teacher", "A 20 Ω resistor is in parallel with another resistor and together they give 12 Ω. Find the other one.", "resistors", "R2", "30 ohm")
ph("teacher", "For the circuit on the sheet: R1 = 15 ohms and R2 = 10 ohms in parallel, supply 9 V. What's the total resistance of the pair?", "resistors", "R", "6 ohm")
ph("teacher", "Put a 1 kΩ resistor in series with a 470 Ω resistor. Total resistance, in ohms please.", "resistors", "R", "1470 ohm")
ph("teacher", "A 5 Ω resistor and a 20 Ω resistor are in parallel across a 12 V supply, and the current through the 5 Ω one is 2.4 A. What is the combined resistance?", "resistors", "R", "4 ohm")
ph("teacher", "A 24 Ω heater element and an 8 Ω one are in parallel. What current does the pair take from a 12 V supply?", "resistors", "I", "2 A")
ph("teacher", "Last one, folks: 33 kΩ and 47 kΩ in series. Total, in kilohms?", "resistors", "R", "80000 ohm")
# suvat, students
ph("student", "a car starts from rest and speeds up at 3 m/s2 for 5 s how fast is it going", "suvat", "v", "15 m/s")
ph("student", "ball dropped off a 20m bridge how long till it hits the water (g = 10)", "suvat", "t", "2 s")
ph("student", "a bike goes from 4 m/s to 12 m/s in 100 m whats the acceleration", "suvat", "a", "0.64 m/s^2")
ph("student", "train going 30 m/s brakes at 2 m/s2 till it stops, how far does it go", "suvat", "s", "225 m")
ph("student", "i throw a ball up at 20 m/s how high does it go g=10", "suvat", "s", "20 m")
ph("student", "car accelerates from 5 m/s at 2 m/s² for 4 s, how far does it travel", "suvat", "s", "36 m")
ph("student", "runner goes from rest to 8 m/s in 4 s what distance does she cover while speeding up", "suvat", "s", "16 m")
ph("student", "a cyclist at 6 m/s accelerates at 0.5 m/s^2 over 40 m. final speed?", "suvat", "v", "8.718 m/s")
ph("student", "rocket sled goes from 0 to 100 m/s in 5 seconds how far does it go in that time", "suvat", "s", "250 m")
ph("student", "a stone falls from rest for 3 s, how fast is it going at the end, use g = 9.8 lol", "suvat", "v", "29.4 m/s")
ph("student", "my car does 0-27 m/s in 9 s, whats the acceleration and how far does it go in that time? i need the distance mainly", "suvat", "s", "121.5 m")
ph("student", "skateboarder rolls down a ramp starting at 2 m/s and speeds up at 1.5 m/s2, the ramp is 10 m long, how fast at the bottom", "suvat", "v", "5.831 m/s")
ph("student", "a plane needs 60 m/s to take off and accelerates at 3 m/s² from rest. how long does the runway have to be", "suvat", "s", "600 m")
ph("student", "how long does it take to stop if ur going 24 m/s and brake at 6 m/s^2", "suvat", "t", "4 s")
ph("student", "a lift goes up from rest at 1.2 m/s2 for 2.5 s. whats its speed? theres 6 people in it", "suvat", "v", "3 m/s")
ph("student", "a ball rolls 12 m in 4 s starting from rest, whats its acceleration", "suvat", "a", "1.5 m/s^2")
ph("student", "car at 20 m/s slows to 8 m/s in 6 s, how far did it go while slowing", "suvat", "s", "84 m")
# impulse, teacher
ph("teacher", "Okay, a footballer kicks a 0.45 kg ball that was at rest, and it leaves her boot at 20 m/s. What impulse did she give it?", "impulse", "J", "9 N*s")
ph("teacher", "The bat is in contact with the ball for 0.002 s and exerts an average force of 1500 N. Tell me the impulse, and remember the unit is the newton second.", "impulse", "J", "3 N*s")
ph("teacher", "A 1200 kg car hits a wall at 15 m/s and stops. Ignore the driver. What is the size of the impulse the wall gives the car?", "impulse", "J", "18000 N*s")
ph("teacher", "Here's a classic: a tennis ball of mass 0.06 kg arrives at 30 m/s and goes back the way it came at 20 m/s. What's the size of the impulse on it?", "impulse", "J", "3 N*s")
ph("teacher", "A 70 kg gymnast lands on a mat at 6 m/s and stops in 0.5 s. What average force does the mat exert? Ignore her weight for now.", "impulse", "F", "840 N")
ph("teacher", "An impulse of 24 N s acts on a 3 kg trolley at rest. What speed does it reach? The track is 2 m long.", "impulse", "v", "8 m/s")
ph("teacher", "A 0.2 kg hockey puck at rest is hit with a force of 40 N for 0.05 s. How fast does it go afterwards?", "impulse", "v", "10 m/s")
ph("teacher", "Class, a model rocket motor pushes with 12 N for 1.5 s. Impulse?", "impulse", "J", "18 N*s")
ph("teacher", "A force acts on a 5 kg mass for 0.4 s and changes its speed from 2 m/s to 10 m/s. What's the force?", "impulse", "F", "100 N")
ph("teacher", "For how long must a 250 N force act to give an impulse of 50 N s? Think about a cricket bat.", "impulse", "t", "0.2 s")
ph("teacher", "A golf club gives a 46 g ball an impulse of 2.3 N s. The ball was sitting on the tee. How fast does it leave?", "impulse", "v", "50 m/s")
ph("teacher", "An airbag stops a 60 kg passenger moving at 14 m/s in 0.12 s. What's the average force on them? Compare it with their weight if you have time.", "impulse", "F", "7000 N")
# momentum, power, work
ph("student", "a 60 kg skater moving at 3 m/s, whats her momentum, theres also a 40 kg kid nearby but ignore him", "momentum", "p", "180 kg*m/s")
ph("teacher", "A 0.4 kg ball has 6 kg m/s of momentum. Find its velocity.", "momentum", "v", "15 m/s")
ph("student", "whats the momentum of a 1500 kg car doing 72 km/h", "momentum", "p", "30000 kg*m/s")
out("teacher", "A 2000 kg truck moving at 5 m/s runs into a parked 1000 kg car and they lock together. What is their speed just after?", "collision")
ph("student", "a trolley of mass 2 kg goes at 3 m/s. what mass going at 1.5 m/s has the same momentum", "momentum", "m", "4 kg")
ph("teacher", "A crane lifts a 500 kg load 12 m up in 30 s. What's its power? Use g = 10 N/kg.", "power", "P", "2000 W")
ph("student", "i push a box with 50 N for 8 m, how much work is that, took me like 20 s", "work-done", "W", "400 J")
ph("teacher", "A 60 W bulb is left on for 2 hours. How much energy does it use, in joules?", "power", "E", "432000 J")
ph("teacher", "A motor does 9000 J of work in 1.5 minutes. What is its power?", "power", "P", "100 W")
ph("teacher", "A kettle rated 2.2 kW heats water for 3 minutes. How much energy does it transfer? The kettle holds 1.5 litres.", "power", "E", "396000 J")
ph("teacher", "A student of mass 55 kg runs up stairs 4 m high in 5 s. What is her power? g = 9.8 N/kg", "power", "P", "431.2 W")
ph("student", "how much work does a 800 N force do pushing a car 15 m, the car weighs like a tonne", "work-done", "W", "12000 J")
ph("teacher", "A 12 V motor draws 2 A for 10 s. How much work does the current do?", "electrical-power", "E", "240 J")
ph("teacher", "A 40 W fan runs for 3 h and after that a 60 W lamp runs for 1 h. Total energy in joules?", "power", "E", "648000 J")
ph("student", "a 2000 W heater is on for 30 mins how many joules is that, its in my room which is 12 m2", "power", "E", "3600000 J")

here = os.path.dirname(os.path.abspath(__file__))
for k, items in sets.items():
    with open(os.path.join(here, "mread24-%s.jsonl" % k), "w", encoding="utf-8") as f:
        for it in items: f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(k, len(items))
