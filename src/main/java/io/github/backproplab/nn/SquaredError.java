package io.github.backproplab.nn;

/**
 * The lecture's squared error, L = (1/n) sum over examples of 1/2 ||y-hat - y||^2. The 1/2
 * cancels the 2 of the derivative, so dL/dy-hat = (y-hat - y) / n.
 */
final class SquaredError extends ElementwiseLoss {
    static final SquaredError INSTANCE = new SquaredError();

    @Override
    double value(double yHat, double y) {
        double r = yHat - y;
        return 0.5 * r * r;
    }

    @Override
    double derivative(double yHat, double y) {
        return yHat - y;
    }

    @Override
    public String name() {
        return "squaredError";
    }
}
