package io.github.backproplab.exercise;

/**
 * What a checker says about an answer: whether it is correct, and a message for the student that
 * names what is wrong (entries, shape, the likely mistake) without giving the solution away.
 *
 * @param correct whether the answer matches the reference
 * @param message one or more lines, printed as the cell's output
 */
public record Feedback(boolean correct, String message) {

    static Feedback pass(String message) {
        return new Feedback(true, "Correct: " + message);
    }

    static Feedback fail(String message) {
        return new Feedback(false, "Not yet: " + message);
    }

    static Feedback notAnswered(String what) {
        return new Feedback(false, "Not answered yet: " + what);
    }

    @Override
    public String toString() {
        return message;
    }
}
