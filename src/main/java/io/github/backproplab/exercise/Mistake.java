package io.github.backproplab.exercise;

import org.ejml.data.DMatrixRMaj;

/**
 * A typical mistake, and the answer it would give: a checker compares the student's answer with
 * each mistake's answer to say which one was likely made.
 *
 * @param wouldGive the answer the mistake produces; not modified
 * @param hint      what to look at, without the solution
 */
record Mistake(DMatrixRMaj wouldGive, String hint) {
}
