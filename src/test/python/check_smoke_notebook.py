"""Checks the outputs that executing src/test/notebooks/00-kernel-smoke.ipynb saved.

usage: check_smoke_notebook.py EXECUTED_NOTEBOOK

Each code cell is found by a piece of its source, so the notebook can grow without breaking this.
"""
import re
import sys

import nbformat

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def cell(nb, snippet):
    for c in nb.cells:
        if c.cell_type == "code" and snippet in c.source:
            return c
    raise AssertionError(f"no code cell contains {snippet!r}")


def outputs(c, output_type):
    return [o for o in c.outputs if o.output_type == output_type]


def text(output):
    data = output.get("data", {})
    return str(data.get("text/plain", output.get("text", "")))


def error_text(c):
    errors = outputs(c, "error")
    assert len(errors) == 1, f"expected one error in {c.source!r}, got {c.outputs}"
    return ANSI.sub("", "\n".join(errors[0].traceback))


def check(nb):
    printed = cell(nb, "Hello from Java")
    assert any("Hello from Java" in o.text for o in outputs(printed, "stream")), printed.outputs

    value = cell(nb, "int answer = 6 * 7;")
    results = outputs(value, "execute_result")
    assert [text(r) for r in results] == ["42"], value.outputs

    image = cell(nb, "display(image);")
    shown = outputs(image, "display_data")
    assert len(shown) == 1 and "image/png" in shown[0].data, image.outputs
    assert shown[0].data["image/png"].startswith("iVBORw0KGgo"), "image/png is not a base64 PNG"
    assert not outputs(image, "execute_result"), "display(...) at the end of a cell echoed its id"

    updated = cell(nb, "updateDisplay(progress")
    shown = outputs(updated, "display_data")
    assert [text(o) for o in shown] == ["step 3 of 3"], updated.outputs

    compile_error = error_text(cell(nb, "int broken ="))
    assert "incompatible types" in compile_error, compile_error
    assert "line 2" in compile_error and 'int broken = "not a number";' in compile_error, compile_error

    thrown = error_text(cell(nb, "divide(answer, 0)"))
    assert "java.lang.ArithmeticException: / by zero" in thrown, thrown
    assert "at divide (line 2)" in thrown and "at line 4" in thrown, thrown
    assert "jdk.jshell" not in thrown and "REPL" not in thrown, "JShell's own frames leaked: " + thrown

    defined_in = cell(nb, "divide(answer, 0)").execution_count
    earlier = error_text(cell(nb, "int quotient = divide(1, 0);"))
    assert f"at divide (cell [{defined_in}], line 2)" in earlier and "at line 1" in earlier, earlier

    alive = cell(nb, "divide(answer, 2) + fine")
    assert [text(r) for r in outputs(alive, "execute_result")] == ["22"], alive.outputs

    compiled = cell(nb, "getSystemJavaCompiler")
    assert [text(r) for r in outputs(compiled, "execute_result")] == ["0"], compiled.outputs
    classpath = cell(nb, "%classpath")
    assert [text(r) for r in outputs(classpath, "execute_result")] == ["hello from the class path"], classpath.outputs


if __name__ == "__main__":
    notebook = nbformat.read(sys.argv[1], as_version=4)
    try:
        check(notebook)
    except AssertionError as failure:
        sys.exit(f"smoke notebook: {failure}")
    print("ok      smoke notebook outputs")
