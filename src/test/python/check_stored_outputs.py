"""Checks that the notebooks are stored with the outputs of the current code.

usage: check_stored_outputs.py STORED_DIR... -- EXECUTED_NOTEBOOK...

Each executed notebook is compared with the stored notebook of the same name found in one of the
STORED_DIRs, code cell by code cell: the text and every text MIME type of every output must be
equal, where a number printed with all its digits (seven or more decimals, as Java prints a double)
is compared to six significant digits. Pictures must be of the same kind and size, also a PNG
inlined in HTML (a widget's static view). A widget view's model id is new on every run (the
kernel opens a new comm), so it is not compared. Both allow for
floating-point sums that differ in their last bits between processors (OpenBLAS picks its kernels
by CPU); anything a reader could see change still fails.
A cell tagged "timings" prints measured times, so only the shape of its outputs is compared (the
output types and MIME types). Executed notebooks with no stored counterpart are skipped. Exits 1
and names the notebook, cell and output when anything differs.
"""
import base64
import json
import os
import re
import struct
import sys


FULL_DOUBLE = re.compile(r"-?\d+\.\d{7,}(?:[eE][-+]?\d+)?")
INLINE_PNG = re.compile(r"data:image/png;base64,([A-Za-z0-9+/=]+)")
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def readable(text):
    """text with every number printed in full rounded to six significant digits."""
    return FULL_DOUBLE.sub(lambda m: format(float(m.group(0)), ".6g"), text)


def picture(mime, value):
    """What of a picture is compared: its type and, for a PNG, its size in pixels."""
    if mime == "image/png":
        data = base64.b64decode("".join(value) if isinstance(value, list) else value)
        return (mime,) + struct.unpack(">II", data[16:24])
    return (mime,)


def inline_pictures(html):
    """html with every inlined PNG replaced by its size, as pictures are compared."""
    return INLINE_PNG.sub(lambda m: "png %dx%d" % picture("image/png", m.group(1))[1:], html)


def widget_view(value):
    """A widget view without its model id, which names the comm of one run."""
    return json.dumps({k: v for k, v in value.items() if k != "model_id"}, sort_keys=True)


def outputs(cell, shape_only):
    """The outputs of a code cell as comparable values."""
    result = []
    for output in cell.get("outputs", []):
        kind = output.get("output_type")
        data = output.get("data", {})
        if shape_only:
            result.append((kind, sorted(data)))
        else:
            text = output.get("text")
            text = readable("".join(text) if isinstance(text, list) else text or "")
            bundle = {mime: picture(mime, v) if mime.startswith("image/") else
                      widget_view(v) if mime == WIDGET_VIEW else
                      readable(inline_pictures("".join(v) if isinstance(v, list) else v)) if isinstance(v, (list, str))
                      else json.dumps(v, sort_keys=True) for mime, v in data.items()}
            result.append((kind, text, bundle))
    return result


def differences(stored, executed):
    """Lines naming every code cell whose outputs differ; empty when the notebooks agree."""
    problems = []
    stored_cells = [c for c in stored["cells"] if c["cell_type"] == "code"]
    executed_cells = [c for c in executed["cells"] if c["cell_type"] == "code"]
    if len(stored_cells) != len(executed_cells):
        return ["%d code cells stored, %d executed" % (len(stored_cells), len(executed_cells))]
    for number, (a, b) in enumerate(zip(stored_cells, executed_cells), start=1):
        shape_only = "timings" in a.get("metadata", {}).get("tags", [])
        if outputs(a, shape_only) != outputs(b, shape_only):
            what = "the shape of its outputs" if shape_only else "its outputs"
            source = "".join(a["source"]) if isinstance(a["source"], list) else a["source"]
            first_line = source.strip().splitlines()[0] if source.strip() else ""
            problems.append("code cell %d (%s): %s differ from a fresh run" % (number, first_line[:60], what))
    return problems


def main(argv):
    if "--" not in argv:
        print(__doc__)
        return 2
    split = argv.index("--")
    stored_dirs, executed = argv[:split], argv[split + 1:]
    failed = False
    for path in executed:
        name = os.path.basename(path)
        matches = [os.path.join(d, name) for d in stored_dirs if os.path.exists(os.path.join(d, name))]
        if not matches:
            continue
        with open(matches[0], encoding="utf-8") as f:
            stored = json.load(f)
        with open(path, encoding="utf-8") as f:
            fresh = json.load(f)
        for problem in differences(stored, fresh):
            print("%s: %s" % (name, problem))
            failed = True
    if not failed:
        print("stored outputs match a fresh run in %d notebooks" % len(executed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
