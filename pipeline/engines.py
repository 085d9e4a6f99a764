"""Engines: turn (path, doc_id) tasks into DocResults, yielded in input order.

Only paths and ids go to the workers and only JSON-able DocResult dicts come
back; every worker builds its own models (`build_nlp()` is cached per
process), so nothing big is ever pickled. At most `window` tasks are ahead of
the oldest unfinished one, so results wait in memory for a bounded time
however large the corpus is.

- `LocalEngine`: worker processes on this machine. Each worker runs one task
  at a time, so when a worker dies (segfault, out of memory, killed) or
  overruns the per-document timeout, the engine knows which document did it:
  that document gets a `failed` result, a fresh worker takes its place and the
  others go on.
- `DaskEngine`: the same on a Dask distributed cluster (a `LocalCluster` when no
  scheduler address is given). The workers need svodka installed and the corpus
  readable at the same paths; each builds its models on its first document. A
  worker that dies is replaced by its nanny and the task retried on another
  (Dask's `allowed-failures`); a document that kills every worker it meets
  gets a `failed` row.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from multiprocessing.connection import wait

from svodka.corpus.limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS

# Tests only: `crash:<doc_id>` makes the worker exit hard (os._exit) on that document,
# `segv:<doc_id>` kills it with SIGSEGV, `hang:<doc_id>` makes it hang there.
# Read in the parent, handed to the workers.
FAULT_ENV = "SVODKA_TEST_FAULT"

# Math-library threads per worker, set before numpy loads in the worker: the cores no worker
# has (`worker_threads`). With a worker per core the threads would only spin against each
# other (one each, as Dask's nanny sets); one worker on two cores gets two, which takes about
# 8 % off NER's wall time, as natasha alone gets from its default threads. BLAS splits a
# product by rows and columns, not along the sum, so the NER's numbers (and the tables) are
# the same with any thread count.
THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def worker_threads(workers: int) -> int:
    """Math-library threads for each of `workers` local workers: the machine's cores shared out.

    >>> worker_threads(10**6)
    1
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        cores = os.cpu_count() or 1
    return max(1, cores // max(1, workers))


def crash_result(path, doc_id: str, reason: str) -> dict:
    """A `failed` DocResult for a document whose worker did not come back."""
    from svodka.outputs.rows import failed_result
    from svodka.pipeline.cache import file_sha256

    result = failed_result(str(path), doc_id, "failed", reason, sha256=file_sha256(path))
    result["crashed"] = True  # not cached: the next run tries the document again
    return result


def _describe_exit(code) -> str:
    if code is None:
        return "worker process vanished"
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"worker process was killed by {name}"
    return f"worker process exited with code {code}"


def _process(path: str, doc_id: str, max_bytes: int, fault: str | None = None,
             max_chars: int = DEFAULT_MAX_CHARS) -> dict:
    """The task both engines run in a worker."""
    if fault == f"crash:{doc_id}":
        os._exit(70)
    if fault == f"segv:{doc_id}":
        os.kill(os.getpid(), signal.SIGSEGV)
    if fault == f"hang:{doc_id}":
        time.sleep(3600)
    from svodka.pipeline.process import process_path

    return process_path(path, doc_id, max_bytes=max_bytes, max_chars=max_chars)


# Read once by every new worker: the models extractors load on first use (natasha's NER, pymorphy3) load
# before the timeout clock starts, so the first document is timed like the others.
WARM_TEXT = "Семинар прошёл 3 апреля 2024 года в МБОУ «СОШ № 1» г. Казани. Выступила Петрова Анна Ивановна."


def _warm() -> None:
    """Build the models once when a worker starts, not inside the first document's time.

    A failure here is left for `process_path` to report on each document.
    """
    try:
        from svodka.corpus.source import Source
        from svodka.pipeline.process import analyze

        analyze(Source(doc_id="warm", path="", sha256="", text=WARM_TEXT))
    except Exception:  # noqa: BLE001
        pass


def _worker_main(conn, max_bytes: int, fault: str | None, threads: int = 1,
                 max_chars: int = DEFAULT_MAX_CHARS) -> None:
    """A local worker: receive (index, path, doc_id), send back (index, DocResult), until told to stop."""
    for name in THREAD_VARS:
        os.environ.setdefault(name, str(threads))  # the user's own setting wins
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C and SIGTERM are the parent's to handle:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # it stops the workers and writes what is done
        _warm()
        conn.send(READY)
        while True:
            task = conn.recv()
            if task is None:
                break
            index, path, doc_id = task
            conn.send((index, _process(path, doc_id, max_bytes, fault, max_chars)))
    except (EOFError, BrokenPipeError, KeyboardInterrupt):
        pass
    finally:
        conn.close()


def start_method() -> str:
    """forkserver where it exists (fresh, thread-safe workers; the Linux default from Python 3.14), else spawn.

    `SVODKA_START_METHOD=fork|spawn|forkserver` overrides it.
    """
    wanted = os.environ.get("SVODKA_START_METHOD")
    methods = multiprocessing.get_all_start_methods()
    if wanted in methods:
        return wanted
    return "forkserver" if "forkserver" in methods else "spawn"


READY = "ready"


class _Worker:
    """One worker process and the task it is on; the timeout clock starts once its models are built."""

    def __init__(self, context, max_bytes: int, fault: str | None, threads: int = 1,
                 max_chars: int = DEFAULT_MAX_CHARS):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, max_bytes, fault, threads, max_chars),
                                       name="svodka-worker", daemon=True)
        self.process.start()
        child.close()
        self.task = None  # [index, path, doc_id, deadline]
        self.ready = False

    def give(self, index: int, path, doc_id: str, timeout: float | None) -> None:
        self.task = [index, path, doc_id, None]
        self._clock(timeout)
        self.conn.send((index, str(path), doc_id))

    def _clock(self, timeout: float | None) -> None:
        if self.ready and self.task is not None and timeout:
            self.task[3] = time.monotonic() + timeout

    def poll(self, timeout: float | None):
        """The DocResult if the worker has sent it, else None (noting a READY message on the way)."""
        while self.conn.poll():
            message = self.conn.recv()
            if message == READY:
                self.ready = True
                self._clock(timeout)
                continue
            return message[1]
        return None

    def stop(self, kill: bool = False) -> None:
        if kill or not self.process.is_alive():
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except (OSError, BrokenPipeError):
                self.process.kill()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


