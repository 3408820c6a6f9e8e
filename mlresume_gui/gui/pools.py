"""Background threads for the window's slow work, one serial pool per kind of work.

The pools belong to the application, never to a window or a pane: a pool owned by a widget waits
in its destructor for the job it is running, while the thread destroying it holds the interpreter
that job needs to finish, and the window's teardown hangs. An application-owned pool outlives
every window; before the application quits, each pool is drained with the interpreter released.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QThreadPool

_pools: dict[str, QThreadPool] = {}


def serial_pool(kind: str) -> QThreadPool:
    """The one-thread pool for ``kind`` ("export", "preview", "autosave" ...): jobs run in order."""
    pool = _pools.get(kind)
    if pool is None:
        app = QCoreApplication.instance()
        pool = QThreadPool(app)
        pool.setObjectName(f"{kind}-pool")
        pool.setMaxThreadCount(1)
        if app is not None:
            app.aboutToQuit.connect(lambda p=pool: p.waitForDone(10000))
            pool.destroyed.connect(lambda _obj=None, k=kind: _pools.pop(k, None))
        _pools[kind] = pool
    return pool
