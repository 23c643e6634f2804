"""`serve --workers N`: N server processes, each with its own listening socket on the one port.

Why not uvicorn's own `workers=N`: its workers share one listening socket, and a worker that wakes
up for a new connection accepts every connection waiting at that moment (asyncio accepts up to
the backlog in one go). Clients that connect together (a browser's connections, an office at
nine, the benchmark's 20 clients) mostly land on one worker and stay there (keep-alive): measured
with bench/bench_serve.py --workers 2, the busiest worker did 84-93% of the server's work. Here
every worker listens on a socket of its own, bound with SO_REUSEPORT, and the kernel spreads new
connections over them. All sockets are bound here, before any worker starts, so a port in use
is said at once; a probe without SO_REUSEPORT first makes sure no other program (or another
workbench) already listens there, since SO_REUSEPORT would otherwise let the two share the port.

A worker that dies is started again; Ctrl+C or SIGTERM stops them all; a worker whose parent is
gone stops itself (stop_with_parent), so `kill -9` of this process leaves nothing behind.
Where SO_REUSEPORT does not exist (not Linux or BSD), uvicorn's shared socket is used instead.
"""

from __future__ import annotations

import socket
from typing import Any

from procesregels.errors import ConfigError
from procesregels.i18n import text

#: How often the parent looks for a worker that died, in seconds.
_WATCH = 0.5
#: A worker that dies sooner than this after its start is not started again: it would die again.
_STEADY = 10.0


def can_share_port() -> bool:
    return hasattr(socket, "SO_REUSEPORT")


def listening_sockets(host: str, port: int, count: int, backlog: int = 2048) -> list[socket.socket]:
    """`count` sockets listening on (host, port), spread over by the kernel; ConfigError when the
    port is taken (by anything: another workbench included)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    address = host.strip("[]")
    probe = socket.socket(family, socket.SOCK_STREAM)
    try:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # a port just left (TIME_WAIT) is free
        probe.bind((address, port))
    except OSError as error:
        raise _port_in_use(host, port, error) from None
    finally:
        probe.close()
    sockets: list[socket.socket] = []
    try:
        for _ in range(count):
            # IPPROTO_TCP named, not left 0: asyncio turns Nagle's algorithm off (TCP_NODELAY) only on
            # connections of a socket that says it is TCP. Without it a response written in two parts
            # (head, then body) waited for the client's delayed ACK: 40 ms on every request.
            listener = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
            sockets.append(listener)
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            listener.bind((address, port))
            listener.listen(backlog)
            listener.set_inheritable(True)
    except OSError as error:
        for listener in sockets:
            listener.close()
        raise _port_in_use(host, port, error) from None
    return sockets


def _port_in_use(host: str, port: int, error: OSError) -> ConfigError:
    return ConfigError(text("web.serve.port_in_use", "en", {"host": host, "port": port,
                                                             "reason": error.strerror or str(error)}))


def run_workers(settings: dict, options: dict[str, Any], sockets: list[socket.socket]) -> None:
    """Start one worker per socket and keep them running until Ctrl+C or SIGTERM."""
    import multiprocessing
    import signal
    import threading
    import time

    context = multiprocessing.get_context("spawn")  # a fresh interpreter: no state copied from here
    stop = threading.Event()

    def start(listener: socket.socket):
        process = context.Process(target=_worker, args=(settings, options, listener), name="procesregels-worker")
        process.start()
        return process

    previous = {number: signal.signal(number, lambda *_: stop.set()) for number in (signal.SIGINT, signal.SIGTERM)}
    workers = [start(listener) for listener in sockets]
    started = [time.monotonic()] * len(workers)
    failed = False
    try:
        while not stop.wait(_WATCH):
            for index, process in enumerate(workers):
                if process.exitcode is None:
                    continue
                if time.monotonic() - started[index] < _STEADY:  # it cannot start: starting it again will not help
                    failed = True
                    stop.set()
                    break
                workers[index], started[index] = start(sockets[index]), time.monotonic()  # serve its share again
    finally:
        for process in workers:
            if process.is_alive():
                process.terminate()  # SIGTERM: uvicorn finishes the requests in flight
        for process in workers:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()
                process.join(timeout=5)
        for listener in sockets:
            listener.close()
        for number, handler in previous.items():
            signal.signal(number, handler)
    if failed:
        raise ConfigError(text("web.serve.worker_failed", "en"))


def _worker(settings: dict, options: dict[str, Any], listener: socket.socket) -> None:
    """One worker process: the prepared application on its own socket."""
    import uvicorn

    stop_with_parent()
    server = uvicorn.Server(uvicorn.Config(prepared_app(settings), **options))
    server.run(sockets=[listener])


def prepared_app(settings: dict):
    """The application for the settings of `server.run`, with the process warmed up (see tuning.py)."""
    from pathlib import Path

    from procesregels.web.app import create_app
    from procesregels.web.security import access_for
    from procesregels.web.tuning import prepare_process

    folder = Path(settings["workspace"])
    app = create_app(folder, access_for(settings["host"], settings["auth"], settings["header"]),
                     demo=bool(settings["demo"]))
    prepare_process(folder)
    return app


def stop_with_parent(every: float = 0.5) -> None:
    """Stop this worker when the process that started it is gone. uvicorn's workers do not notice
    their supervisor's death: after `kill -9` of `procesregels serve` they went on answering on the
    port (an old workbench the next start could not replace). A worker whose parent changed asks
    itself to stop as Ctrl-C would (SIGTERM: requests in flight are finished, saves are atomic)."""
    import os
    import signal
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="stop-with-parent", daemon=True).start()