class LocalEngine:
    """Worker processes on this machine; results in input order."""

    name = "local"

    def __init__(self, workers: int = 1, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float | None = None,
                 window: int | None = None, method: str | None = None, max_chars: int = DEFAULT_MAX_CHARS):
        self.workers = max(1, int(workers or 1))
        self.max_bytes = max_bytes
        self.max_chars = max_chars
        self.timeout = timeout
        self.window = window or max(32, 8 * self.workers)
        self.method = method or start_method()
        self.fault = os.environ.get(FAULT_ENV) or None
        self.threads = worker_threads(self.workers)

    def _context(self):
        context = multiprocessing.get_context(self.method)
        if self.method == "forkserver":
            # not pipeline.process: numpy must load in each worker, after its thread limit is set
            context.set_forkserver_preload(["svodka.pipeline.engines"])
        return context

    def _worker(self, context) -> _Worker:
        return _Worker(context, self.max_bytes, self.fault, self.threads, self.max_chars)

    def map(self, tasks):
        """Yield one DocResult per (path, doc_id) task, in task order."""
        tasks = list(tasks)
        if not tasks:
            return
        context = self._context()
        queue = deque(enumerate(tasks))
        done: dict[int, dict] = {}
        next_out = 0
        workers = [self._worker(context) for _ in range(min(self.workers, len(tasks)))]
        finished = False
        try:
            while next_out < len(tasks):
                workers = [w for w in workers if w is not None]
                for worker in workers:
                    if worker.task is None and queue and queue[0][0] < next_out + self.window:
                        index, (path, doc_id) = queue.popleft()
                        worker.give(index, path, doc_id, self.timeout)
                busy = [w for w in workers if w.task is not None]
                ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy],
                                 timeout=self._wait_time(busy)))
                for position, worker in enumerate(workers):
                    if worker is None or worker.task is None:
                        continue
                    outcome = self._collect(worker, ready)
                    if outcome is None:
                        continue
                    index, path, doc_id, _ = worker.task
                    result, failure = outcome
                    if failure:
                        done[index] = crash_result(path, doc_id, failure)
                        worker.stop(kill=True)
                        workers[position] = self._worker(context) if queue else None
                    else:
                        done[index] = result
                        worker.task = None
                while next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
            finished = True
        finally:
            for worker in workers:
                if worker is not None:
                    worker.stop(kill=not finished)

    def _wait_time(self, busy) -> float | None:
        deadlines = [w.task[3] for w in busy if w.task[3] is not None]
        return max(0.0, min(deadlines) - time.monotonic()) if deadlines else None

    def _collect(self, worker, ready):
        """(result, None) when the worker answered, (None, reason) when it died or overran, None while it works."""
        if worker.conn in ready or worker.process.sentinel in ready:
            try:
                result = worker.poll(self.timeout)
                if result is not None:
                    return result, None
            except (EOFError, OSError):
                pass
            if worker.process.sentinel in ready or not worker.process.is_alive():
                worker.process.join(timeout=1)
                return None, f"{_describe_exit(worker.process.exitcode)} while processing this document"
        deadline = worker.task[3]
        if deadline is not None and time.monotonic() >= deadline:
            return None, f"timed out after {self.timeout:g} s (worker stopped)"
        return None


