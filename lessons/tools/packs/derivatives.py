"""Introduction to derivatives (issue 19): statements written for Stepwise.

Polynomials, x^n times sin/cos/e^x and (ax + b)^n come from the derivative-power-rule, derivative-product-rule and
derivative-chain-rule solver families; single powers, negative and fractional powers, other products and chains have
an authored worked solution (every line is checked against the true derivative). Gradient-at-a-point problems have a
numeric answer; their authored working starts where the derivative has been found and x substituted (the engine checks
that arithmetic; the derivative itself is what the hints and the sibling problems practise).
"""
from packs_src import A, C, P

POWER, PRODUCT, CHAIN, POINT = "power-rule", "product-rule", "chain-rule", "gradient-at-a-point"


def d(value):
    return {"kind": "expression", "value": value}


def poly(a, n, b, m, c):
    return {"a": a, "n": n, "b": b, "m": m, "c": c, "fn": "sin"}


def prod(n, fn):
    return {"a": "2", "b": "1", "c": "1", "n": n, "m": "2", "fn": fn}


def chain(k, b, n):
    return {"a": k, "b": b, "c": "1", "n": n, "m": "2", "fn": "sin"}


PACK = {
    "file": "derivatives.json", "id": "derivatives-1", "prefix": "der",
    "title": "Introduction to derivatives", "subject": "math", "level": "Ages 16-17",
    "description": "The gradient function: the power rule term by term, the product rule, the chain rule, and the "
                   "gradient of a curve at a point.",
    "skills": [
        {"id": POWER, "title": "Power rule", "description": "d/dx x^n = n x^(n-1), term by term; constants give 0."},
        {"id": PRODUCT, "title": "Product rule", "description": "(uv)' = u'v + uv'."},
        {"id": CHAIN, "title": "Chain rule", "description": "Differentiate the outside, keep the inside, multiply by "
                                                            "the derivative of the inside."},
        {"id": POINT, "title": "Gradient at a point", "description": "Differentiate, then substitute the x-value."},
    ],
    "problems": [
        # power rule
        C("What is the derivative of a constant, such as $y = 9$?", ["$9$", "$0$", "$1$", "$9x$"], 1, 1, [POWER],
          ["Sketch the graph of $y = 9$.", "It is a horizontal line: how steep is it?", "Its gradient is 0."]),
        A("Differentiate $y = x^{5}$.", "differentiate", "x^5",
          [("Bring the power down and reduce it by one.", "5x^4")], d("5x^4"), 1, [POWER],
          ["Use $\\frac{d}{dx} x^n = n x^{n-1}$.", "Here $n = 5$.", "$5x^{4}$"]),
        A("Find $f'(x)$ when $f(x) = 4x^{3}$.", "differentiate", "4x^3",
          [("Keep the 4, bring down the 3, reduce the power by one.", "4 × 3x^2"), ("Multiply.", "12x^2")],
          d("12x^2"), 1, [POWER]),
        A("The straight line $y = 7x - 2$ has a gradient function. Find $\\frac{dy}{dx}$.", "differentiate", "7x - 2",
          [("The derivative of 7x is 7 and the derivative of a constant is 0.", "7")], d("7"), 1, [POWER]),
        P("Differentiate ${start}$ term by term.", "derivative-power-rule", poly("2", "3", "5", "2", "-4"), 2, [POWER],
          ["Treat each term on its own.", "$\\frac{d}{dx}(2x^3) = 6x^2$; do the same for the others; the 7 "
           "disappears.", "$6x^2 + 10x - 4$"]),
        P("Nadia's curve is $y = {start}$. Work out its gradient function.", "derivative-power-rule",
          poly("3", "4", "-2", "2", "5"), 2, [POWER]),
        P("For $f(x) = {start}$, find $f'(x)$. Watch the negative coefficients.", "derivative-power-rule",
          poly("-2", "5", "3", "3", "-3"), 3, [POWER]),
        A("Differentiate $y = \\frac{3}{x}$. Rewrite it as a power of $x$ first.", "differentiate", "3/x",
          [("Write 3/x as 3x^(-1); bring the power down and reduce it by one.", "-1 × 3x^(-2)"),
           ("Tidy up.", "-3x^(-2)")], d("-3x^(-2)"), 3, [POWER],
          ["$\\frac{1}{x} = x^{-1}$.", "So $y = 3x^{-1}$; the power rule works for negative powers too.",
           "$-3x^{-2}$"]),
        A("Differentiate $y = \\sqrt{x}$.", "differentiate", "sqrt(x)",
          [("Write the root as x^(1/2); bring the power down and reduce it by one.", "1/2 × x^(-1/2)"),
           ("Write it with a root.", "1/(2sqrt(x))")], d("1/(2sqrt(x))"), 4, [POWER],
          ["A square root is a power.", "$\\sqrt{x} = x^{\\frac{1}{2}}$; reduce the power by one.",
           "$\\frac{1}{2}x^{-\\frac{1}{2}}$"]),
        # product rule
        C("For $y = uv$, where $u$ and $v$ are functions of $x$, the product rule says $\\frac{dy}{dx}$ equals",
          ["$u'v'$", "$u'v + uv'$", "$u'v - uv'$", "$\\frac{u'}{v'}$"], 1, 2, [PRODUCT]),
        P("Use the product rule to differentiate $x^2 \\sin(x)$.", "derivative-product-rule", prod("2", "sin"), 3,
          [PRODUCT],
          ["Choose $u = x^2$ and $v = \\sin(x)$.", "$u' = 2x$ and $v' = \\cos(x)$; put them into $u'v + uv'$.",
           "$2x\\sin(x) + x^2\\cos(x)$"]),
        P("Differentiate $y = x^3 e^x$ and take out the common factor.", "derivative-product-rule", prod("3", "e"), 3,
          [PRODUCT]),
        P("Find the derivative of $x^2 \\cos(x)$. One of the two derivatives you need is negative.",
          "derivative-product-rule", prod("2", "cos"), 4, [PRODUCT],
          ["The derivative of $\\cos(x)$ is $-\\sin(x)$.", "$u = x^2$, $v = \\cos(x)$: $u'v + uv'$.",
           "$2x\\cos(x) - x^2\\sin(x)$"]),
        A("Differentiate $(x + 2)(x^{2} - 5)$ with the product rule, then simplify.", "differentiate",
          "(x + 2)(x^2 - 5)",
          [("u = x + 2 and v = x^2 - 5, so u' = 1 and v' = 2x.", "1 × (x^2 - 5) + (x + 2) × 2x"),
           ("Multiply out.", "x^2 - 5 + 2x^2 + 4x"), ("Collect like terms.", "3x^2 + 4x - 5")],
          d("3x^2 + 4x - 5"), 3, [PRODUCT]),
        A("Differentiate $y = x e^{2x}$.", "differentiate", "x e^(2x)",
          [("u = x and v = e^(2x), so u' = 1 and v' = 2e^(2x).", "1 × e^(2x) + x × 2e^(2x)"),
           ("Take out the common factor.", "e^(2x)(1 + 2x)")], d("e^(2x)(1 + 2x)"), 4, [PRODUCT, CHAIN],
          ["It is a product: $x$ times $e^{2x}$.", "$v = e^{2x}$ needs the chain rule: $v' = 2e^{2x}$.",
           "$e^{2x} + 2xe^{2x}$"]),
        # chain rule
        C("To differentiate $(5x - 1)^{3}$, you multiply $3(5x - 1)^{2}$ by", ["$1$", "$5$", "$3$", "$5x$"], 1, 2,
          [CHAIN],
          ["What is inside the bracket?", "Multiply by the derivative of the inside, $5x - 1$.",
           "The derivative of $5x - 1$ is 5."]),
        P("Use the chain rule on ${start}$.", "derivative-chain-rule", chain("3", "1", "4"), 2, [CHAIN],
          ["The outside is a power 4, the inside is $3x + 1$.", "$4(3x + 1)^3$ times the derivative of $3x + 1$.",
           "$4(3x + 1)^3 \\times 3$"]),
        P("A curve has equation $y = {start}$. Find its gradient function with the chain rule.", "derivative-chain-rule", chain("2", "-5", "3"), 3, [CHAIN]),
        P("Kai expanded ${start}$ before differentiating and it took him ages. Differentiate it with the chain rule "
          "instead.", "derivative-chain-rule", chain("5", "-2", "6"), 3, [CHAIN]),
        A("Differentiate $y = \\sin(3x)$.", "differentiate", "sin(3x)",
          [("The outside is sin, the inside 3x: cos of the inside, times 3.", "cos(3x) × 3"),
           ("Tidy up.", "3cos(3x)")], d("3cos(3x)"), 3, [CHAIN]),
        A("Differentiate $(x^{2} + 1)^{5}$.", "differentiate", "(x^2 + 1)^5",
          [("Outside: the power 5; inside: x^2 + 1, whose derivative is 2x.", "5(x^2 + 1)^4 × 2x"),
           ("Multiply the numbers.", "10x(x^2 + 1)^4")], d("10x(x^2 + 1)^4"), 4, [CHAIN],
          ["Do not expand: use the chain rule.", "$5(x^2 + 1)^4$ times the derivative of $x^2 + 1$.",
           "$5(x^2 + 1)^4 \\times 2x$"]),
        A("Differentiate $y = e^{x^{2}}$.", "differentiate", "e^(x^2)",
          [("The derivative of e^u is e^u times u'; here u = x^2 and u' = 2x.", "e^(x^2) × 2x"),
           ("Write the factor first.", "2x e^(x^2)")], d("2x e^(x^2)"), 4, [CHAIN]),
        A("Differentiate $y = \\sqrt{4x + 1}$.", "differentiate", "sqrt(4x + 1)",
          [("Write it as (4x + 1)^(1/2): outside power 1/2, inside 4x + 1 with derivative 4.",
            "1/2 × (4x + 1)^(-1/2) × 4"), ("Multiply the numbers.", "2(4x + 1)^(-1/2)"),
           ("Write it with a root.", "2/sqrt(4x + 1)")], d("2/sqrt(4x + 1)"), 5, [CHAIN, POWER],
          ["A root is a power of $\\frac{1}{2}$.", "$\\frac{1}{2}(4x + 1)^{-\\frac{1}{2}}$ times the derivative "
           "of $4x + 1$.", "$2(4x + 1)^{-\\frac{1}{2}}$"]),
        # gradient at a point
        A("Find the gradient of the curve $y = x^{2} + 3x$ at the point where $x = 2$.", "evaluate", "2 × 2 + 3",
          [("dy/dx = 2x + 3; put x = 2 in.", "4 + 3"), ("Add.", "7")], {"kind": "numeric", "value": "7"}, 2,
          [POINT, POWER],
          ["The gradient of a curve at a point is the value of $\\frac{dy}{dx}$ there.",
           "$\\frac{dy}{dx} = 2x + 3$; substitute $x = 2$.", "$2 \\times 2 + 3$"]),
        A("How steep is the curve $y = x^{3} - 4x$ where $x = -1$? Give the gradient.", "evaluate",
          "3 × (-1)^2 - 4", [("dy/dx = 3x^2 - 4; put x = -1 in.", "3 - 4"), ("Subtract.", "-1")],
          {"kind": "numeric", "value": "-1"}, 3, [POINT, POWER],
          ["Differentiate first.", "$\\frac{dy}{dx} = 3x^2 - 4$; substitute $x = -1$.", "$3 \\times 1 - 4$"]),
        A("Amir throws a ball upwards; after $t$ seconds its height is $h = 20t - 5t^{2}$ metres. Find "
          "$\\frac{dh}{dt}$ at $t = 1.5$, the rate (in metres per second) at which the height is changing.",
          "evaluate", "20 - 10 × 1.5", [("dh/dt = 20 - 10t; put t = 1.5 in.", "20 - 15"), ("Subtract.", "5")],
          {"kind": "numeric", "value": "5"}, 3, [POINT, POWER],
          ["The rate of change of $h$ is its derivative with respect to $t$.",
           "$\\frac{dh}{dt} = 20 - 10t$; substitute $t = 1.5$.", "$20 - 15$"]),
        A("Find the gradient of $y = 2x^{3} - 6x^{2} + 1$ at $x = 3$.", "evaluate", "6 × 3^2 - 12 × 3",
          [("dy/dx = 6x^2 - 12x; put x = 3 in.", "54 - 36"), ("Subtract.", "18")],
          {"kind": "numeric", "value": "18"}, 4, [POINT, POWER]),
        A("Find the gradient of $y = (2x - 3)^{4}$ at $x = 2$.", "evaluate", "8 × (2 × 2 - 3)^3",
          [("dy/dx = 8(2x - 3)^3 by the chain rule; put x = 2 in.", "8 × 1^3"), ("Work it out.", "8")],
          {"kind": "numeric", "value": "8"}, 4, [POINT, CHAIN],
          ["Use the chain rule: $4(2x - 3)^3 \\times 2$.", "$\\frac{dy}{dx} = 8(2x - 3)^3$; substitute $x = 2$.",
           "$8 \\times 1^3$"]),
        A("Find the gradient of $y = x^{2}e^{x}$ at $x = 1$, exactly or to 2 decimal places.", "evaluate",
          "2 × 1 × e^1 + 1^2 × e^1",
          [("dy/dx = 2x e^x + x^2 e^x by the product rule; at x = 1:", "2e + e"), ("Add.", "3e")],
          {"kind": "numeric", "value": "3e", "tolerance": "0.005"}, 5, [POINT, PRODUCT]),
    ],
}
