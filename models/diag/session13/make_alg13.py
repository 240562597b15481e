"""Writes alg13.jsonl: hand-written algebra/number problems (texts written by hand here), answers by sympy."""
import json, sympy as sp
from sympy.parsing.sympy_parser import parse_expr, standard_transformations, implicit_multiplication_application, convert_xor

T = standard_transformations + (implicit_multiplication_application, convert_xor)
LOC = {'e': sp.E, 'pi': sp.pi}

def P(s, syms=()):
    loc = dict(LOC)
    for c in syms: loc[c] = sp.Symbol(c)
    return parse_expr(s, transformations=T, local_dict=loc)

def eng(e):
    if e.has(sp.Float): e = sp.nsimplify(e, rational=True)
    return str(e).replace('**', '^').replace('log(', 'ln(').replace('exp(', 'e^(')

def eq(s):
    l, r = s.split('=')
    return sp.Eq(P(l), P(r))

ITEMS = []
def add(style, text, family, task, start, unknown=None, form=None, out=None):
    ITEMS.append(dict(style=style, text=text, family=family, task=task, start=start, unknown=unknown, form=form, topic=out))

# integer / decimal / powers arithmetic
add('textbook', 'Work out the value of −8 × (3 − 11) ÷ 4.', 'integer-arithmetic', 'evaluate', '-8*(3 - 11)/4')
add('student', 'whats 45 - 7*6 + 2^3', 'integer-arithmetic', 'evaluate', '45 - 7*6 + 2^3')
add('worksheet', '3)  Evaluate  (−3)² − 4 × 5', 'integer-arithmetic', 'evaluate', '(-3)^2 - 4*5')
add('teacher', 'Without a calculator, and remembering the order of operations, find 18 − 24 ÷ (2 + 4) × 3.', 'integer-arithmetic', 'evaluate', '18 - 24/(2 + 4)*3')
add('worksheet', 'Calculate 0.6 × 0.35 − 1.2', 'integer-arithmetic', 'evaluate', '0.6*0.35 - 1.2')
add('textbook', 'Evaluate 16^(1/2) + 27^(2/3).', 'integer-arithmetic', 'evaluate', '16^(1/2) + 27^(2/3)')
add('student', 'what is -15 + 6 - (-4)', 'integer-arithmetic', 'evaluate', '-15 + 6 - (-4)')
add('teacher', 'Bea says that 2 + 3 × 4 is 20. Work out the correct value.', 'integer-arithmetic', 'evaluate', '2 + 3*4')
# fractions
add('textbook', 'Calculate 2/3 − 5/4, giving your answer as a fraction in its lowest terms.', 'fraction-arithmetic', 'evaluate', '2/3 - 5/4')
add('worksheet', 'Work out 1½ + 2¾', 'fraction-arithmetic', 'evaluate', '3/2 + 11/4')
add('student', 'what is 3/8 of 56', 'fraction-arithmetic', 'evaluate', '3/8*56')
add('teacher', r'Multiply the fractions and simplify fully: $\frac{4}{9} \times \frac{15}{8}$', 'fraction-arithmetic', 'evaluate', '4/9*15/8')
add('textbook', 'A recipe needs 3/4 of a cup of sugar for one cake. How much sugar is needed for 2/3 of a cake?', 'fraction-arithmetic', 'evaluate', '3/4*2/3')
add('worksheet', '5/6 ÷ 10/9 =', 'fraction-arithmetic', 'evaluate', '(5/6)/(10/9)')
add('student', '1/4 - 5/6 = ?', 'fraction-arithmetic', 'evaluate', '1/4 - 5/6')
# percentages
add('textbook', 'Find 35% of 260.', 'percentages', 'percentage', '35*260/100')
add('teacher', 'A jacket costs £80. In a sale the price is reduced by 15%. What is the sale price?', 'percentages', 'percentage', '80*(100 - 15)/100')
add('worksheet', 'What percentage is 18 out of 72?', 'percentages', 'percentage', '18*100/72')
add('textbook', "A town's population rose from 12 500 to 14 000. Find the percentage increase.", 'percentages', 'percentage', '(14000 - 12500)*100/12500')
add('teacher', 'A school sold 340 tickets for its play and 35% of them were bought by teachers. How many tickets did teachers buy?', 'percentages', 'percentage', '35*340/100')
add('student', 'increase 240 by 40 percent', 'percentages', 'percentage', '240*140/100')
add('worksheet', 'Express 27 as a percentage of 60.', 'percentages', 'percentage', '27*100/60')
add('teacher', 'Kwame scored 42 out of 56 in his test. What was his percentage score?', 'percentages', 'percentage', '42*100/56')
# linear one-step
add('textbook', 'Solve 7 = y − 12.', 'linear-one-step', 'solve', '7 = y - 12', 'y')
add('worksheet', 'Solve for k:   −4k = 30', 'linear-one-step', 'solve', '-4k = 30', 'k')
add('student', 'p/6 = -3 how do i get p', 'linear-one-step', 'solve', 'p/6 = -3', 'p')
add('teacher', 'Which value of m makes m + 2.5 = 1.1 true?', 'linear-one-step', 'solve', 'm + 2.5 = 1.1', 'm')
# linear two-step
add('textbook', 'Solve 3t − 8 = 13.', 'linear-two-step', 'solve', '3t - 8 = 13', 't')
add('worksheet', '20 = 5 + 3n', 'linear-two-step', 'solve', '20 = 5 + 3n', 'n')
add('teacher', 'I think of a number, multiply it by 4 and subtract 9. The answer is 31. What was my number?', 'linear-two-step', 'solve', '4x - 9 = 31', 'x')
add('student', '0.5x + 3 = 11 solve pls', 'linear-two-step', 'solve', '0.5x + 3 = 11', 'x')
add('textbook', 'Find the value of w if 11 − 2w = 4.', 'linear-two-step', 'solve', '11 - 2w = 4', 'w')
# linear brackets
add('textbook', 'Solve 4(2w − 3) = 20.', 'linear-brackets', 'solve', '4(2w - 3) = 20', 'w')
add('worksheet', 'Solve:  −2(b + 5) = 9', 'linear-brackets', 'solve', '-2(b + 5) = 9', 'b')
add('student', 'how do i solve 5(x-1) - 2(x+3) = 10', 'linear-brackets', 'solve', '5(x - 1) - 2(x + 3) = 10', 'x')
add('teacher', 'Expand the brackets first, then solve: 3(2 − q) = q + 18. Check your answer by substituting it back.', 'linear-brackets', 'solve', '3(2 - q) = q + 18', 'q')
# linear both sides
add('textbook', 'Solve 7c + 4 = 3c − 12.', 'linear-both-sides', 'solve', '7c + 4 = 3c - 12', 'c')
add('worksheet', '2.5h − 1 = h + 5.  h = ?', 'linear-both-sides', 'solve', '2.5h - 1 = h + 5', 'h')
add('student', 'how do u solve 9 - 2x = 4x + 1', 'linear-both-sides', 'solve', '9 - 2x = 4x + 1', 'x')
add('teacher', 'Find the value of z for which 6z − 5 = 2z + 7. Collect the z terms on the left.', 'linear-both-sides', 'solve', '6z - 5 = 2z + 7', 'z')
add('textbook', 'Solve 3(a + 1) = 5a − 9 for a.', 'linear-both-sides', 'solve', '3(a + 1) = 5a - 9', 'a')
# linear fractions
add('teacher', r'Solve $\frac{a}{3} - 4 = 2$', 'linear-fractions', 'solve', 'a/3 - 4 = 2', 'a')
add('textbook', 'Solve (x + 5)/4 = 3.', 'linear-fractions', 'solve', '(x + 5)/4 = 3', 'x')
add('worksheet', '(2m − 1)/3 = (m + 4)/2', 'linear-fractions', 'solve', '(2m - 1)/3 = (m + 4)/2', 'm')
add('student', 'x/2 + x/3 = 10 whats x', 'linear-fractions', 'solve', 'x/2 + x/3 = 10', 'x')
add('textbook', 'Solve 2y/5 + 1 = 7.', 'linear-fractions', 'solve', '2y/5 + 1 = 7', 'y')
# rearrange
add('textbook', 'The period of a pendulum is T = 2π√(l/g). Make l the subject of the formula.', 'rearrange-formula', 'rearrange', 'T = 2pi sqrt(l/g)', 'l')
add('textbook', 'Rearrange v² = u² + 2as to make s the subject.', 'rearrange-formula', 'rearrange', 'v^2 = u^2 + 2a s', 's')
add('student', 'make x the subject y = mx + c', 'rearrange-formula', 'rearrange', 'y = m x + c', 'x')
add('worksheet', 'P = 2(l + w).   Make w the subject.', 'rearrange-formula', 'rearrange', 'P = 2(l + w)', 'w')
add('teacher', 'The Fahrenheit formula is F = 9C/5 + 32. Rearrange it to give C in terms of F.', 'rearrange-formula', 'rearrange', 'F = 9C/5 + 32', 'C')
add('textbook', 'Make h the subject of V = (1/3)πr²h.', 'rearrange-formula', 'rearrange', 'V = (1/3) pi r^2 h', 'h')
add('student', 'rearrange E = mc^2 for m', 'rearrange-formula', 'rearrange', 'E = m c^2', 'm')
# simplify
add('textbook', 'Simplify 5a + 3b − 2a + 7b.', 'simplify-expression', 'simplify', '5a + 3b - 2a + 7b')
add('worksheet', 'Simplify fully:  4x² − 3x + 2x² + 8x − 1', 'simplify-expression', 'simplify', '4x^2 - 3x + 2x^2 + 8x - 1')
add('student', 'simplify 3(2y+1) - 4y', 'simplify-expression', 'simplify', '3(2y + 1) - 4y')
add('teacher', 'Collect like terms: 2pq + 5p − 7pq + p', 'simplify-expression', 'simplify', '2p q + 5p - 7p q + p')
# expand
add('textbook', 'Expand (x + 4)(x − 9).', 'expand-brackets', 'expand', '(x + 4)(x - 9)', form='expanded')
add('worksheet', 'Expand and simplify  (2t − 3)²', 'expand-brackets', 'expand', '(2t - 3)^2', form='expanded')
add('student', 'multiply out 3k(k - 5)', 'expand-brackets', 'expand', '3k(k - 5)', form='expanded')
add('teacher', 'Remove the brackets: −2(4 − 3m). Watch the signs!', 'expand-brackets', 'expand', '-2(4 - 3m)', form='expanded')
# factorise
add('textbook', 'Factorise x² + 7x + 12.', 'factorise-quadratic', 'factorise', 'x^2 + 7x + 12', form='factored')
add('worksheet', 'Factorise completely:  y² − 49', 'factorise-quadratic', 'factorise', 'y^2 - 49', form='factored')
add('student', 'factor 2x^2 + 5x - 3', 'factorise-quadratic', 'factorise', '2x^2 + 5x - 3', form='factored')
add('teacher', 'Write a² − 6a − 16 as a product of two brackets.', 'factorise-quadratic', 'factorise', 'a^2 - 6a - 16', form='factored')
# exponent rules
add('textbook', 'Simplify a⁵ × a³.', 'exponent-rules', 'simplify', 'a^5*a^3')
add('worksheet', 'Simplify  (x^4)^3 ÷ x^5', 'exponent-rules', 'simplify', '(x^4)^3/x^5')
add('student', 'simplify (3p^2)^3', 'exponent-rules', 'simplify', '(3p^2)^3')
add('teacher', 'Using the laws of indices, write m^7 ÷ m^2 as a single power.', 'exponent-rules', 'simplify', 'm^7/m^2')
# derivatives
add('textbook', 'Differentiate y = 4x³ − 5x² + 2x − 7.', 'derivative-power-rule', 'differentiate', '4x^3 - 5x^2 + 2x - 7', 'x')
add('student', 'd/dx of 6x^5 - x', 'derivative-power-rule', 'differentiate', '6x^5 - x', 'x')
add('worksheet', 'f(t) = 3t⁴ − 2/t.   Find f′(t).', 'derivative-power-rule', 'differentiate', '3t^4 - 2/t', 't')
add('teacher', 'Find dy/dx for y = x^(3/2) + 5. Write the power as a fraction first.', 'derivative-power-rule', 'differentiate', 'x^(3/2) + 5', 'x')
add('textbook', 'Differentiate x² sin x.', 'derivative-product-rule', 'differentiate', 'x^2 sin(x)', 'x')
add('teacher', 'Use the product rule to differentiate y = (3x + 1)e^x.', 'derivative-product-rule', 'differentiate', '(3x + 1) e^x', 'x')
add('student', 'derivative of t^3 ln t', 'derivative-product-rule', 'differentiate', 't^3 ln(t)', 't')
add('textbook', 'Differentiate y = (2x − 5)⁴.', 'derivative-chain-rule', 'differentiate', '(2x - 5)^4', 'x')
add('worksheet', 'y = √(x² + 1).   dy/dx = ?', 'derivative-chain-rule', 'differentiate', 'sqrt(x^2 + 1)', 'x')
add('student', 'differentiate sin(3x^2)', 'derivative-chain-rule', 'differentiate', 'sin(3x^2)', 'x')
add('teacher', 'Differentiate e^(−4u) with respect to u. Remember the chain rule.', 'derivative-chain-rule', 'differentiate', 'e^(-4u)', 'u')
# quadratics
add('textbook', 'Solve (x + 3)² = 7, giving your answers in surd form.', 'quadratic-square-root', 'solve', '(x + 3)^2 = 7', 'x')
add('worksheet', 'Solve  2y² = 50', 'quadratic-square-root', 'solve', '2y^2 = 50', 'y')
add('teacher', 'Find the roots of x² − 20 = 0. Leave them as simplified surds.', 'quadratic-square-root', 'solve', 'x^2 - 20 = 0', 'x')
add('student', 'k^2 = 9/16 solve', 'quadratic-square-root', 'solve', 'k^2 = 9/16', 'k')
add('textbook', 'Solve (2a − 1)² = 25.', 'quadratic-square-root', 'solve', '(2a - 1)^2 = 25', 'a')
add('textbook', 'Solve x² − 5x + 6 = 0 by factorising.', 'quadratic-factoring', 'solve', 'x^2 - 5x + 6 = 0', 'x')
add('teacher', 'Find the roots of n² + 4n = 21.', 'quadratic-factoring', 'solve', 'n^2 + 4n = 21', 'n')
add('worksheet', 'Solve:  3m² = 12m', 'quadratic-factoring', 'solve', '3m^2 = 12m', 'm')
add('student', 'x^2 = x + 12 find x', 'quadratic-factoring', 'solve', 'x^2 = x + 12', 'x')
add('textbook', 'Use the quadratic formula to solve 2x² + 3x − 4 = 0.', 'quadratic-formula', 'solve', '2x^2 + 3x - 4 = 0', 'x')
add('worksheet', 'Solve t² − 6t + 4 = 0, leaving your answers in surd form.', 'quadratic-formula', 'solve', 't^2 - 6t + 4 = 0', 't')
add('teacher', 'Solve 5p² + p − 1 = 0. Give your answers to 2 decimal places.', 'quadratic-formula', 'solve', '5p^2 + p - 1 = 0', 'p')
add('student', 'solve x^2 + 2x = 5 using the formula', 'quadratic-formula', 'solve', 'x^2 + 2x = 5', 'x')
# systems
add('textbook', 'Solve the simultaneous equations 3x + 2y = 16 and x − 2y = 0.', 'system-elimination', 'solve-system', '3x + 2y = 16; x - 2y = 0', 'x,y')
add('worksheet', 'Solve:\n2a + 3b = 7\n4a − 3b = 5', 'system-elimination', 'solve-system', '2a + 3b = 7; 4a - 3b = 5', 'a,b')
add('student', '5x + y = 3 and 2x - y = 4 solve simultaneous', 'system-elimination', 'solve-system', '5x + y = 3; 2x - y = 4', 'x,y')
add('teacher', 'Solve y = 2x − 1 and 3x + y = 14 by substituting the first equation into the second.', 'system-substitution', 'solve-system', 'y = 2x - 1; 3x + y = 14', 'x,y')
add('textbook', 'Use substitution to solve m = n + 4, 2m + 3n = 23.', 'system-substitution', 'solve-system', 'm = n + 4; 2m + 3n = 23', 'm,n')
add('student', 'x = 3y and x + y = 12 find x and y', 'system-substitution', 'solve-system', 'x = 3y; x + y = 12', 'x,y')
# out of scope, close to the families
add('textbook', 'Solve x³ − 6x² + 11x − 6 = 0.', None, None, None, out='cubic')
add('worksheet', 'Solve  3x − 5 > 7', None, None, None, out='inequality')
add('textbook', 'Solve log₂(x) = 5.', None, None, None, out='logarithm-equation')
add('student', 'integrate 3x^2 dx', None, None, None, out='integration')
add('textbook', 'Find the highest common factor of 84 and 120.', None, None, None, out='hcf')
add('worksheet', 'Solve  2^x = 32', None, None, None, out='exponential-equation')
add('teacher', 'Differentiate y = (x + 1)/(x − 1) using the quotient rule.', None, None, None, out='quotient-rule')
add('student', 'solve |2x - 3| = 7', None, None, None, out='absolute-value')
add('textbook', 'Solve the simultaneous equations x + y + z = 6, x − y = 1 and y + z = 5.', None, None, None, out='three-unknowns')
add('teacher', 'After a 20% increase a bike costs £96. What was the price before the increase?', None, None, None, out='reverse-percentage')
add('textbook', 'Solve sin x = 0.5 for 0° ≤ x ≤ 360°.', None, None, None, out='trig-equation')
add('student', 'whats the second derivative of x^4', None, None, None, out='second-derivative')
add('worksheet', 'Solve  x⁴ − 5x² + 4 = 0', None, None, None, out='quartic')
add('teacher', 'Find the lowest common multiple of 12 and 18.', None, None, None, out='lcm')

