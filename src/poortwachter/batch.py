"""Batch runs: many rows in, one result per row out, in input order.

The runner knows neither formats nor the law: a ``Judge`` turns an input row into a
result (a record, or an error record in its place), and the runner runs it over every
row, here or in worker processes in bounded chunks, so that memory stays flat however
long the input. Nothing is dropped or reordered; a worker that dies costs only the rows
it was judging. The command line composes the judge (``cli/judging.py``): reading a row
(``inputs/``), judging its case (``assessment.assess``) and encoding the record
(``outputs/records.py``).
"""

import itertools
import os
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

from .messages import Message, message, visible


class Judge(Protocol):
    """What makes one row's result: picklable, as it runs in worker processes."""

    def __call__(self, item: Any) -> "RowResult":
        """The result of one input row (``item.row`` is its number)."""

    def error(self, item: Any, said: Message, case_id: str | None = None) -> "RowResult":
        """An error record in the place of ``item``."""


class RowResult(NamedTuple):
    """What one input row became: an output line, and what the exit status needs."""

    row: int
    text: str
    error: Message | None
    highest: int
    """The rank of the most severe finding (0: none)."""
    case_id: str | None = None
    """The case judged, to find a case given twice."""
    item: Any = None
    """The input, to turn a second case with the same id into an error record."""
    data: Any = None
    """For a workbook (``--format xlsx``): the row's cells, typed (``SheetRows``); for an
    agenda, the case's actions (``agenda.AgendaCase``)."""
    encoded: bytes | None = None
    """``text`` with its line end as UTF-8, when the judge made it so (an output written
    as UTF-8 takes the bytes as they are); ``text`` is then empty."""

    warnings: tuple[Message, ...] = ()
    """What the user should know of the case as it was read (a wage that is most likely
    a misread column): said on stderr, and in a JSON Lines record's notes."""

    def output(self, end: str) -> bytes:
        """The record as written: ``text`` and ``end`` in UTF-8."""
        return self.encoded if self.encoded is not None else (self.text + end).encode()


def unique_cases(results: Iterable[RowResult], judge: Judge) -> Iterator[RowResult]:
    """Every result, but a second case with a case id already judged becomes an error
    record: cases from a folder, JSON Lines or a JSON array are never merged silently,
    and a calendar's UIDs stay unique. (A judge gives no ``case_id`` for a table's case:
    the gathering of course lines has made those unique already.) Memory stays flat:
    the case ids judged are kept in a ``CaseIdStore``."""
    from .case_ids import CaseIdStore

    seen: CaseIdStore | None = None
    try:
        for result in results:
            if result.case_id is not None and result.item is not None and result.error is None:
                # Made on the first case. (A worker forked while it is open never uses
                # it: a child judges rows and leaves by os._exit.)
                seen = seen or CaseIdStore()
                first = seen.first_row(result.case_id, result.row)
                if first != result.row:
                    said = message("case_again", case_id=visible(result.case_id), first=first)
                    yield judge.error(result.item, said, result.case_id)
                    continue
            yield result
    finally:
        if seen is not None:
            seen.close()


#: A result as a worker sends it back through the pipe: ``RowResult``'s fields in order,
#: but for the input, which the main process has already (a flag says whether the result
#: held it). Plain tuples: a frozen dataclass costs four times as much to unpickle, and
#: the main process unpickles every result while the workers wait for it.
_Packed = tuple[
    int, str, Message | None, int, str | None, bool, Any, bytes | None, tuple[Message, ...]
]


def _judge_packed(chunk: list[Any], judge: Judge) -> list[_Packed]:
    """A worker's share: the results of a chunk, packed (``_Packed``)."""
    packed: list[_Packed] = []
    for item in chunk:
        result = judge(item)
        if result.item is not None and result.item is not item:
            # _unpacked puts the chunk's own input back: a result must hold that one.
            raise RuntimeError(f"row {item.row}: a result holds another input than its own")
        packed.append(
            (
                result.row,
                result.text,
                result.error,
                result.highest,
                result.case_id,
                result.item is not None,
                result.data,
                result.encoded,
                result.warnings,
            )
        )
    return packed


def _unpacked(chunk: list[Any], packed: list[_Packed]) -> list[RowResult]:
    """The results of ``chunk`` from what ``_judge_packed`` made of it."""
    return [
        RowResult(
            row=row,
            text=text,
            error=error,
            highest=highest,
            case_id=case_id,
            item=item if has_item else None,
            data=data,
            encoded=encoded,
            warnings=warnings,
        )
        for item, (row, text, error, highest, case_id, has_item, data, encoded, warnings) in zip(
            chunk, packed, strict=True
        )
    ]


#: Workers when --workers is not given: one per CPU, at most this many.
MAX_AUTO_WORKERS = 8


