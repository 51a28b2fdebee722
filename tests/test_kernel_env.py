"""Kernels started with ``kernel_manager_with_env`` see the build's variables (the calling
process's environment is unchanged), start even when the ports picked for them are taken
before they bind them, are launched again when a launch fails, and write their own output
to a log file instead of the build's stderr."""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import signal
import socket
import stat
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
from jupyter_client.connect import LocalPortCache

from analysis.site import kernel_env
from analysis.site.kernel_env import (
    START_ATTEMPTS,
    KernelStartError,
    ipc_supported,
    kernel_manager_with_env,
)
from analysis.site.reports import NOTEBOOKS_DIR, NotebookFailedError, build_reports
from tests.conftest import ROOT, SEEDS

NAME = "VN_CORPUS_TEST_KERNEL_ENV"
#: The order in which jupyter_client's port cache hands out a kernel's five ports.
PORT_ORDER = ["shell", "iopub", "stdin", "hb", "control"]
#: A cell that prints the kernel's connection info (transport, ip, ports) as JSON.
CONNECTION_CELL = "import ipykernel\nprint(ipykernel.get_connection_info())"
#: What a kernel that lost a port prints (other tests' orphaned processes may write to the
#: same stderr, so the tests look for these, not for an empty stderr).
RACE_SIGNS = ("Exception in thread Heartbeat", "Address already in use")
#: libzmq's own assertion when a kernel's context ends while a signaler's peer has hung up
#: (POLLHUP at shutdown, zeromq/libzmq#1307; seen once in a clean-clone run, session 33):
#: the kernel's exit after its work, no port race and nothing the kernel wrote.
ZMQ_EXIT_ASSERTION = re.compile(
    rb"Assertion failed: pfd\.revents & POLLIN \(src/signaler\.cpp:\d+\)\r?\n?"
)


def _notebook(folder: Path, cell: str) -> Path:
    notebook = nbformat.v4.new_notebook()
    notebook.cells.append(nbformat.v4.new_code_cell(cell))
    notebook.metadata["kernelspec"] = {"name": "python3", "language": "python",
                                       "display_name": "Python 3"}  # fmt: skip
    source = folder / "in.ipynb"
    nbformat.write(notebook, source)
    return source


def _run(folder: Path, cell: str, manager: type) -> str:
    """Run a one-cell notebook with kernels of ``manager``; what the cell printed."""
    import papermill

    out = folder / "out.ipynb"
    papermill.execute_notebook(
        str(_notebook(folder, cell)),
        str(out),
        kernel_name="python3",
        progress_bar=False,
        kernel_manager_class=manager,
    )
    return nbformat.read(out, as_version=4).cells[0].outputs[0]["text"].strip()


@pytest.mark.slow
def test_the_kernel_reads_the_variable_the_caller_never_has(tmp_path: Path):
    assert NAME not in os.environ
    before = dict(os.environ)
    cell = f"import os\nprint(os.environ.get({NAME!r}, 'unset'))"
    printed = _run(tmp_path, cell, kernel_manager_with_env({NAME: "from-the-build"}))
    assert printed == "from-the-build"
    assert dict(os.environ) == before


# --- the port race: ports picked for a kernel, taken by another socket before it binds them ---


@pytest.fixture
def taken_ports(monkeypatch) -> Iterator[dict[str, int]]:
    """Make jupyter_client's port cache hand out, for the first kernel, ports that another
    socket already holds: what happens when a sibling kernel or any program binds a port
    between the moment it was picked for a kernel and the moment the kernel binds it.
    Yields ``{channel: port}``; the test fills it with the channels to take."""
    taken: dict[str, int] = {}
    holders: list[socket.socket] = []
    calls: list[str] = []
    original = LocalPortCache.find_available_port
    lock = threading.Lock()

    def find_available_port(self, ip: str) -> int:
        with lock:
            channel = PORT_ORDER[len(calls)] if len(calls) < len(PORT_ORDER) else ""
            calls.append(channel)
        if channel not in taken:
            return original(self, ip)
        holder = socket.socket()
        holder.bind((ip, 0))
        holder.listen()
        holders.append(holder)
        taken[channel] = holder.getsockname()[1]
        return taken[channel]

    monkeypatch.setattr(LocalPortCache, "find_available_port", find_available_port)
    yield taken
    for holder in holders:
        holder.close()


