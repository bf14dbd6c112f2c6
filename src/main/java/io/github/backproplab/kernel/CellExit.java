package io.github.backproplab.kernel;

/**
 * What {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} do in a cell: the kernel
 * rewrites those calls in every class a cell compiles (see {@link ExitCalls}) into calls of these
 * methods, which end the cell, not the kernel. A student's habit from {@code main} methods then does
 * not cost the session and its variables. Public only so that cells can call it; not for direct use.
 */
public final class CellExit {
    private CellExit() {
    }

    /** In place of {@link System#exit(int)}: ends the cell. */
    public static void exit(int status) {
        throw new Requested("System.exit", status);
    }

    /** In place of {@link Runtime#exit(int)} on {@code runtime}: ends the cell. */
    public static void exit(Runtime runtime, int status) {
        throw new Requested("Runtime.exit", status);
    }

    /** In place of {@link Runtime#halt(int)} on {@code runtime}: ends the cell. */
    public static void halt(Runtime runtime, int status) {
        throw new Requested("Runtime.halt", status);
    }

    /**
     * Thrown through the cell's code. An {@link Error}, so that the {@code catch (Exception e)} a
     * cell may have around the call does not swallow it: {@code System.exit} never returns either.
     */
    public static final class Requested extends Error {
        private static final long serialVersionUID = 1L;

        Requested(String call, int status) {
            super(call + "(" + status + ") does not end the notebook's kernel: the cell stops here,"
                    + " and everything defined so far is kept. (To start afresh, restart the kernel.)",
                    null, false, false);
        }
    }
}