class DaskEngine:
    """A Dask distributed cluster; a LocalCluster of `workers` single-thread processes without an address."""

    name = "dask"

    def __init__(self, workers: int = 1, max_bytes: int = DEFAULT_MAX_BYTES, scheduler: str | None = None,
                 window: int | None = None, max_chars: int = DEFAULT_MAX_CHARS):
        self.workers = max(1, int(workers or 1))
        self.max_bytes = max_bytes
        self.max_chars = max_chars
        self.scheduler = scheduler
        self.window = window
        self.fault = os.environ.get(FAULT_ENV) or None

    def _client(self):
        try:
            from distributed import Client, LocalCluster
        except ImportError:  # pragma: no cover
            sys.exit("svodka: --engine dask needs the dask extra: pip install 'svodka[dask]'")
        if self.scheduler:
            return Client(self.scheduler), None
        cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        return Client(cluster), cluster

    def map(self, tasks):
        """Submit tasks with a bounded window and yield their results in task order."""
        tasks = list(tasks)
        if not tasks:
            return
        from distributed import KilledWorker

        client, cluster = self._client()
        try:
            window = self.window or max(32, 8 * max(1, len(client.nthreads()) or self.workers))
            queue = deque(tasks)
            futures = deque()
            while queue or futures:
                while queue and len(futures) < window:
                    path, doc_id = queue.popleft()
                    future = client.submit(_process, str(path), doc_id, self.max_bytes, self.fault, self.max_chars,
                                           pure=False)
                    futures.append((path, doc_id, future))
                path, doc_id, future = futures.popleft()
                try:
                    yield future.result()
                except KilledWorker:
                    yield crash_result(path, doc_id, "every dask worker that tried this document died")
                except Exception as exc:  # a task error that escaped process_path
                    yield crash_result(path, doc_id, f"dask task failed: {type(exc).__name__}: {exc}")
                finally:
                    future.release()
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


ENGINES = {"local": LocalEngine, "dask": DaskEngine}


def make_engine(engine: str = "local", workers: int = 1, max_bytes: int = DEFAULT_MAX_BYTES,
                scheduler: str | None = None, timeout: float | None = None, max_chars: int = DEFAULT_MAX_CHARS):
    if engine == "dask":
        return DaskEngine(workers, max_bytes, scheduler=scheduler, max_chars=max_chars)
    if engine == "local":
        return LocalEngine(workers, max_bytes, timeout=timeout, max_chars=max_chars)
    raise ValueError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