@pytest.mark.slow
@pytest.mark.skipif(not ipc_supported(), reason="Unix sockets (Linux, macOS)")
@pytest.mark.parametrize("channel", ["hb", "shell"])
def test_a_kernel_has_no_ports_to_lose(tmp_path, taken_ports, capfd, channel):
    """The race behind the flaky SIGTERM test: a kernel's heartbeat port taken before it
    bound it printed ``Exception in thread Heartbeat`` to the build's stderr (a shell port
    taken killed the kernel). Over Unix sockets in a private folder no port is picked."""
    taken_ports[channel] = 0  # taken when picked
    output = tmp_path / "kernel.log"
    manager = kernel_manager_with_env({}, output_log=output)
    info = json.loads(_run(tmp_path, CONNECTION_CELL, manager))
    assert taken_ports[channel] == 0  # no port was ever picked
    assert info["transport"] == "ipc"
    folder = Path(info["ip"]).parent
    assert Path(info["ip"]).name == "k" and folder.name.startswith("vnk-")
    assert not folder.exists()  # removed with the kernel
    # the kernel wrote nothing outside the notebook (libzmq's exit assertion aside)
    assert ZMQ_EXIT_ASSERTION.sub(b"", output.read_bytes()) == b""
    err = capfd.readouterr().err
    assert not [sign for sign in RACE_SIGNS if sign in err], err


@pytest.mark.slow
@pytest.mark.skipif(not ipc_supported(), reason="Unix sockets (Linux, macOS)")
def test_the_socket_folder_is_private_while_the_kernel_runs(tmp_path):
    cell = "import ipykernel, json, os, stat\ninfo = json.loads(ipykernel.get_connection_info())\n"
    cell += "print(oct(stat.S_IMODE(os.stat(os.path.dirname(info['ip'])).st_mode)))"
    assert _run(tmp_path, cell, kernel_manager_with_env({})) == oct(stat.S_IRWXU)


@pytest.mark.slow
@pytest.mark.parametrize("channel", ["hb", "shell"])
def test_over_tcp_a_kernel_whose_port_was_taken_is_launched_again(
    tmp_path, taken_ports, capfd, channel
):
    """Windows keeps TCP: the first launch loses a port (the kernel dies, or its heartbeat
    thread does), the second gets new ports; the lost launch's traceback is in the log."""
    taken_ports[channel] = 0
    output = tmp_path / "kernel.log"
    manager = kernel_manager_with_env({}, output_log=output, transport="tcp")
    info = json.loads(_run(tmp_path, CONNECTION_CELL, manager))
    assert info["transport"] == "tcp"
    assert taken_ports[channel] not in (0, info[f"{channel}_port"])
    err = capfd.readouterr().err
    assert not [sign for sign in RACE_SIGNS if sign in err], err
    text = output.read_text(encoding="utf-8")
    assert "Address already in use" in text and f":{taken_ports[channel]}" in text


# --- a kernel that cannot start: launched again, then its notebook fails ----------------------

#: What the breaking launcher prints (in its traceback) when it breaks.
BREAKS = "of this kernel breaks"
LAUNCHER = """\
import pathlib, sys
failures = pathlib.Path({failures!r})
failed = len(failures.read_text().splitlines()) if failures.exists() else 0
if failed < {fail_times}:
    with failures.open("a") as f:
        f.write("failed\\n")
    raise RuntimeError("placeholder: launch number %d of this kernel breaks" % (failed + 1))
from ipykernel import kernelapp
kernelapp.launch_new_instance()
"""


@pytest.fixture
def breaking_kernels(tmp_path, monkeypatch):
    """Kernels whose first ``n`` launches die with a traceback (an ``ipykernel_launcher``
    found first on ``PYTHONPATH``); returns the function that sets ``n``."""
    shim = tmp_path / "shim"
    shim.mkdir()
    path = [str(shim), str(ROOT), os.environ.get("PYTHONPATH", "")]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in path if p))

    def fail(times: int) -> Path:
        failures = tmp_path / "failures.txt"
        launcher = LAUNCHER.format(failures=str(failures), fail_times=times)
        (shim / "ipykernel_launcher.py").write_text(launcher, encoding="utf-8")
        return failures

    return fail


