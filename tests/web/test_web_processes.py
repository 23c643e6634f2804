"""`serve --workers N` on a port shared by N sockets (web/processes.py): the kernel spreads the
connections, a port in use is refused (another workbench too), and answers are not held back by
Nagle's algorithm."""

from __future__ import annotations

import asyncio
import socket

import pytest
from web_server import free_port

from procesregels.errors import ConfigError
from procesregels.web import processes

pytestmark = pytest.mark.skipif(not processes.can_share_port(), reason="SO_REUSEPORT is not available here")


def test_a_port_in_use_is_refused_in_words():
    port = free_port()
    with socket.socket() as other:
        other.bind(("127.0.0.1", port))
        other.listen()
        with pytest.raises(ConfigError, match=f"port {port}"):
            processes.listening_sockets("127.0.0.1", port, 2)


def test_a_second_workbench_on_the_same_port_is_refused():
    """SO_REUSEPORT would let two servers of one user share a port: the probe without it refuses."""
    port = free_port()
    first = processes.listening_sockets("127.0.0.1", port, 2)
    try:
        with pytest.raises(ConfigError):
            processes.listening_sockets("127.0.0.1", port, 2)
    finally:
        for listener in first:
            listener.close()
    again = processes.listening_sockets("127.0.0.1", port, 2)  # free again once the first has stopped
    for listener in again:
        listener.close()


def test_connections_of_a_worker_socket_send_without_delay():
    """asyncio sets TCP_NODELAY only on connections of a socket that names its protocol (TCP);
    uvicorn's own shared socket does not, and its answers waited 40 ms for the client's ACK."""
    port = free_port()
    sockets = processes.listening_sockets("127.0.0.1", port, 2)
    seen: list[int] = []

    class Recorder(asyncio.Protocol):
        def connection_made(self, transport):
            seen.append(transport.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            transport.close()

    async def accept_one() -> None:
        loop = asyncio.get_running_loop()
        servers = [await loop.create_server(Recorder, sock=listener) for listener in sockets]
        try:
            for _ in range(8):  # either socket may get a connection
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                await reader.read()
                writer.close()
        finally:
            for server in servers:
                server.close()

    try:
        asyncio.run(accept_one())
    finally:
        for listener in sockets:
            listener.close()
    assert len(seen) == 8 and all(seen)
