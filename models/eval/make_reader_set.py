import json, sympy as sp
from sympy.parsing.sympy_parser import parse_expr, standard_transformations, implicit_multiplication_application, convert_xor
T = standard_transformations + (implicit_multiplication_application, convert_xor)
def P(s): return parse_expr(s.replace("√","sqrt"), transformations=T, local_dict={"E":sp.Symbol("E"),"S":sp.Symbol("S"),"N":sp.Symbol("N"),"e":sp.E})
items=[]
def add(style,text,family,task,start,unknown,answer):
    items.append(dict(style=style,text=text,family=family,task=task,start=start,unknown=unknown,answer=answer))
def ev(style,text,family,start,task='evaluate'):
    v=sp.nsimplify(P(start)); add(style,text,family,task,start,None,dict(kind='numeric',value=str(v)))
def simp(style,text,family,start,task='simplify'):
    v=sp.expand(P(start)); add(style,text,family,task,start,None,dict(kind='expression',value=str(v).replace('**','^')))
def fac(style,text,start):
    v=sp.factor(P(start)); add(style,text,'factorise-quadratic','factorise',start,None,dict(kind='expression',value=str(v).replace('**','^'),form='factored'))
def sol(style,text,family,start,x):
    l,r=start.split('=');X=sp.Symbol(x);s=sp.solve(sp.Eq(P(l),P(r)),X)
    s=[sp.nsimplify(v) for v in s]
    if len(s)==1: add(style,text,family,'solve',start,x,dict(kind='equation',value=f"{x} = {s[0]}".replace('**','^').replace('sqrt','√')))
    else: add(style,text,family,'solve',start,x,dict(kind='set',value=' or '.join(f"{x} = {v}" for v in s).replace('**','^').replace('sqrt','√')))
def rea(style,text,start,x):
    l,r=start.split('=');X=sp.Symbol(x);s=sp.solve(sp.Eq(P(l),P(r)),X)
    add(style,text,'rearrange-formula','rearrange',start,x,dict(kind='equation',value=f"{x} = {s[0]}".replace('**','^')))
def sysm(style,text,family,e1,e2):
    eqs=[sp.Eq(P(e.split('=')[0]),P(e.split('=')[1])) for e in (e1,e2)]
    syms=sorted(set().union(*[q.free_symbols for q in eqs]),key=str); s=sp.solve(eqs,syms)
    add(style,text,family,'solve-system',e1+'; '+e2,','.join(map(str,syms)),dict(kind='system',values={str(k):str(v) for k,v in s.items()}))
def der(style,text,family,f,x='x'):
    d=sp.diff(P(f),sp.Symbol(x)); add(style,text,family,'differentiate',f,x,dict(kind='expression',value=str(d).replace('**','^')))
def phy(style,text,family,value,unit):
    v=float('%.3g'%value); add(style,text,family,'physics',None,None,dict(kind='quantity',value=f"{v:g} {unit}",tolerance='1%'))
def oos(style,text,topic):
    items.append(dict(style=style,text=text,family=None,task=None,start=None,unknown=None,answer=None,topic=topic))