@pytest.mark.slow
def test_a_kernel_that_never_starts_fails_its_notebook_with_its_log(
    tmp_path, tmp_path_factory, breaking_kernels, capfd, monkeypatch
):
    failures = breaking_kernels(START_ATTEMPTS + 5)
    sockets = tmp_path_factory.mktemp("s")  # a short path: it holds Unix sockets
    made: list[Path] = []

    def socket_folder() -> Path:
        made.append(Path(tempfile.mkdtemp(dir=sockets)))
        return made[-1]

    monkeypatch.setattr(kernel_env, "socket_folder", socket_folder)
    output = tmp_path / "kernel.log"
    manager = kernel_manager_with_env({}, output_log=output)
    with pytest.raises(KernelStartError, match=f"did not start in {START_ATTEMPTS} launches"):
        _run(tmp_path, "print(1)", manager)
    assert len(failures.read_text().splitlines()) == START_ATTEMPTS
    assert len(made) == (1 if ipc_supported() else 0) and not list(sockets.iterdir())
    assert output.read_text(encoding="utf-8").count("Traceback") == START_ATTEMPTS
    assert BREAKS not in capfd.readouterr().err


def _one_notebook(tmp_path: Path) -> Path:
    folder = tmp_path / "notebooks"
    folder.mkdir()
    shutil.copy(NOTEBOOKS_DIR / "overview.ipynb", folder / "overview.ipynb")
    return folder


@pytest.mark.slow
def test_a_build_whose_kernel_fails_once_succeeds_and_names_the_log(
    tmp_path, breaking_kernels, capfd, caplog
):
    failures = breaking_kernels(1)
    out = tmp_path / "reports"
    with caplog.at_level(logging.WARNING, logger="analysis"):
        build_reports(SEEDS, out, notebooks_dir=_one_notebook(tmp_path))
    assert len(failures.read_text().splitlines()) == 1
    kept = out / "_logs" / "overview.kernel.log"
    assert "placeholder: launch number 1" in kept.read_text(encoding="utf-8")
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and str(kept) in warnings[0], warnings
    assert (out / "overview.html").is_file()
    assert BREAKS not in capfd.readouterr().err


@pytest.mark.slow
def test_a_build_whose_kernel_never_starts_keeps_the_log_with_the_failure(
    tmp_path, breaking_kernels, capfd
):
    breaking_kernels(START_ATTEMPTS + 5)
    out = tmp_path / "reports"
    with pytest.raises(NotebookFailedError) as failure:
        build_reports(SEEDS, out, notebooks_dir=_one_notebook(tmp_path))
    kept = out / "_failed" / "overview.kernel.log"
    assert failure.value.kernel_log == kept
    message = str(failure.value)
    assert f"did not start in {START_ATTEMPTS} launches" in message and str(kept) in message
    assert kept.read_text(encoding="utf-8").count("Traceback") == START_ATTEMPTS
    assert BREAKS not in capfd.readouterr().err


def test_a_kernel_being_shut_down_gets_no_interrupt(monkeypatch) -> None:
    """jupyter_client interrupts (SIGINT) a kernel before asking it to shut down; a kernel
    still handling a message then wrote "KeyboardInterrupt caught in kernel." to its log
    (1 run in 3 of the test above under load). The build's manager sends no signal then."""
    import asyncio

    sent: list[int] = []

    async def record(self, signum: int) -> None:
        sent.append(signum)

    manager = kernel_manager_with_env({})()
    monkeypatch.setattr(type(manager), "_async_signal_kernel", record)
    monkeypatch.setattr(type(manager), "has_kernel", property(lambda self: True))
    manager.shutting_down = True
    asyncio.run(manager.interrupt_kernel())
    assert sent == []
    manager.shutting_down = False
    monkeypatch.setattr(type(manager), "kernel_spec", property(lambda self: _SignalSpec()))
    asyncio.run(manager.interrupt_kernel())
    assert sent == [signal.SIGINT]


class _SignalSpec:
    interrupt_mode = "signal"
