/**
 * Checkers for the notebooks' exercises: the student's answer goes in, and the {@link
 * io.github.backproplab.exercise.Feedback} says correct, or which entries are wrong and the likely
 * mistake (a missing 1/n, a missing sigma', a transposed matrix, a sign), without printing the
 * solution. Depends on {@code nn} only.
 */
package io.github.backproplab.exercise;
