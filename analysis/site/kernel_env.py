"""Environment for the kernels a build starts, given to them alone.

``papermill.execute_notebook`` starts each kernel with the calling process's
``os.environ``; a build that wants its kernels to read a variable (the snapshot of the
corpus, the hash seed, the plotting backend) would have to change its own environment,
and with it the analyst's session that called it. ``kernel_manager_with_env(env)`` is a
kernel manager class that starts kernels with ``os.environ`` plus ``env`` and changes
nothing else; pass it as ``kernel_manager_class=`` to ``papermill.execute_notebook`` or
``nbclient.NotebookClient``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from jupyter_client.manager import AsyncKernelManager


def kernel_manager_with_env(env: Mapping[str, str]) -> type[AsyncKernelManager]:
    """A kernel manager class whose kernels start with ``os.environ`` (read at start)
    updated with ``env``; the calling process's environment is not changed."""
    extra = {str(k): str(v) for k, v in env.items()}

    class EnvKernelManager(AsyncKernelManager):
        """``AsyncKernelManager`` adding the build's variables to each kernel's env."""

        async def start_kernel(self, **kw: Any) -> None:  # type: ignore[override]
            """Start the kernel with the build's variables in its environment."""
            kw["env"] = {**os.environ, **kw.get("env", {}), **extra}
            await super().start_kernel(**kw)

    return EnvKernelManager
