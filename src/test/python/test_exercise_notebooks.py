"""The stored lessons ship their checked exercises unanswered, and the stored solutions pass every check.

Reads the notebooks as stored (bin/test-notebooks executes them separately). A check's output
starts with "Correct:", "Not yet:" or "Not answered yet:".
"""
import glob
import json
import os
import unittest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
VERDICTS = ("Correct:", "Not yet:", "Not answered yet:")


def verdicts(path):
    """Every line of output in the notebook that starts like a checker's verdict."""
    with open(path, encoding="utf-8") as f:
        notebook = json.load(f)
    lines = []
    for cell in notebook["cells"]:
        for output in cell.get("outputs", []):
            text = output.get("text") or output.get("data", {}).get("text/plain", "")
            text = "".join(text) if isinstance(text, list) else text
            lines += [line for line in text.splitlines() if line.startswith(VERDICTS)]
    return lines


class ExerciseNotebooksTest(unittest.TestCase):
    def test_every_solution_passes_its_checks(self):
        solutions = sorted(glob.glob(os.path.join(ROOT, "notebooks", "solutions", "*.ipynb")))
        self.assertTrue(solutions)
        for path in solutions:
            lines = verdicts(path)
            self.assertTrue(lines, path + " has no checks")
            for line in lines:
                self.assertTrue(line.startswith("Correct:"), "%s: %s" % (os.path.basename(path), line))

    def test_lessons_ship_their_checked_exercises_unanswered(self):
        for name in ("01-gradient-descent", "02-two-layer-network", "04-going-deeper"):
            lines = verdicts(os.path.join(ROOT, "notebooks", name + ".ipynb"))
            self.assertTrue(lines, name + " has no checked exercise")
            for line in lines:
                self.assertTrue(line.startswith("Not answered yet:"), "%s: %s" % (name, line))


if __name__ == "__main__":
    unittest.main()
