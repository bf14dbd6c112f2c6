package io.github.backproplab.train;

/**
 * Nesterov momentum: the velocity is the same as {@link Momentum}'s, but the parameter moves by
 * mu v - stepSize g, as if the gradient had been taken where the velocity was about to carry it.
 */
public class Nesterov extends Momentum {

    /** Nesterov momentum with mu = 0.9. */
    public Nesterov(double stepSize) {
        super(stepSize);
    }

    public Nesterov(double stepSize, double mu) {
        super(stepSize, mu);
    }

    @Override
    double move(double v, double g, double stepSize) {
        return mu() * v - stepSize * g;
    }
}
