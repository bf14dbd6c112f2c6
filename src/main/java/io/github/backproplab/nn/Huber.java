package io.github.backproplab.nn;

/**
 * Huber loss with threshold delta: r^2 / 2 for |r| &lt;= delta, delta (|r| - delta / 2) beyond,
 * where r = y-hat - y; summed over outputs, averaged over examples. Its derivative is r clipped
 * to [-delta, delta], so one outlier cannot dominate the gradient.
 */
final class Huber extends ElementwiseLoss {
    private final double delta;

    Huber(double delta) {
        if (!(delta > 0) || Double.isInfinite(delta)) {
            throw new IllegalArgumentException("Huber delta must be a positive finite number, got " + delta);
        }
        this.delta = delta;
    }

    @Override
    double value(double yHat, double y) {
        double r = Math.abs(yHat - y);
        return r <= delta ? 0.5 * r * r : delta * (r - 0.5 * delta);
    }

    @Override
    double derivative(double yHat, double y) {
        return Math.max(-delta, Math.min(delta, yHat - y));
    }

    @Override
    public int piece(double yHat, double y) {
        double r = yHat - y;
        return r > delta ? 1 : r < -delta ? -1 : 0;
    }

    @Override
    public String kink() {
        return "Huber residual |y-hat - y| = " + delta;
    }

    @Override
    public String name() {
        return "huber(" + delta + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Huber other && Double.compare(other.delta, delta) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(delta);
    }
}
