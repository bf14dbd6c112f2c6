"""The PyTorch peer of TrainingSpeed.java: same network, data shape, batch size, step size and
precision (float64), on the CPU. Prints "key value" lines for bin/bench-training."""
import sys
import time

import numpy as np
import torch

ROWS, INPUTS, CLASSES, BATCH = 8192, 784, 10, 128


def main():
    epochs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    torch.set_num_threads(int(sys.argv[2]) if len(sys.argv) > 2 else 2)
    rng = np.random.default_rng(1)
    x = rng.uniform(-1, 1, size=(ROWS, INPUTS))
    labels = (x @ rng.standard_normal((INPUTS, CLASSES))).argmax(axis=1)
    x = torch.from_numpy(x)
    labels = torch.from_numpy(labels)
    torch.manual_seed(2)
    net = torch.nn.Sequential(
        torch.nn.Linear(INPUTS, 256), torch.nn.ReLU(),
        torch.nn.Linear(256, 128), torch.nn.ReLU(),
        torch.nn.Linear(128, CLASSES)).double()
    optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
    loss_fn = torch.nn.CrossEntropyLoss()

    def epoch():
        order = torch.randperm(ROWS)
        total = 0.0
        for start in range(0, ROWS, BATCH):
            rows = order[start:start + BATCH]
            optimizer.zero_grad()
            loss = loss_fn(net(x[rows]), labels[rows])
            loss.backward()
            optimizer.step()
            total += loss.item() * len(rows)
        return total / ROWS

    epoch()  # warm-up
    start = time.perf_counter()
    for _ in range(epochs):
        last = epoch()
    seconds = time.perf_counter() - start
    print(f"torch_threads {torch.get_num_threads()}")
    print(f"train_seconds_per_epoch {seconds / epochs:.4f}")
    print(f"train_final_loss {last:.4f}")

    a = torch.rand(128, 784, dtype=torch.float64)
    b = torch.rand(784, 256, dtype=torch.float64)
    for _ in range(50):
        a @ b
    times = []
    for _ in range(31):
        t = time.perf_counter()
        for _ in range(10):
            a @ b
        times.append((time.perf_counter() - t) / 10)
    print(f"gemm_gflops {2 * 128 * 784 * 256 / sorted(times)[15] / 1e9:.1f}")


if __name__ == "__main__":
    main()
