package io.github.backproplab.kernel;

import io.github.spencerpark.jupyter.messages.request.HistoryRequest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cells this kernel ran, for {@code history_request} (a console's up arrow, a front end's
 * history search): the last {@link #KEPT} inputs of this session, without their outputs. The base
 * kernel sends no reply to that request at all, so the asking client would wait.
 */
final class CellHistory {
    /** How many cells are kept; older ones are forgotten. */
    static final int KEPT = 1000;
    /** The session number the entries carry; a request for session 0 means this session too. */
    static final int SESSION = 1;

    /** Cell {@code number} ran {@code input}. */
    record Cell(int number, String input) {
    }

    private final Deque<Cell> cells = new ArrayDeque<>();

    /** Records that cell {@code number} ran {@code input}. */
    synchronized void add(int number, String input) {
        if (cells.size() == KEPT) {
            cells.removeFirst();
        }
        cells.addLast(new Cell(number, input));
    }

    /**
     * The {@code history} of a {@code history_reply} to {@code request}: entries
     * {@code [session, cell number, input]}, or {@code [session, cell number, [input, null]]} when
     * the request asks for output (not kept), oldest first.
     */
    List<List<Object>> answer(HistoryRequest request) {
        List<Cell> found;
        if (request instanceof HistoryRequest.Tail tail) {
            found = tail(tail.getMaxReturnLength());
        } else if (request instanceof HistoryRequest.Range range) {
            found = range(range.getSessionIndex(), range.getStart(), range.getStop());
        } else if (request instanceof HistoryRequest.Search search) {
            found = search(search.getPattern(), search.getMaxReturnLength(), search.filterUnique());
        } else {
            found = List.of();
        }
        List<List<Object>> entries = new ArrayList<>();
        for (Cell cell : found) {
            Object input = request.includeOutput() ? Arrays.asList(cell.input(), null) : cell.input();
            entries.add(List.of(SESSION, cell.number(), input));
        }
        return entries;
    }

    /** The last {@code n} cells, oldest first. */
    synchronized List<Cell> tail(int n) {
        List<Cell> all = new ArrayList<>(cells);
        return List.copyOf(all.subList(Math.max(0, all.size() - Math.max(0, n)), all.size()));
    }

    /** Cells numbered {@code start} up to but not including {@code stop} (0 or less: to the end) of this session. */
    synchronized List<Cell> range(int session, int start, int stop) {
        List<Cell> found = new ArrayList<>();
        if (session != 0 && session != SESSION) {
            return found; // earlier sessions are not kept
        }
        for (Cell cell : cells) {
            if (cell.number() >= start && (stop <= 0 || cell.number() < stop)) {
                found.add(cell);
            }
        }
        return found;
    }

    /**
     * The last {@code n} cells (all, if {@code n} is 0 or less) whose input matches the glob
     * {@code pattern} ({@code *} any text, {@code ?} one character), oldest first; {@code unique}:
     * each input once, at its latest run.
     */
    synchronized List<Cell> search(String pattern, int n, boolean unique) {
        Pattern glob = glob(pattern == null ? "*" : pattern);
        List<Cell> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (var it = cells.descendingIterator(); it.hasNext() && (n <= 0 || found.size() < n); ) {
            Cell cell = it.next();
            if (glob.matcher(cell.input()).matches() && (!unique || seen.add(cell.input()))) {
                found.add(0, cell);
            }
        }
        return found;
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
