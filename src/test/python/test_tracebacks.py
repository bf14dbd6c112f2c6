"""Tracebacks as a notebook shows them: a deep recursion folded to a few lines, the cell's own names."""
import re
import unittest

from kernel_session import KernelTestCase


class TracebackTest(KernelTestCase):
    def error_of(self, code):
        reply, seen = self.run_cell(code)
        self.assertEqual(reply["status"], "error", reply)
        errors = [m["content"] for m in seen if m["msg_type"] == "error"]
        self.assertEqual(len(errors), 1, seen)
        return errors[0]

    def test_a_stack_overflow_is_folded_to_a_few_lines(self):
        error = self.error_of("int down(int n) { return down(n + 1) + 1; }\ndown(0)")
        self.assertEqual(error["ename"], "CellException")
        lines = error["traceback"]
        self.assertEqual(lines[:2], ["java.lang.StackOverflowError", "    at down (line 1)"])
        self.assertRegex(lines[2], r"^    \.\.\. [0-9,]+ more calls of down$")
        self.assertEqual(len(lines), 3, lines)

    def test_no_jshell_wrapper_names_reach_the_notebook(self):
        error = self.error_of("String nothing = null;\nnothing.length()")
        self.assertEqual(error["traceback"][0],
                         'java.lang.NullPointerException: Cannot invoke "String.length()" because "nothing" is null')
        self.assertFalse(any(re.search(r"\$JShell\$", line) for line in error["traceback"]), error)


if __name__ == "__main__":
    unittest.main()
