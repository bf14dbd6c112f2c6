"""Java widgets in a real JupyterLab 4 with ipywidgets 8, driven through the page by headless Chromium.

    python lab_widgets.py JUPYTER_LAB_EXECUTABLE JUPYTER_PATH

Starts JupyterLab (the given executable, from a Python environment with jupyterlab and ipywidgets)
in a fresh folder with a two-cell notebook on the backprop-lab kernel found on JUPYTER_PATH, runs
all cells through the menus and then, in the page: presses the slider's handle and the Right arrow
key (a Java callback must write the new value into a label), and clicks the training view's Step
button (the picture must change and the status line must count one step), and plays and pauses
the training; then saves, reloads the
page and checks the widgets are drawn again from the kernel's state. Exits 1 otherwise.
"""
import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

import chromium
from lab_run_all import CELLS, click_menu, kernel_idle, wait

SLIDER_CELL = """IntSlider units = new IntSlider("units", 0, 10, 3);
Label echo = new Label("units 3");
units.onChange(v -> echo.text("units " + v));
display(new VBox(units, echo));"""

TRAINING_CELL = """double[][] points = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
double[][] labels = {{0}, {1}, {1}, {0}};
Network xor = Network.builder(2).seed(3).dense(4, Activation.tanh()).dense(1, Activation.sigmoid())
        .loss(Loss.squaredError()).build();
TrainingView steer = new TrainingView(new SteppedTraining(xor, () -> new GradientDescent(1.0),
        new org.ejml.data.DMatrixRMaj(points), new org.ejml.data.DMatrixRMaj(labels), 2, 5), 10);
display(steer.widget());"""

LABELS = "return Array.from(document.querySelectorAll('.widget-label')).map(e => e.textContent);"
IMAGE = "var img = document.querySelector('.jupyter-widgets img'); return img ? [img.src, img.naturalWidth] : null;"


