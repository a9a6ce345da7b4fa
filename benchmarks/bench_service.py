"""The HTTP service under bounded load on loopback: `skillgap serve` on 127.0.0.1 and a free port.

    python benchmarks/bench_service.py                                  # the dev corpus PDFs
    python benchmarks/bench_service.py --pdfs DIR --workers 2 --requests 2000

1. **Closed loop** for 1, 8 and 32 concurrent clients: each client posts the next PDF of the folder
   to /v1/analyze as soon as its last answer came; requests per second over the phase, p50 and
   p95 latency. Every answer is checked: status 200 and the same sha256 and readiness as the
   reference answer for that file (taken first, one client at a time).
2. **Memory**: resident memory of the server process and of its workers once at least
   `--requests` requests (2,000 by default) have been served, and at start.
3. **Overload**: an open loop that sends requests at twice the best closed-loop rate for
   `--overload-seconds`; every request must get an answer, either its correct report or an
   immediate 503 (the bounded queue), and nothing else.

Prints a Markdown report (and `--json FILE` writes the figures). Not a test: nothing is asserted,
but wrong or lost answers are counted and printed. The machine's load average is printed too,
since other processes slow a run down.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "pdf"


@dataclass
class Reference:
    sha256: str
    readiness: float | None
    error: str | None


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    wrong: int = 0
    lost: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, status: int, seconds: float, correct: bool) -> None:
        with self.lock:
            self.statuses[status] = self.statuses.get(status, 0) + 1
            if status == 200:
                self.latencies.append(seconds)
            if not correct:
                self.wrong += 1


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start(workers: int, queue: int, folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    log = (folder / "server.log").open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "analyzer",
            "serve",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--queue",
            str(queue),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "TMPDIR": str(folder)},
    )
    log.close()
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit("the server did not start: " + (folder / "server.log").read_text())


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text(encoding="ascii")
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry.name))
    found, stack = [], [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


def memory(pid: int) -> dict[str, float]:
    workers = [rss_mib(p) for p in descendants(pid)]
    return {"server_mib": rss_mib(pid), "children_mib": sum(workers), "children": len(workers)}


def post(client: httpx.Client, path: Path, data: bytes) -> tuple[int, dict[str, object] | None]:
    response = client.post("/v1/analyze", files={"resume": (path.name, data)})
    try:
        body = response.json()
    except ValueError:
        body = None
    return response.status_code, body


def correct(status: int, body: dict[str, object] | None, reference: Reference) -> bool:
    if status == 503:
        return True
    if reference.error is not None:
        return body is not None and body.get("error", {}).get("code") == reference.error  # type: ignore[union-attr]
    if status != 200 or body is None:
        return False
    source, score = body["source"], body["score"]
    return source["sha256"] == reference.sha256 and score["readiness"] == reference.readiness  # type: ignore[index]


def references(url: str, files: list[tuple[Path, bytes]]) -> dict[str, Reference]:
    found = {}
    with httpx.Client(base_url=url, timeout=120) as client:
        for path, data in files:
            status, body = post(client, path, data)
            digest = hashlib.sha256(data).hexdigest()
            if status == 200 and body is not None:
                found[path.name] = Reference(digest, body["score"]["readiness"], None)  # type: ignore[index]
            else:
                code = body["error"]["code"] if body else f"HTTP {status}"  # type: ignore[index]
                found[path.name] = Reference(digest, None, code)
    return found


def closed_loop(
    url: str, files: list[tuple[Path, bytes]], refs: dict[str, Reference], clients: int, total: int
) -> tuple[Tally, float]:
    tally = Tally()
    counter = iter(range(total))
    lock = threading.Lock()

    def client_loop() -> None:
        with httpx.Client(base_url=url, timeout=300) as client:
            while True:
                with lock:
                    index = next(counter, None)
                if index is None:
                    return
                path, data = files[index % len(files)]
                started = time.perf_counter()
                status, body = post(client, path, data)
                tally.add(
                    status, time.perf_counter() - started, correct(status, body, refs[path.name])
                )

    started = time.perf_counter()
    threads = [threading.Thread(target=client_loop) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally, time.perf_counter() - started


def open_loop(
    url: str,
    files: list[tuple[Path, bytes]],
    refs: dict[str, Reference],
    rate: float,
    seconds: float,
) -> Tally:
    tally = Tally()
    count = int(rate * seconds)
    local = threading.local()

    def one(index: int) -> None:
        if not hasattr(local, "client"):
            local.client = httpx.Client(base_url=url, timeout=300)
        path, data = files[index % len(files)]
        started = time.perf_counter()
        try:
            status, body = post(local.client, path, data)
        except httpx.TransportError:
            with tally.lock:
                tally.lost += 1
            return
        tally.add(status, time.perf_counter() - started, correct(status, body, refs[path.name]))

    start_at = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(128) as pool:
        futures = []
        for index in range(count):
            delay = start_at + index / rate - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            futures.append(pool.submit(one, index))
        concurrent.futures.wait(futures)
    return tally


def direct_ms(files: list[tuple[Path, bytes]]) -> float:
    """Median time of the same analyses in this process with a warm Analyzer (no HTTP, no
    worker): what a request costs beyond it is the service's own overhead."""
    from analyzer.engine import Analyzer

    analyzer = Analyzer()
    times = []
    for path, _ in files:
        started = time.perf_counter()
        try:
            analyzer.analyze(path)
        except Exception:
            continue
        times.append(time.perf_counter() - started)
    return 1000 * statistics.median(times)


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pdfs", type=Path, default=CORPUS)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8, 32])
    parser.add_argument(
        "--queue", type=int, default=64, help="the server's --queue: 32 clients wait, not 503"
    )
    parser.add_argument("--requests", type=int, default=2000, help="served before memory is read")
    parser.add_argument("--overload-seconds", type=float, default=30.0)
    parser.add_argument("--json", type=Path, default=None)
    options = parser.parse_args()

    files = [(p, p.read_bytes()) for p in sorted(options.pdfs.glob("*.pdf"))]
    if not files:
        raise SystemExit(f"no PDFs in {options.pdfs}")
    with tempfile.TemporaryDirectory() as scratch:
        process, url = start(options.workers, options.queue, Path(scratch))
        try:
            at_start = memory(process.pid)
            refs = references(url, files)
            served = len(files)
            rows = []
            for clients in options.clients:
                phase = max(len(files), (options.requests - served) // len(options.clients))
                tally, wall = closed_loop(url, files, refs, clients, phase)
                served += phase
                rows.append(
                    {
                        "clients": clients,
                        "requests": phase,
                        "rps": tally.statuses.get(200, 0) / wall,
                        "p50_ms": 1000 * percentile(tally.latencies, 0.50),
                        "p95_ms": 1000 * percentile(tally.latencies, 0.95),
                        "statuses": tally.statuses,
                        "wrong": tally.wrong,
                    }
                )
                print(f"{clients} clients: {rows[-1]}", file=sys.stderr, flush=True)
            while served < options.requests:
                tally, _ = closed_loop(url, files, refs, 8, options.requests - served)
                served = options.requests
            after = memory(process.pid)
            sustainable = max(row["rps"] for row in rows)  # type: ignore[type-var]
            overload = open_loop(url, files, refs, 2 * sustainable, options.overload_seconds)
            final = memory(process.pid)
        finally:
            process.send_signal(signal.SIGINT)
            process.wait(60)
    direct = direct_ms(files)
    report = {
        "workers": options.workers,
        "direct_median_ms": direct,
        "files": len(files),
        "load_average": os.getloadavg(),
        "closed_loop": rows,
        "memory_at_start": at_start,
        "memory_after_requests": {"requests": served, **after},
        "overload": {
            "rate": 2 * sustainable,
            "seconds": options.overload_seconds,
            "sent": int(2 * sustainable * options.overload_seconds),
            "statuses": overload.statuses,
            "lost": overload.lost,
            "wrong": overload.wrong,
            "p50_ms_ok": 1000 * percentile(overload.latencies, 0.5),
            "p95_ms_ok": 1000 * percentile(overload.latencies, 0.95),
            "memory_after": final,
        },
    }
    print(
        f"{len(files)} PDFs, {options.workers} workers, queue {options.queue}, "
        f"load average {report['load_average']}"
    )
    print("\n| clients | requests | req/s | p50 ms | p95 ms | statuses | wrong |")
    print("|---:|---:|---:|---:|---:|---|---:|")
    for row in rows:
        print(
            f"| {row['clients']} | {row['requests']} | {row['rps']:.1f} | {row['p50_ms']:.0f} | "
            f"{row['p95_ms']:.0f} | {row['statuses']} | {row['wrong']} |"
        )
    one = next((row for row in rows if row["clients"] == 1), None)
    if one is not None:
        print(
            f"\nin-process analysis (warm Analyzer, no HTTP): median {direct:.0f} ms; one client's "
            f"median over HTTP: {one['p50_ms']:.0f} ms"
        )
    print(f"\nmemory at start: {at_start}")
    print(f"memory after {served} requests: {after}")
    print(f"overload: {json.dumps(report['overload'])}")
    if options.json:
        options.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
