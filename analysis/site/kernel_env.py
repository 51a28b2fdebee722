"""The kernels a build starts: their environment, their sockets, their output, their start.

``papermill.execute_notebook`` starts each kernel with the calling process's
``os.environ``; a build that wants its kernels to read a variable (the snapshot of the
corpus, the hash seed, the plotting backend) would have to change its own environment,
and with it the analyst's session that called it. ``kernel_manager_with_env(env)`` is a
kernel manager class that starts kernels with ``os.environ`` plus ``env``; pass it as
``kernel_manager_class=`` to ``papermill.execute_notebook`` or ``nbclient.NotebookClient``.

Its kernels also start reliably when several start at once:

- **No ports to race for.** Over TCP, jupyter_client picks five free ports in the build's
  process, closes them, and the kernel binds them a second or two later; in between any
  other socket on the machine may take one (a sibling kernel binding a port of its own,
  another build, any program), and the kernel dies (``Address already in use`` on its
  shell, iopub, stdin or control socket) or loses its heartbeat thread, whose traceback
  lands in the build's log. On Linux and macOS the kernels use the ``ipc`` transport
  instead: Unix sockets in a private folder of their own (mode 0700, removed with the
  kernel), where nothing else can take their place. Windows keeps TCP.
- **A kernel that does not start is started again** (``START_ATTEMPTS`` launches in all,
  new ports each time): it has started once its heartbeat answers, which it does only
  after its five sockets are bound. A kernel that died, or answers ``kernel_info`` but not
  its heartbeat, or neither within the start timeout, is killed and launched again.
- **The kernel's own output goes to a log file** (``output_log``): what the kernel process
  writes to its stdout and stderr outside the notebook (a traceback of its start, a
  crash in native code) is appended there instead of reaching the build's log. A cell's
  output still goes to the notebook.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
import weakref
from collections.abc import Mapping
from pathlib import Path
from queue import Empty
from typing import IO, Any, ClassVar

import zmq
from jupyter_client.connect import LocalPortCache, port_names
from jupyter_client.localinterfaces import localhost
from jupyter_client.manager import AsyncKernelManager
from traitlets import default

log = logging.getLogger(__name__)

#: Seconds a launched kernel has to answer its heartbeat (nbclient's own start timeout).
START_TIMEOUT = 60.0
#: Seconds the heartbeat may lag behind a ``kernel_info`` reply (it starts before the shell).
HEARTBEAT_GRACE = 5.0
#: Launches of one kernel before its notebook fails.
START_ATTEMPTS = 3
#: Longest path of a kernel's Unix socket: ``sun_path`` holds 108 bytes on Linux and 104
#: on macOS, with the final NUL; the sockets are ``<folder>/k-1`` to ``<folder>/k-5``.
MAX_SOCKET_PATH = 100


class KernelStartError(RuntimeError):
    """A kernel did not start in ``START_ATTEMPTS`` launches."""


def ipc_supported() -> bool:
    """Whether kernels can talk over Unix sockets here (Linux and macOS; not Windows)."""
    return os.name == "posix" and bool(zmq.has("ipc"))


def socket_folder() -> Path | None:
    """A new private folder (mode 0700) for one kernel's Unix sockets, in the temporary
    folder or ``/tmp``; None when neither gives paths short enough for a socket."""
    for parent in dict.fromkeys([tempfile.gettempdir(), "/tmp"]):
        try:
            folder = Path(tempfile.mkdtemp(prefix="vnk-", dir=parent))
        except OSError:
            continue
        if len(os.fsencode(folder / "k-5")) <= MAX_SOCKET_PATH:
            return folder
        folder.rmdir()
    return None


class BuildKernelManager(AsyncKernelManager):
    """``AsyncKernelManager`` adding the build's variables to each kernel's env,
    private Unix sockets, a log of the kernel's own output and retried starts."""

    _socket_folder: Path | None = None
    _remove_folder: weakref.finalize | None = None  # also at exit, if never cleaned up
    _output: IO[bytes] | None = None
    _extra: ClassVar[dict[str, str]] = {}  # set by kernel_manager_with_env's subclass
    _chosen: str | None = None
    _output_log: Path | None = None
    _start_timeout: float = START_TIMEOUT

    @default("transport")
    def _default_transport(self) -> str:
        return self._chosen or ("ipc" if ipc_supported() else "tcp")

    async def start_kernel(self, **kw: Any) -> None:  # type: ignore[override]
        """Start the kernel with the build's variables in its environment; launch it
        again (new ports) when it does not start; ``KernelStartError`` after
        ``START_ATTEMPTS`` launches."""
        kw["env"] = {**os.environ, **kw.get("env", {}), **self._extra}
        self._private_sockets()
        if self._output_log is not None:
            self._output_log.parent.mkdir(parents=True, exist_ok=True)
            self._output = self._output_log.open("ab")
            kw["stdout"] = kw["stderr"] = self._output
        problem = ""
        for attempt in range(1, START_ATTEMPTS + 1):
            if attempt == 1:
                await self._async_start_kernel(**kw)
            else:
                await self._launch_again()
            problem = await self._start_problem()
            if not problem:
                return
            where = f"; its output is in {self._output_log}" if self._output_log else ""
            log.info(
                "kernel launch %d of %d did not start (%s)%s",
                attempt,
                START_ATTEMPTS,
                problem,
                where,
            )
        await self._async_kill_kernel()
        self._release()
        where = f" (its output is in {self._output_log})" if self._output_log else ""
        raise KernelStartError(
            f"its kernel did not start in {START_ATTEMPTS} launches: {problem}{where}"
        )

    def _private_sockets(self) -> None:
        """Put an ``ipc`` kernel's sockets in a new private folder (TCP when even
        ``/tmp`` gives paths too long for a Unix socket)."""
        if self.transport != "ipc" or self._socket_folder is not None:
            return
        self._socket_folder = socket_folder()
        if self._socket_folder is None:
            self.transport, self.ip = "tcp", localhost()
        else:
            self.ip = str(self._socket_folder / "k")
            folder = str(self._socket_folder)
            self._remove_folder = weakref.finalize(self, shutil.rmtree, folder, True)

    async def _launch_again(self) -> None:
        """Kill the kernel and launch it again with the same arguments, on new TCP
        ports (jupyter_client's own restart keeps the ports it cached)."""
        await self._async_shutdown_kernel(now=True, restart=True)
        if self.transport == "tcp":
            cache = LocalPortCache.instance()
            for name in port_names:
                cache.return_port(getattr(self, name))
                setattr(self, name, 0)
            self.cleanup_connection_file()  # written again, with the new ports
        await self._async_start_kernel(**self._launch_args)

    async def _start_problem(self) -> str:
        """'' once the kernel's heartbeat answers (its five sockets are bound by
        then), else why it did not start: it died, its heartbeat is silent though its
        shell answers ``kernel_info``, or it answered nothing within the timeout."""
        heartbeat = self._create_connected_socket("hb")
        client = self.client()
        client.start_channels(shell=True, iopub=False, stdin=False, hb=False, control=False)
        try:
            await heartbeat.send(b"ping")
            client.kernel_info()
            started = time.monotonic()
            shell_answered: float | None = None
            while True:
                if await heartbeat.poll(100):
                    return ""
                if not await self.is_alive():
                    return "the kernel process exited"
                if shell_answered is None and await _answered(client):
                    shell_answered = time.monotonic()
                now = time.monotonic()
                if shell_answered is not None and now - shell_answered > HEARTBEAT_GRACE:
                    return "its heartbeat did not answer"
                if now - started > self._start_timeout:
                    return f"it did not answer in {self._start_timeout:g} s"
        finally:
            heartbeat.close(linger=0)
            client.stop_channels()

    def _release(self) -> None:
        """Close the log and remove the socket folder (once)."""
        if self._output is not None:
            self._output.close()
            self._output = None
        if self._remove_folder is not None:
            self._remove_folder()
            self._remove_folder = self._socket_folder = None

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        try:
            await super()._async_cleanup_resources(restart=restart)
        finally:
            if not restart:
                self._release()

    cleanup_resources = _async_cleanup_resources  # type: ignore[assignment]

    async def _async_interrupt_kernel(self) -> None:
        """No SIGINT to a kernel being shut down. jupyter_client sends one before every
        shutdown request; a kernel still handling a message then writes "KeyboardInterrupt
        caught in kernel." to its output, which the build keeps as a kernel log and warns
        about. The shutdown request, then SIGTERM and SIGKILL, end the kernel anyway."""
        if self.shutting_down:
            return
        await super()._async_interrupt_kernel()

    interrupt_kernel = _async_interrupt_kernel  # type: ignore[assignment]


def kernel_manager_with_env(
    env: Mapping[str, str],
    *,
    output_log: Path | None = None,
    transport: str | None = None,
    start_timeout: float = START_TIMEOUT,
) -> type[AsyncKernelManager]:
    """A kernel manager class whose kernels start with ``os.environ`` (read at start)
    updated with ``env`` (the calling process's environment is not changed), over Unix
    sockets where they can (``transport`` forces ``"tcp"`` or ``"ipc"``), started again
    when a launch fails, with their own stdout and stderr appended to ``output_log``
    (None: inherited from this process)."""
    attributes = {
        "_extra": {str(k): str(v) for k, v in env.items()},
        "_chosen": transport,
        "_output_log": output_log,
        "_start_timeout": start_timeout,
    }
    return type("EnvKernelManager", (BuildKernelManager,), attributes)


async def _answered(client: Any) -> bool:
    """Whether the client's shell channel holds a reply (taken off it)."""
    try:
        await client.shell_channel.get_msg(timeout=0)
    except Empty:
        return False
    return True
