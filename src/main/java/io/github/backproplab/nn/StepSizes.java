package io.github.backproplab.nn;

/** The one rule for step sizes, so every place that takes one refuses the same values. */
public final class StepSizes {
    private StepSizes() {
    }

    /** Returns {@code stepSize} if it is a positive finite number; otherwise throws, naming it. */
    public static double requireValid(double stepSize, String name) {
        if (!(stepSize > 0) || Double.isInfinite(stepSize)) {
            throw new IllegalArgumentException(name + " must be a positive finite number, got " + stepSize);
        }
        return stepSize;
    }
}