def cpu_count() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def run(
    rows: Iterable[Any],
    judge: Judge,
    workers: int = 1,
    chunk_size: int = 256,
) -> Generator[RowResult, None, None]:
    """Judge every row, yielding results in input order.

    With ``workers > 1`` rows go to worker processes in chunks; at most two chunks per
    worker are in flight, so memory stays flat however long the input. A worker that
    dies (killed, out of memory) costs only the rows it was judging when it died: the
    chunks in flight are judged again one at a time, and a row that kills its worker
    twice becomes an error record.
    """
    if workers <= 1:
        for item in rows:
            yield judge(item)
        return
    # An input of a few chunks is judged here: starting workers would cost more.
    rows = iter(rows)
    first = list(itertools.islice(rows, 2 * chunk_size))
    if len(first) < 2 * chunk_size:
        for item in first:
            yield judge(item)
        return
    from concurrent.futures.process import BrokenProcessPool

    # The workers are forked when the first result is asked for: a caller that draws a
    # progress line (a thread) starts it after that (cli._started), as forking a process
    # that runs threads can deadlock. They end with the generator, however it ends.
    pool = _WorkerPool(workers, judge)
    rows = itertools.chain(first, rows)
    in_flight: deque[_Job] = deque()
    try:
        for chunk in _chunks(rows, chunk_size):
            in_flight.append(_Job(chunk, pool.submit(chunk)))
            if len(in_flight) >= 2 * workers:
                yield from _result(in_flight, pool, BrokenProcessPool)
        while in_flight:
            yield from _result(in_flight, pool, BrokenProcessPool)
    finally:
        pool.close()


@dataclass(slots=True)
class _Job:
    """A chunk in flight: its future, or its results once judged apart."""

    chunk: list[Any]
    future: Any
    results: list[RowResult] | None = None


def _result(
    in_flight: deque[_Job], pool: "_WorkerPool", broken: type[BaseException]
) -> list[RowResult]:
    job = in_flight.popleft()
    if job.results is not None:
        return job.results
    try:
        results = _unpacked(job.chunk, job.future.result())
    except broken:
        # The pool lost a worker: every chunk in flight lost its future. Judge them apart,
        # so that a row that kills its worker costs itself only; then a fresh pool.
        for waiting in (job, *in_flight):
            if waiting.results is None:
                waiting.results = pool.isolated(waiting.chunk)
        pool.restart()
        assert job.results is not None
        return job.results
    return results


class _WorkerPool:
    """Worker processes, started before any thread (fork), ended with the run."""

    def __init__(self, workers: int, judge: Judge) -> None:
        self.workers = workers
        self.judge = judge
        self._pool = self._new(workers)

    def _new(self, workers: int) -> Any:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        context = multiprocessing.get_context(method)
        pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_end_with_parent
        )
        # The executor forks its workers on the first job: give it one now, while this
        # process has no other thread.
        pool.submit(int).result()
        return pool

    def submit(self, chunk: list[Any]) -> Any:
        return self._pool.submit(_judge_packed, chunk, self.judge)

    def restart(self) -> None:
        # The broken pool's manager thread ends once it has seen the dead worker; wait
        # for it, or it may be left waiting on a pipe at exit.
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = self._new(self.workers)

    def isolated(self, chunk: list[Any]) -> list[RowResult]:
        """The chunk in a pool of its own; if a worker dies again, each row alone, twice
        at most, and a row that still kills its worker becomes an error record."""
        results = self._alone(chunk)
        if results is not None:
            return results
        found: list[RowResult] = []
        for item in chunk:
            single = self._alone([item]) or self._alone([item])
            found += single if single is not None else [_died(item, self.judge)]
        return found

    def _alone(self, chunk: list[Any]) -> list[RowResult] | None:
        from concurrent.futures.process import BrokenProcessPool

        with self._new(1) as pool:
            try:
                packed = pool.submit(_judge_packed, chunk, self.judge).result()
            except BrokenProcessPool:
                return None
            return _unpacked(chunk, packed)

    def close(self) -> None:
        """End the workers: after the last result, or when the run is cut short (an
        error, Ctrl-C, SIGTERM). Chunks not started are cancelled, each worker finishes
        the chunk in hand and exits, so that none outlives the run. (Killing workers
        instead can leave the pool's result pipe half written and its thread hanging.)"""
        self._pool.shutdown(wait=True, cancel_futures=True)


def _end_with_parent() -> None:
    """In a worker: leave Ctrl-C to the parent, which ends the workers itself (a worker
    would otherwise print its own KeyboardInterrupt), and die at once on SIGTERM."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _died(item: Any, judge: Judge) -> RowResult:
    return judge.error(item, message("worker_died"))


def _chunks(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in rows:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