out = []
for i, it in enumerate(ITEMS, 1):
    d = {'id': 'a13-%03d' % i, 'style': it['style'], 'text': it['text'], 'family': it['family'], 'task': it['task'],
         'start': it['start'], 'unknown': it['unknown']}
    task, s, u = it['task'], it['start'], it['unknown']
    if task is None:
        d['answer'] = None; d['topic'] = it['topic']
    elif task in ('evaluate', 'percentage'):
        v = sp.nsimplify(P(s), rational=True)
        d['answer'] = {'kind': 'numeric', 'value': eng(v)}
    elif task == 'solve':
        e = eq(s); x = sp.Symbol(u)
        sol = sp.solve(e, x)
        if it['family'].startswith('quadratic'):
            d['answer'] = {'kind': 'set', 'value': ', '.join('%s = %s' % (u, eng(r)) for r in sol)}
        else:
            assert len(sol) == 1, s
            d['answer'] = {'kind': 'equation', 'value': '%s = %s' % (u, eng(sol[0]))}
    elif task == 'rearrange':
        e = eq(s); x = sp.Symbol(u)
        sol = sp.solve(e, x)
        sol = [r for r in sol if not (r.could_extract_minus_sign())] or sol
        d['answer'] = {'kind': 'equation', 'value': '%s = %s' % (u, eng(sol[0]))}
    elif task == 'solve-system':
        a, b = s.split(';'); xs = u.split(',')
        sol = sp.solve([eq(a), eq(b)], [sp.Symbol(c) for c in xs], dict=True)[0]
        d['answer'] = {'kind': 'system', 'values': {c: eng(sol[sp.Symbol(c)]) for c in xs}}
    elif task == 'differentiate':
        d['answer'] = {'kind': 'expression', 'value': eng(sp.diff(P(s), sp.Symbol(u)))}
    else:
        e = P(s)
        v = {'simplify': sp.simplify(e), 'expand': sp.expand(e), 'factorise': sp.factor(e)}[task]
        d['answer'] = {'kind': 'expression', 'value': eng(v)}
        if it['form']: d['answer']['form'] = it['form']
    out.append(d)
with open('/work/notes/diag13/alg13.jsonl', 'w') as f:
    for d in out: f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(out), 'items', sum(1 for d in out if d['family'] is None), 'out of scope')
