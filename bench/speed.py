"""One round of bin/bench-speed for NumPy or PyTorch: the workloads of bench/Speed.java, trained
by forward, backward and gradient-descent step on batches cut beforehand, on the threads that
bin/bench-speed sets (one by default).

    python3 bench/speed.py numpy32|numpy64|torch64 [seconds per measurement] [W1,W2,W3]

Prints "workload contender rate" lines: steps/s for W1, samples/s for W2 and W3. NumPy runs the
backpropagation written out (as the toolkit does); PyTorch runs autograd and torch.optim.SGD.
"""
import os
import sys
import time

import numpy as np

WORKLOADS = {
    # name: (units, rows, batch, classes)
    "W1": ((2, 16, 1), 1000, 1000, False),
    "W2": ((2, 64, 64, 3), 4096, 32, True),
    "W3": ((784, 256, 128, 10), 4096, 128, True),
}
STEP_SIZE = 0.1


def data(units, rows, classes, rng):
    x = rng.uniform(-1, 1, size=(rows, units[0]))
    scores = x @ rng.standard_normal((units[0], units[-1]))
    if classes:
        y = np.zeros((rows, units[-1]))
        y[np.arange(rows), scores.argmax(axis=1)] = 1.0
    else:
        y = np.sin(3 * scores)
    return x, y


def batches(x, y, batch):
    return [(x[s:s + batch], y[s:s + batch]) for s in range(0, len(x) - batch + 1, batch)]


def numpy_step(dtype, classes):
    """A closure doing one step of forward, backward and update on (weights, biases)."""
    one = dtype(1)

    def step(params, xb, yb):
        weights, biases = params
        n = xb.shape[0]
        inputs = [xb]
        a = xb
        last = len(weights) - 1
        for l, (w, b) in enumerate(zip(weights, biases)):
            z = a @ w.T
            z += b
            if l < last:
                a = np.maximum(z, 0) if classes else one / (one + np.exp(-z))
            elif classes:
                z -= z.max(axis=1, keepdims=True)
                a = np.exp(z)
                a /= a.sum(axis=1, keepdims=True)
            else:
                a = z
            inputs.append(a)
        delta = (a - yb) / dtype(n)   # softmax with cross-entropy, or identity with 1/2 squared error
        for l in range(last, -1, -1):
            below = inputs[l]
            grad_w = delta.T @ below
            grad_b = delta.sum(axis=0)
            if l > 0:
                delta = delta @ weights[l]
                delta *= (below > 0) if classes else below * (one - below)
            weights[l] -= dtype(STEP_SIZE) * grad_w
            biases[l] -= dtype(STEP_SIZE) * grad_b

    return step


def numpy_contender(dtype):
    def run(units, rows, batch, classes, seconds):
        rng = np.random.default_rng(1)
        x, y = data(units, rows, classes, rng)
        cut = [(xb.astype(dtype), yb.astype(dtype)) for xb, yb in batches(x, y, batch)]
        weights = [(rng.standard_normal((units[l + 1], units[l])) * np.sqrt(2.0 / units[l])).astype(dtype)
                   for l in range(len(units) - 1)]
        biases = [np.zeros(units[l + 1], dtype=dtype) for l in range(len(units) - 1)]
        step = numpy_step(dtype, classes)
        return measure(lambda i: step((weights, biases), *cut[i % len(cut)]), seconds)
    return run


def torch_contender(units, rows, batch, classes, seconds):
    import torch
    torch.set_num_threads(int(os.environ.get("BENCH_THREADS", "1")))
    torch.manual_seed(2)
    rng = np.random.default_rng(1)
    x, y = data(units, rows, classes, rng)
    layers = []
    for l in range(len(units) - 1):
        layers.append(torch.nn.Linear(units[l], units[l + 1]))
        if l < len(units) - 2:
            layers.append(torch.nn.ReLU() if classes else torch.nn.Sigmoid())
    net = torch.nn.Sequential(*layers).double()
    optimizer = torch.optim.SGD(net.parameters(), lr=STEP_SIZE)
    if classes:
        cut = [(torch.from_numpy(xb.copy()), torch.from_numpy(yb.argmax(axis=1))) for xb, yb in batches(x, y, batch)]
        loss_fn = torch.nn.functional.cross_entropy
    else:
        cut = [(torch.from_numpy(xb.copy()), torch.from_numpy(yb.copy())) for xb, yb in batches(x, y, batch)]
        loss_fn = lambda out, target: 0.5 * ((out - target) ** 2).sum(dim=1).mean()

    def step(i):
        xb, yb = cut[i % len(cut)]
        optimizer.zero_grad()
        loss = loss_fn(net(xb), yb)
        loss.backward()
        optimizer.step()

    return measure(step, seconds)


def measure(step, seconds):
    """Steps per second over at least `seconds`, after a warm-up of half as long."""
    rate = 0.0
    for duration in (seconds / 2, seconds):
        steps = 0
        start = time.perf_counter()
        while True:
            for _ in range(8):
                step(steps)
                steps += 1
            elapsed = time.perf_counter() - start
            if elapsed >= duration:
                break
        rate = steps / elapsed
    return rate


CONTENDERS = {
    "numpy32": numpy_contender(np.float32),
    "numpy64": numpy_contender(np.float64),
    "torch64": torch_contender,
}


def main():
    contender = sys.argv[1]
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
    which = sys.argv[3] if len(sys.argv) > 3 else "W1,W2,W3"
    for name, (units, rows, batch, classes) in WORKLOADS.items():
        if name in which:
            steps_per_second = CONTENDERS[contender](units, rows, batch, classes, seconds)
            rate = steps_per_second if name == "W1" else steps_per_second * batch
            print(f"{name} {contender} {rate:.6g}", flush=True)


if __name__ == "__main__":
    main()