def notebook(folder):
    cells = [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": source}
             for source in (SLIDER_CELL, TRAINING_CELL)]
    nb = {"cells": cells, "nbformat": 4, "nbformat_minor": 5,
          "metadata": {"kernelspec": {"name": "backprop-lab", "display_name": "Java (Backprop Lab)", "language": "java"}}}
    with open(os.path.join(folder, "widgets.ipynb"), "w", encoding="utf-8") as f:
        json.dump(nb, f)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def drive(driver, url):
    problems = []
    driver.get(url)
    idle = lambda: kernel_idle(url)
    wait("the kernel to start", idle, 120)
    click_menu(driver, "Run", "runmenu:run-all")

    def finished():
        cells = driver.execute_script(CELLS)
        return cells and all(c["prompt"] not in ("", "[ ]:", "[*]:") for c in cells) and idle()
    wait("both cells to run", finished, 300)
    wait("the slider to be drawn", lambda: driver.find_elements(By.CSS_SELECTOR, ".widget-slider .noUi-handle"), 60)
    wait("the picture to load", lambda: (driver.execute_script(IMAGE) or [None, 0])[1] > 0, 60)
    print("ok      JupyterLab drew the Java slider, label, buttons and picture")

    handle = driver.find_elements(By.CSS_SELECTOR, ".widget-slider .noUi-handle")[0]
    handle.click()
    handle.send_keys(Keys.ARROW_RIGHT)
    try:
        wait("the Java callback to write the new value", lambda: any(t.startswith("units ") and t != "units 3"
                                                                     for t in driver.execute_script(LABELS)), 30)
        print("ok      moving the slider in the page ran the Java callback: %s"
              % [t for t in driver.execute_script(LABELS) if t.startswith("units ")])
    except SystemExit as e:
        problems.append(str(e) + "; labels: %s" % driver.execute_script(LABELS))

    before = driver.execute_script(IMAGE)[0]
    steps = [b for b in driver.find_elements(By.CSS_SELECTOR, "button.jupyter-button") if b.text.strip() == "Step"]
    if not steps:
        problems.append("no Step button in the page")
    else:
        steps[0].click()
        try:
            wait("the status line to count one step", lambda: any("step 1," in t for t in driver.execute_script(LABELS)), 30)
            wait("the picture to change", lambda: driver.execute_script(IMAGE)[0] != before, 30)
            print("ok      clicking Step in the page stepped the training and redrew the picture")
        except SystemExit as e:
            problems.append(str(e) + "; labels: %s" % driver.execute_script(LABELS))
    # A page opened again asks the running kernel for every widget's state (the control comm).
    click_menu(driver, "File", "docmanager:save")
    time.sleep(2)
    driver.refresh()
    try:
        wait("the kernel after the reload", idle, 120)
        wait("the widgets to be drawn again from the kernel's state",
             lambda: driver.find_elements(By.CSS_SELECTOR, ".widget-slider .noUi-handle")
             and any("step 1," in t for t in driver.execute_script(LABELS)), 60)
        print("ok      after a reload the page drew the widgets again from the kernel's state: %s"
              % [t for t in driver.execute_script(LABELS) if t.startswith("units ")])
    except SystemExit as e:
        problems.append(str(e))
    # Play runs the steps in the background until Pause; the status line keeps counting meanwhile.
    toggles = [b for b in driver.find_elements(By.CSS_SELECTOR, "button.jupyter-button") if b.text.strip() == "Play"]
    if not toggles:
        problems.append("no Play button in the page")
    else:
        toggles[0].click()
        try:
            wait("the status line to pass step 20 while playing", lambda: any(
                t.startswith("epoch ") and int(t.split("step ")[1].split(",")[0]) > 20
                for t in driver.execute_script(LABELS)), 60)
            toggles[0].click()
            time.sleep(1)
            paused = [t for t in driver.execute_script(LABELS) if t.startswith("epoch ")]
            time.sleep(1.5)
            if paused != [t for t in driver.execute_script(LABELS) if t.startswith("epoch ")]:
                problems.append("the training went on after Pause: %s" % paused)
            else:
                print("ok      Play ran the training in the background and Pause stopped it: %s" % paused)
        except SystemExit as e:
            problems.append(str(e) + "; labels: %s" % driver.execute_script(LABELS))
    errors = [c["text"] for c in driver.execute_script(CELLS) if c["errors"]]
    problems += ["a cell shows an error: " + t for t in errors]
    return problems


def main(lab, jupyter_path):
    folder = tempfile.mkdtemp(prefix="lab-widgets-")
    notebook(folder)
    port, token = free_port(), secrets.token_hex(16)
    env = dict(os.environ, JUPYTER_PATH=jupyter_path, JUPYTER_CONFIG_DIR=os.path.join(folder, ".config"),
               JUPYTER_RUNTIME_DIR=os.path.join(folder, ".runtime"))
    log = open(os.path.join(folder, "lab.log"), "w")
    server = subprocess.Popen([lab, "--no-browser", "--ip=127.0.0.1", "--port=%d" % port,
                               "--ServerApp.token=" + token, "--ServerApp.root_dir=" + folder]
                              + (["--allow-root"] if os.geteuid() == 0 else []),
                              cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT)
    driver = None
    try:
        deadline = time.time() + 60
        while True:
            try:
                urllib.request.urlopen("http://127.0.0.1:%d/api/status?token=%s" % (port, token), timeout=5)
                break
            except OSError:
                if server.poll() is not None or time.time() > deadline:
                    raise SystemExit("FAILED  JupyterLab did not start; see " + log.name)
                time.sleep(0.5)
        driver = chromium.start()
        problems = drive(driver, "http://127.0.0.1:%d/lab/tree/widgets.ipynb?token=%s" % (port, token))
    finally:
        if driver is not None:
            driver.quit()
        server.terminate()
        server.wait(timeout=30)
    for p in problems:
        print("FAILED  " + p)
    if problems:
        print("JupyterLab's log: " + log.name)
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
