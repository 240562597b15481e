package app.stepwise.math;

import app.stepwise.text.Message;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/** An exact rational number in lowest terms with a positive denominator; sizes are bounded by {@link Limits}. */
public record Rational(BigInteger num, BigInteger den) implements Comparable<Rational> {
    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
    public static final Rational MINUS_ONE = new Rational(BigInteger.ONE.negate(), BigInteger.ONE);

    public Rational {
        if (den.signum() == 0) throw new ArithmeticException("division by zero");
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        if (num.signum() == 0) den = BigInteger.ONE;
        Limits.checkBits(num.bitLength() + den.bitLength());
    }

    public static Rational of(long n) {
        return new Rational(BigInteger.valueOf(n), BigInteger.ONE);
    }

    public static Rational of(long n, long d) {
        return new Rational(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    public static Rational of(BigDecimal d) {
        return d.scale() <= 0
                ? new Rational(d.toBigIntegerExact(), BigInteger.ONE)
                : new Rational(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    /** Parses a plain decimal such as {@code 4.2}, {@code -0.5} or {@code 4.2e-3}. */
    public static Rational parse(String text) {
        BigDecimal d;
        try {
            d = new BigDecimal(text);
        } catch (NumberFormatException e) { // an exponent beyond int range, 1e99999999999
            throw new MathLimitException(Message.of("math.limit.numberRange", text));
        }
        if (Math.abs((long) d.scale()) > Limits.MAX_DECIMAL_EXPONENT)
            throw new MathLimitException(Message.of("math.limit.numberRange", text));
        return of(d);
    }

    public Rational add(Rational o) {
        return new Rational(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    public Rational subtract(Rational o) {
        return add(o.negate());
    }

    public Rational multiply(Rational o) {
        return new Rational(num.multiply(o.num), den.multiply(o.den));
    }

    public Rational divide(Rational o) {
        if (o.signum() == 0) throw new ArithmeticException("division by zero");
        return new Rational(num.multiply(o.den), den.multiply(o.num));
    }

    public Rational negate() {
        return new Rational(num.negate(), den);
    }

    public Rational reciprocal() {
        return ONE.divide(this);
    }

    /** Integer power; refuses results beyond {@link Limits#MAX_BITS} before computing them. */
    public Rational pow(int exponent) {
        if (exponent == 0) return ONE;
        if (exponent < 0) return reciprocal().pow(-exponent);
        long bits = (long) Math.max(num.bitLength(), den.bitLength()) * exponent;
        Limits.checkBits(bits);
        return new Rational(num.pow(exponent), den.pow(exponent));
    }

    public int signum() {
        return num.signum();
    }

    public boolean isInteger() {
        return den.equals(BigInteger.ONE);
    }

    public boolean isZero() {
        return num.signum() == 0;
    }

    public boolean isOne() {
        return num.equals(BigInteger.ONE) && isInteger();
    }

    public Rational abs() {
        return signum() < 0 ? negate() : this;
    }

    public double toDouble() {
        if (num.bitLength() < 1000 && den.bitLength() < 1000) return num.doubleValue() / den.doubleValue();
        // huge numbers: the leading 64 bits of each and a power of two, so 1e4000 costs no more than 1e40
        int ns = Math.max(0, num.bitLength() - 64);
        int ds = Math.max(0, den.bitLength() - 64);
        return Math.scalb(num.shiftRight(ns).doubleValue() / den.shiftRight(ds).doubleValue(), ns - ds);
    }

    public BigDecimal toBigDecimal(MathContext mc) {
        return new BigDecimal(num).divide(new BigDecimal(den), mc);
    }

    /** True when the value has a terminating decimal expansion. */
    public boolean isTerminatingDecimal() {
        BigInteger d = den;
        for (BigInteger p : new BigInteger[]{BigInteger.TWO, BigInteger.valueOf(5)}) {
            while (d.mod(p).signum() == 0) d = d.divide(p);
        }
        return d.equals(BigInteger.ONE);
    }

    @Override
    public int compareTo(Rational o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public String toString() {
        return isInteger() ? num.toString() : num + "/" + den;
    }

    /** The value as a decimal when it terminates within a few places, else as a fraction. */
    public String toDecimalOrFraction() {
        if (isInteger()) return num.toString();
        if (isTerminatingDecimal()) {
            BigDecimal d = new BigDecimal(num).divide(new BigDecimal(den));
            if (d.scale() <= 6) return d.stripTrailingZeros().toPlainString();
        }
        return toString();
    }
}
