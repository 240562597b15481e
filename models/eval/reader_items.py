"""Shared helpers of make_reader_set.py and make_reader_heldout.py: each problem's expected answer is computed
by sympy from its start, independently of the Stepwise engine; write() numbers the items and writes the JSONL."""
import json
from pathlib import Path

import sympy as sp
from sympy.parsing.sympy_parser import parse_expr, standard_transformations, implicit_multiplication_application, convert_xor
T = standard_transformations + (implicit_multiplication_application, convert_xor)
SYMBOLS = {"E": sp.Symbol("E"), "S": sp.Symbol("S"), "N": sp.Symbol("N"), "I": sp.Symbol("I"), "e": sp.E}
def P(s): return parse_expr(s.replace("√","sqrt"), transformations=T, local_dict=SYMBOLS)
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


def write(name, prefix):
    """Writes the items to models/eval/NAME (beside this file), ids PREFIX-001 …; prints the counts."""
    with open(Path(__file__).with_name(name), 'w') as f:
        for i, it in enumerate(items):
            f.write(json.dumps({'id': '%s-%03d' % (prefix, i + 1), **it}, ensure_ascii=False) + '\n')
    print(len(items), sum(1 for i in items if i['family']), sum(1 for i in items if not i['family']))
