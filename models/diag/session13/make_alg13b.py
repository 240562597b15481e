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

add('student', 'whats 7 - 3 * (2 - 6)', 'integer-arithmetic', 'evaluate', '7 - 3*(2 - 6)')
add('textbook', 'Calculate 3/5 − 9/10.', 'fraction-arithmetic', 'evaluate', '3/5 - 9/10')
add('teacher', 'In a year group of 160 students, 45% have a pet. How many students have a pet?', 'percentages', 'percentage', '45*160/100')
add('worksheet', 'A coat is £120. It is reduced by 30% in a sale. Find the sale price.', 'percentages', 'percentage', '120*70/100')
add('textbook', "A club's membership grew from 2 400 to 2 760. Find the percentage increase.", 'percentages', 'percentage', '(2760-2400)*100/2400')
add('student', '15 = k + 9 solve', 'linear-one-step', 'solve', '15 = k + 9', 'k')
add('textbook', 'Solve 35 = 7 + 4r.', 'linear-two-step', 'solve', '35 = 7 + 4r', 'r')
add('worksheet', '−9 = 3 − 2p', 'linear-two-step', 'solve', '-9 = 3 - 2p', 'p')
add('teacher', 'Solve 6(d − 2) = 3d. Multiply out the bracket first.', 'linear-brackets', 'solve', '6(d - 2) = 3d', 'd')
add('textbook', 'Solve 5 − 3u = u + 17.', 'linear-both-sides', 'solve', '5 - 3u = u + 17', 'u')
add('worksheet', '(y − 4)/3 = 5', 'linear-fractions', 'solve', '(y - 4)/3 = 5', 'y')
add('student', 'solve (3n + 1)/2 = (n + 7)/4', 'linear-fractions', 'solve', '(3n + 1)/2 = (n + 7)/4', 'n')
add('textbook', 'Make r the subject of the formula V = √(r/k).', 'rearrange-formula', 'rearrange', 'V = sqrt(r/k)', 'r')
add('teacher', 'The speed of a wave on a string is v = √(T/μ). Rearrange to make T the subject.', 'rearrange-formula', 'rearrange', 'v = sqrt(T/mu)', 'T')
add('worksheet', 'Write b² + 3b − 28 as a product of two brackets.', 'factorise-quadratic', 'factorise', 'b^2 + 3b - 28', form='factored')
add('textbook', 'Solve (t − 2)² = 11, leaving your answers in surd form.', 'quadratic-square-root', 'solve', '(t - 2)^2 = 11', 't')
add('student', 'solve 3(x+1)^2 = 24', 'quadratic-square-root', 'solve', '3(x + 1)^2 = 24', 'x')
add('textbook', 'Find the roots of 2w² − 7w + 3 = 0.', 'quadratic-factoring', 'solve', '2w^2 - 7w + 3 = 0', 'w')
add('teacher', 'Solve y² + 4y − 1 = 0 using the formula. Leave surds in your answer.', 'quadratic-formula', 'solve', 'y^2 + 4y - 1 = 0', 'y')
add('worksheet', 'Solve simultaneously:  4p + q = 14,  2p − q = 4', 'system-elimination', 'solve-system', '4p + q = 14; 2p - q = 4', 'p,q')
add('textbook', 'Expand (3a − 2)(a + 5).', 'expand-brackets', 'expand', '(3a - 2)(a + 5)', form='expanded')
add('student', 'differentiate (5x - 1)^3', 'derivative-chain-rule', 'differentiate', '(5x - 1)^3', 'x')
add('teacher', 'Dev says that 12 − 8 ÷ 4 is 1. Work out the correct value.', 'integer-arithmetic', 'evaluate', '12 - 8/4')
add('textbook', 'Solve 2x³ = 54.', None, None, None, out='cubic')
add('student', 'solve 4 - x < 9', None, None, None, out='inequality')
add('textbook', 'Find ∫ (2x + 1) dx.', None, None, None, out='integration')
add('worksheet', 'Solve  ln(x) = 2', None, None, None, out='logarithm-equation')
add('teacher', 'After a 25% discount a lamp costs £36. Find its original price.', None, None, None, out='reverse-percentage')
out = []
for i, it in enumerate(ITEMS, 1):
    d = {'id': 'a13b-%03d' % i, 'style': it['style'], 'text': it['text'], 'family': it['family'], 'task': it['task'],
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
with open('/work/notes/diag13/alg13-b.jsonl', 'w') as f:
    for d in out: f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(out), 'items', sum(1 for d in out if d['family'] is None), 'out of scope')