# integer arithmetic
ev('textbook','Work out 25 − 3 × 7 + 4.','integer-arithmetic','25 - 3*7 + 4')
ev('worksheet','7. (−9) × 4 + 36 ÷ (−6) =','integer-arithmetic','(-9)*4 + 36/(-6)')
ev('student','what is 2 + 3^2 × 4, i got 44','integer-arithmetic','2 + 3^2*4')
ev('teacher','Before we start on algebra, evaluate 100 − (12 − 5) × 8 on your mini whiteboards.','integer-arithmetic','100 - (12 - 5)*8')
ev('textbook','Calculate −14 − (−20) + 3 × (−2).','integer-arithmetic','-14 - (-20) + 3*(-2)')
# fractions
ev('textbook','Work out 3/8 + 5/12, giving your answer in its simplest form.','fraction-arithmetic','3/8 + 5/12')
ev('worksheet','Q3  $\\frac{7}{9} - \\frac{1}{6}$','fraction-arithmetic','7/9 - 1/6')
ev('student','how do you do 4/5 × 15/16','fraction-arithmetic','4/5*15/16')
ev('teacher','No calculators for this one: evaluate 2/3 ÷ 8/9 and simplify fully.','fraction-arithmetic','(2/3)/(8/9)')
ev('textbook','Evaluate 1 1/2 + 2 3/4.','fraction-arithmetic','3/2 + 11/4')
# percentages
ev('textbook','Find 15% of 360.','percentages','15/100*360','percentage')
ev('worksheet','5) 12.5% of 48 = ______','percentages','12.5/100*48','percentage')
ev('student','whats 35 percent of 80?','percentages','35/100*80','percentage')
ev('teacher','A quick one from the shop window: work out 40% of £65.','percentages','40/100*65','percentage')
ev('textbook','Calculate 7% of 250.','percentages','7/100*250','percentage')
# linear
sol('textbook','Solve 9y = 63.','linear-one-step','9y = 63','y')
sol('worksheet','(a)  p − 17 = 4','linear-one-step','p - 17 = 4','p')
sol('student','how do i get k on its own in k/6 = 7','linear-one-step','k/6 = 7','k')
sol('teacher','Solve for m: 12 = m + 19. Watch the sign of the answer.','linear-one-step','12 = m + 19','m')
sol('textbook','Find x when 4x = 10.','linear-one-step','4x = 10','x')
sol('textbook','Solve 7a − 5 = 30.','linear-two-step','7a - 5 = 30','a')
sol('worksheet','2)  3 + 5n = −22','linear-two-step','3 + 5n = -22','n')
sol('student','solve 0.2x + 1.4 = 3 pls','linear-two-step','0.2x + 1.4 = 3','x')
sol('teacher','On the board: 41 = 6t − 1. Solve it and check by substituting back.','linear-two-step','41 = 6t - 1','t')
sol('textbook','Solve −3w + 8 = 2.','linear-two-step','-3w + 8 = 2','w')
sol('textbook','Solve 5(x − 3) = 2x + 9.','linear-brackets','5(x - 3) = 2x + 9','x')
sol('worksheet','4.  2(3y + 1) − 4 = 16','linear-brackets','2(3y + 1) - 4 = 16','y')
sol('student','solve 4(2-n)=20 the minus inside the bracket confuses me','linear-brackets','4(2 - n) = 20','n')
sol('teacher','Expand the bracket first, then solve 3(2k + 5) = 4(k − 1).','linear-brackets','3(2k + 5) = 4(k - 1)','k')
sol('textbook','Solve 6 − (x + 2) = 10.','linear-brackets','6 - (x + 2) = 10','x')
sol('textbook','Solve 8x + 3 = 5x + 21.','linear-both-sides','8x + 3 = 5x + 21','x')
sol('worksheet','b)  2r − 9 = 7r + 11','linear-both-sides','2r - 9 = 7r + 11','r')
sol('student','14 - 3z = z + 2 what is z','linear-both-sides','14 - 3z = z + 2','z')
sol('teacher','Collect the d terms on one side: 1.5d + 4 = 0.5d + 10.','linear-both-sides','1.5d + 4 = 0.5d + 10','d')
sol('textbook','Solve 9 − 2q = 4q + 1.','linear-both-sides','9 - 2q = 4q + 1','q')
sol('textbook','Solve (x + 5)/3 = 4.','linear-fractions','(x + 5)/3 = 4','x')
sol('worksheet','Q6  $\\frac{n}{5} - 2 = 3$','linear-fractions','n/5 - 2 = 3','n')
sol('student','how to solve y/2 + y/3 = 10','linear-fractions','y/2 + y/3 = 10','y')
sol('teacher','Clear the denominators first: (2a − 1)/4 = 5/2.','linear-fractions','(2a - 1)/4 = 5/2','a')
sol('textbook','Solve x/4 + 1/2 = 3/8.','linear-fractions','x/4 + 1/2 = 3/8','x')
# rearrange
rea('textbook','Make r the subject of C = 2πr.'.replace('π','π'),'C = 2 pi r','r')
rea('worksheet','Rearrange a = F/m to make m the subject.','a = F/m','m')
rea('student','how do i make b the subject of y = ab + c','y = ab + c','b')
rea('teacher','The formula for the perimeter of a rectangle is P = 2(l + w). Rearrange it for w.','P = 2(l + w)','w')
rea('textbook','Make u the subject of s = (u + v)t/2.','s = (u + v)t/2','u')
# simplify
simp('textbook','Simplify 6p + 4q − 2p + 9q.','simplify-expression','6p + 4q - 2p + 9q')
simp('worksheet','3)  5(2x − 1) + 3(x + 4)','simplify-expression','5(2x - 1) + 3(x + 4)')
simp('student','simplify 7m - 3 - 4m + 10 please','simplify-expression','7m - 3 - 4m + 10')
simp('teacher','Collect like terms in 3a² + 2a − a² + 5a and tell me how many terms are left.','simplify-expression','3a^2 + 2a - a^2 + 5a')
simp('textbook','Simplify 4(y + 2) − 2(y − 3).','simplify-expression','4(y + 2) - 2(y - 3)')
# expand
simp('textbook','Expand (x + 6)(x + 2).','expand-brackets','(x + 6)(x + 2)','expand')
simp('worksheet','Expand and simplify: (3t − 1)(2t + 5)','expand-brackets','(3t - 1)(2t + 5)','expand')
simp('student','multiply out (y-4)^2','expand-brackets','(y - 4)^2','expand')
simp('teacher','Remove the brackets: 4m(3m − 7). Check your signs.','expand-brackets','4m(3m - 7)','expand')
simp('textbook','Expand (2a + 3b)(2a − 3b).','expand-brackets','(2a + 3b)(2a - 3b)','expand')
# factorise
fac('textbook','Factorise x² + 9x + 20.','x^2 + 9x + 20')
fac('worksheet','Factorise fully: 8y² − 18','8y^2 - 18')
fac('student','how do you factor x^2 - 2x - 15','x^2 - 2x - 15')
fac('teacher','Take out the highest common factor: 14n − 21.','14n - 21')
fac('textbook','Factorise 3x² + 10x + 8.','3x^2 + 10x + 8')
# exponents
simp('textbook','Simplify a^4 × a^7.','exponent-rules','a^4*a^7')
simp('worksheet','(c)  (3p²)³','exponent-rules','(3p^2)^3')
simp('student','simplify y^9 ÷ y^4','exponent-rules','y^9/y^4')
simp('teacher','Use the index laws to simplify 2x³ × 6x⁵.','exponent-rules','2x^3*6x^5')
simp('textbook','Simplify 20k^8 / (5k^3).','exponent-rules','20k^8/(5k^3)')
# derivatives
der('textbook','Differentiate 5x^4 − 3x^2 + 2x − 8 with respect to x.','derivative-power-rule','5x^4 - 3x^2 + 2x - 8')
der('worksheet','Find dy/dx when y = 2x^3 + 7x.','derivative-power-rule','2x^3 + 7x')
der('student','derivative of 6/x^2 ??','derivative-power-rule','6/x^2')
der('teacher','Find g′(t) for g(t) = t^5 − 4t^3.','derivative-power-rule','t^5 - 4t^3','t')
der('textbook','Differentiate y = √x + x^2.','derivative-power-rule','sqrt(x) + x^2')
der('textbook','Differentiate x^2 cos(x).','derivative-product-rule','x^2 cos(x)')
der('worksheet','d/dx [ x e^x ] =','derivative-product-rule','x e^x')
der('student','use the product rule on x^3 sin(x)','derivative-product-rule','x^3 sin(x)')
der('teacher','Product rule practice: find f′(x) when f(x) = (x + 1) e^x.','derivative-product-rule','(x + 1) e^x')
der('textbook','Differentiate x^4 e^x with respect to x.','derivative-product-rule','x^4 e^x')
der('textbook','Differentiate (2x − 5)^6.','derivative-chain-rule','(2x - 5)^6')
der('worksheet','Find dy/dx: y = cos(5x)','derivative-chain-rule','cos(5x)')
der('student','chain rule on e^(3x+2)??','derivative-chain-rule','e^(3x + 2)')
der('teacher','Differentiate (x² + 4)^5 — remember the derivative of the inside.','derivative-chain-rule','(x^2 + 4)^5')
der('textbook','Differentiate sin(2x + 1).','derivative-chain-rule','sin(2x + 1)')
# quadratics
sol('textbook','Solve x² = 81.','quadratic-square-root','x^2 = 81','x')
sol('worksheet','3)  2y² − 32 = 0','quadratic-square-root','2y^2 - 32 = 0','y')
sol('student','solve 5x^2 = 45','quadratic-square-root','5x^2 = 45','x')
sol('teacher','Solve t² + 6 = 31, giving both solutions.','quadratic-square-root','t^2 + 6 = 31','t')
sol('textbook','Solve x² = 20, leaving your answer in surd form.','quadratic-square-root','x^2 = 20','x')
sol('textbook','Solve x² + 7x + 12 = 0 by factorising.','quadratic-factoring','x^2 + 7x + 12 = 0','x')
sol('worksheet','(d)  n² − 5n − 14 = 0','quadratic-factoring','n^2 - 5n - 14 = 0','n')
sol('student','how to solve x^2 - 9x + 20 = 0','quadratic-factoring','x^2 - 9x + 20 = 0','x')
sol('teacher','Find the roots of x² + 2x − 24 by factorising.','quadratic-factoring','x^2 + 2x - 24 = 0','x')
sol('textbook','Solve 2x² − 7x + 3 = 0.','quadratic-factoring','2x^2 - 7x + 3 = 0','x')
sol('textbook','Use the quadratic formula to solve x² + 6x + 2 = 0.','quadratic-formula','x^2 + 6x + 2 = 0','x')
sol('worksheet','Solve using the formula: 2x² + 3x − 4 = 0','quadratic-formula','2x^2 + 3x - 4 = 0','x')
sol('student','quadratic formula on x^2 - 4x - 7 = 0 help','quadratic-formula','x^2 - 4x - 7 = 0','x')
sol('teacher','Solve 3m² − 2m − 2 = 0 with the formula; leave surds in your answer.','quadratic-formula','3m^2 - 2m - 2 = 0','m')
sol('textbook','Solve x² − 2x − 1 = 0, giving exact answers.','quadratic-formula','x^2 - 2x - 1 = 0','x')
# systems
sysm('textbook','Solve the simultaneous equations 3x + 2y = 16 and x − 2y = 0.','system-elimination','3x + 2y = 16','x - 2y = 0')
sysm('worksheet','Solve simultaneously:  5a + 3b = 21,  2a − 3b = 0','system-elimination','5a + 3b = 21','2a - 3b = 0')
sysm('student','how do i solve 2x + 3y = 12 and 3x + 2y = 13','system-elimination','2x + 3y = 12','3x + 2y = 13')
sysm('teacher','Eliminate one letter: 4p + q = 14 and 4p − 3q = 2.','system-elimination','4p + q = 14','4p - 3q = 2')
sysm('textbook','Solve the pair of equations 2m + 5n = 1 and 3m − 2n = 11.','system-elimination','2m + 5n = 1','3m - 2n = 11')
sysm('textbook','Solve y = 3x − 2 and 2x + y = 13 simultaneously.','system-substitution','y = 3x - 2','2x + y = 13')
sysm('worksheet','Substitution:  y = x + 4,  3x + y = 16','system-substitution','y = x + 4','3x + y = 16')
sysm('student','y = 2x + 1 and 4x - y = 5 solve','system-substitution','y = 2x + 1','4x - y = 5')
sysm('teacher','Where do the lines y = −x + 7 and y = 2x − 2 meet? Solve the simultaneous equations.','system-substitution','y = -x + 7','y = 2x - 2')
sysm('textbook','Solve x = 2y + 1 and 3x − 4y = 7.','system-substitution','x = 2y + 1','3x - 4y = 7')
# physics
phy('textbook','A cyclist covers 4.5 km in 15 minutes. Calculate her average speed in m/s.','speed',4500/900,'m/s')
phy('worksheet','d = 240 m, t = 32 s.  v = ?','speed',240/32,'m/s')
phy('student','a train goes at 50 m/s for 90 s how far does it go','speed',50*90,'m')
phy('teacher','Sound travels at 340 m/s. How long does it take to cover 1.7 km? Use v = d/t.','speed',1700/340,'s')
phy('textbook','A car speeds up from 8 m/s to 20 m/s in 4 s. Find its acceleration.','acceleration',3,'m/s^2')
phy('worksheet','u = 2 m/s, v = 14 m/s, t = 6 s.  a = ?','acceleration',2,'m/s^2')
phy('student','a bike goes from rest to 12 m/s in 5 s whats the acceleration','acceleration',2.4,'m/s^2')
phy('teacher','A sprinter reaches 9 m/s from a standing start in 3 s. Work out her acceleration.','acceleration',3,'m/s^2')
phy('textbook','A trolley starts at 3 m/s and accelerates at 2 m/s² for 5 s. Find its final velocity.','suvat',13,'m/s')
phy('worksheet','u = 0 m/s, a = 4 m/s², t = 3 s.  s = ?','suvat',18,'m')
phy('student','starts at 5 m/s, accelerates at 1.5 m/s^2 for 8 s, how fast is it going at the end','suvat',17,'m/s')
phy('teacher','A skier moving at 2 m/s accelerates at 3 m/s² over a displacement of 30 m. What is her final speed?','suvat',(4+180)**0.5,'m/s')
phy('textbook','A stone is dropped and falls for 2.5 s. How fast is it moving when it lands? Take g = 9.8 m/s².','free-fall',9.8*2.5,'m/s')
phy('worksheet','Dropped from rest, falls for t = 3 s.  Height fallen h = ?','free-fall',0.5*9.8*9,'m')
phy('student','a ball falls 20 m, how fast does it hit the ground? g = 9.8','free-fall',(2*9.8*20)**0.5,'m/s')
phy('teacher','A key slips from a balcony and falls for 1.5 s. Calculate the height it fell through (g = 9.8 m/s²).','free-fall',0.5*9.8*2.25,'m')
phy('textbook','A resultant force of 30 N acts on a 6 kg box. Calculate its acceleration.','newtons-second-law',5,'m/s^2')
phy('worksheet','m = 1200 kg, a = 2.5 m/s².  F = ?','newtons-second-law',3000,'N')
phy('student','what force makes a 50 kg sledge accelerate at 0.8 m/s^2','newtons-second-law',40,'N')
phy('teacher','A 2 kN force gives a small boat an acceleration of 4 m/s². What is the mass of the boat?','newtons-second-law',500,'kg')
phy('textbook','Calculate the weight of a 65 kg person on Earth (g = 9.8 N/kg).','weight',65*9.8,'N')
phy('worksheet','m = 2.5 kg, g = 9.8 N/kg.  W = ?','weight',2.5*9.8,'N')
phy('student','my dog weighs 147 N what is its mass','weight',147/9.8,'kg')
phy('teacher','A bag of potatoes has a mass of 5 kg. Work out its weight; take g as 9.8 N/kg.','weight',49,'N')
phy('textbook','A 10 kg crate is pulled across a level floor by a force of 60 N. The coefficient of friction is 0.3. Find its acceleration (g = 9.8 m/s²).','friction-level',(60-0.3*10*9.8)/10,'m/s^2')
phy('worksheet','Level floor: m = 20 kg, μ = 0.25, g = 9.8 m/s². Friction force f = ?','friction-level',0.25*20*9.8,'N')
phy('student','a 5 kg block on a flat table, coefficient of friction 0.4, whats the friction force','friction-level',0.4*5*9.8,'N')
phy('teacher','A 15 kg sled is pulled along level snow with a force of 80 N; the coefficient of friction is 0.2. Calculate the acceleration. Use g = 9.8 m/s².','friction-level',(80-0.2*15*9.8)/15,'m/s^2')
phy('textbook','A force of 25 N pushes a box 12 m. Calculate the work done.','work-done',300,'J')
phy('worksheet','F = 400 N, d = 3.5 m.  W = ?','work-done',1400,'J')
phy('student','1500 J of work is done by a 300 N force, how far did it move','work-done',5,'m')
phy('teacher','A crane does 36 kJ of work lifting with a force of 9000 N. Through what distance does it lift?','work-done',4,'m')
phy('textbook','Find the kinetic energy of a 0.5 kg ball moving at 12 m/s.','kinetic-energy',0.5*0.5*144,'J')
phy('worksheet','m = 1000 kg, v = 15 m/s.  Kinetic energy = ?','kinetic-energy',0.5*1000*225,'J')
phy('student','a 70 kg runner has 2520 J of kinetic energy, how fast','kinetic-energy',(2*2520/70)**0.5,'m/s')
phy('teacher','A 60 g tennis ball moves at 25 m/s. Calculate its kinetic energy.','kinetic-energy',0.5*0.06*625,'J')
phy('textbook','A 3 kg box is lifted onto a shelf 2 m high. Calculate the gain in gravitational potential energy (g = 9.8 N/kg).','potential-energy',3*9.8*2,'J')
phy('worksheet','m = 50 kg, h = 12 m, g = 9.8 N/kg.  GPE = ?','potential-energy',50*9.8*12,'J')
phy('student','a 2 kg book gains 39.2 J of potential energy, how high was it lifted (g=9.8)','potential-energy',2,'m')
phy('teacher','A 70 kg climber climbs 300 m up a cliff. Work out her gain in potential energy, with g = 9.8 N/kg.','potential-energy',70*9.8*300,'J')
phy('textbook','A motor transfers 6000 J of energy in 20 s. Calculate its power.','power',300,'W')
phy('worksheet','P = 2 kW, t = 90 s.  Energy transferred E = ?','power',180000,'J')
phy('student','how long does a 500 W heater take to transfer 15000 J of energy','power',30,'s')
phy('teacher','A kettle transfers 240 kJ of energy in 2 minutes. What is its power?','power',2000,'W')
phy('textbook','Calculate the momentum of a 1500 kg car travelling at 20 m/s.','momentum',30000,'kg m/s')
phy('worksheet','m = 0.16 kg, v = 30 m/s.  p = ?','momentum',4.8,'kg m/s')
phy('student','a 4 kg ball has a momentum of 24 kg m/s how fast is it going','momentum',6,'m/s')
phy('teacher','A 75 kg skater glides at 8 m/s. Work out the skater’s momentum.','momentum',600,'kg m/s')
phy('textbook','A force of 400 N acts on a football for 0.02 s. Calculate the impulse.','impulse',8,'N s')
phy('worksheet','F = 1200 N, t = 0.05 s.  J = ?','impulse',60,'N s')
phy('student','impulse is 15 N s and the contact time is 0.03 s, whats the force','impulse',500,'N')
phy('teacher','A hammer exerts 2 kN on a nail for 0.004 s. What impulse does it give?','impulse',8,'N s')
phy('textbook','A block of mass 5.4 kg has a volume of 0.002 m³. Calculate its density.','density',2700,'kg/m^3')
phy('worksheet','ρ = 800 kg/m³, V = 0.5 m³.  m = ?','density',400,'kg')
phy('student','density of oil is 900 kg/m^3, mass 45 kg, what volume','density',0.05,'m^3')
phy('teacher','An ice cube of mass 0.092 kg takes up 0.0001 m³. Work out the density of ice.','density',920,'kg/m^3')
phy('textbook','A force of 600 N acts on an area of 0.2 m². Calculate the pressure.','pressure',3000,'Pa')
phy('worksheet','p = 50 kPa, A = 0.04 m².  F = ?','pressure',2000,'N')
phy('student','a 900 N person stands on 0.03 m^2 of floor, whats the pressure','pressure',30000,'Pa')
phy('teacher','A table leg pushes down with 120 N on an area of 4 cm². Calculate the pressure under the leg in pascals.','pressure',300000,'Pa')
phy('textbook','A current of 0.5 A flows through a 24 Ω resistor. Calculate the potential difference across it.','ohms-law',12,'V')
phy('worksheet','V = 230 V, R = 46 Ω.  I = ?','ohms-law',5,'A')
phy('student','12 V battery and 3 A current whats the resistance','ohms-law',4,'ohm')
phy('teacher','A lamp takes 250 mA from a 6 V supply. Work out its resistance.','ohms-law',24,'ohm')
phy('textbook','Two resistors of 8 Ω and 12 Ω are connected in series. Find the total resistance.','resistors',20,'ohm')
phy('worksheet','Parallel: R1 = 6 Ω, R2 = 3 Ω.  Total resistance R = ?','resistors',2,'ohm')
phy('student','resistors 10 ohm and 40 ohm in parallel whats the total resistance','resistors',8,'ohm')
phy('teacher','A 220 Ω and a 330 Ω resistor are wired in series in a sensor circuit. What is their combined resistance?','resistors',550,'ohm')
phy('textbook','A heater draws 10 A from a 230 V supply. Calculate its power.','electrical-power',2300,'W')
phy('worksheet','P = 60 W, V = 12 V.  I = ?','electrical-power',5,'A')
phy('student','current 2 A through a 15 ohm resistor, what power','electrical-power',60,'W')
phy('teacher','A phone charger works at 5 V and takes a current of 2.4 A. Work out its power.','electrical-power',12,'W')
phy('textbook','A wave has a frequency of 50 Hz and a wavelength of 6.8 m. Calculate its speed.','wave-speed',340,'m/s')
phy('worksheet','v = 1500 m/s, f = 300 Hz.  λ = ?','wave-speed',5,'m')
phy('student','wave speed 3 m/s and wavelength 0.6 m whats the frequency','wave-speed',5,'Hz')
phy('teacher','Ripples in a tank have a wavelength of 1.5 cm and a frequency of 12 Hz. Calculate their speed.','wave-speed',0.18,'m/s')
# out of scope
for st,t,topic in [
 ('textbook','Integrate 4x^3 with respect to x.','integration'),('worksheet','∫ (2x + 1) dx =','integration'),
 ('textbook','Solve 3x − 4 < 11.','inequality'),('student','solve 2x+5 > 9','inequality'),
 ('textbook','Solve sin(x) = 0.5 for 0 ≤ x ≤ 360°.','trig-equation'),('textbook','Solve 2^x = 32.','exponential-equation'),
 ('textbook','Solve log(x) = 3.','logarithm'),('textbook','Solve x³ − 7x + 6 = 0.','cubic'),
 ('worksheet','Find the mean of 4, 8, 15, 16, 23 and 42.','statistics'),('student','whats the probability of rolling two sixes','probability'),
 ('textbook','Find the area of a triangle with base 8 cm and height 5 cm.','geometry'),('teacher','Find the missing angle in a triangle with angles 50° and 60°.','geometry'),
 ('textbook','Prove that the sum of two odd numbers is even.','proof'),('textbook','Find the determinant of the matrix [[2, 1], [3, 4]].','matrices'),
 ('textbook','Find the limit of (x² − 1)/(x − 1) as x tends to 1.','limits'),('worksheet','Write down the nth term of 3, 7, 11, 15, …','sequences'),
 ('textbook','A ball is kicked at 15 m/s at 40° above the horizontal. Find its range.','projectile'),
 ('teacher','Two trolleys collide: 2 kg at 3 m/s hits a stationary 1 kg trolley and they stick together. Find their common velocity.','collision'),
 ('textbook','A 4 kg block slides down a 30° slope with friction coefficient 0.2. Find its acceleration.','inclined-plane'),
 ('textbook','Three resistors of 2 Ω, 3 Ω and 6 Ω are connected in parallel. Find the total resistance.','three-resistors'),
 ('textbook','How much energy is needed to heat 2 kg of water by 10 °C? The specific heat capacity of water is 4200 J/kg °C.','specific-heat'),
 ('student','what is the moment of a 20 N force 0.5 m from the pivot','moments'),
 ('textbook','Balance the equation H2 + O2 → H2O.','chemistry'),('teacher','Write a paragraph explaining why the sky is blue.','essay'),
 ('textbook','Find the focal length of a lens that forms an image 30 cm away from an object 20 cm away.','optics'),
 ('textbook','Find the gradient of the line through (1, 2) and (4, 11).','coordinate-geometry'),
 ('textbook','Find the second derivative of x^4.','second-derivative'),('worksheet','Find the stationary points of y = x^3 − 3x.','stationary-points'),
 ('textbook','Increase £80 by 15%.','percentage-change'),('student','what is 18 as a percentage of 72','percentage-of'),
 ('textbook','Share £60 in the ratio 2 : 3.','ratio'),('textbook','Find the highest common factor of 36 and 48.','hcf'),
 ('teacher','Convert 0.375 to a fraction and explain your method.','conversion'),('textbook','Find the compound interest on £500 at 4% for 3 years.','interest'),
 ('textbook','Sketch the graph of y = x² − 4.','graphs'),('student','how do i find the volume of a cylinder radius 3 height 10','geometry'),
 ]: oos(st,t,topic)
with open('/work/wt/reader/models/eval/reader-set.jsonl','w') as f:
    for i,it in enumerate(items):
        it={'id':'rs-%03d'%(i+1),**it}
        f.write(json.dumps(it,ensure_ascii=False)+'\n')
print(len(items), sum(1 for i in items if i['family']), sum(1 for i in items if not i['family']))
