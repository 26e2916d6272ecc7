"""What every view gets: the task runner, the replica engine (an opaque handle: ui never imports sqlalchemy),
the event bridge and the acting user. Views run their reads and writes through ``ctx.db(...)`` (db lane)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ui.bridge import CoreEvent, DataChanged, EventBridge
from ui.tasks import ErrorCallback, Lane, Runner, SuccessCallback, TaskHandle
from workbench.security.roles import Actor


@dataclass
class AppContext:
    runner: Runner
    engine: Any
    bridge: EventBridge
    actor: Actor
    workspace_label: str = ""
    sync: Any = None  # ui.sync_controller.SyncController when the workspace syncs with a server, else None
    offline_reason: str = ""  # why there is no sync (shown in the status bar), e.g. the demo server failed
    workspace_root: str = ""  # the workspace folder (evidence files, proofs, the signing identity)
    secrets: Any = None  # workbench.security.secrets.SecretStore of this workspace (signing-key passphrase)

    def db(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_success: SuccessCallback | None = None,
        on_error: ErrorCallback | None = None,
        name: str | None = None,
    ) -> TaskHandle:
        """Run ``fn(*args)`` on the db lane; callbacks on the GUI thread."""
        return self.runner.submit(Lane.DB, fn, *args, on_success=on_success, on_error=on_error, name=name)

    def changed(self, entity: str, *ids: str) -> None:
        """Tell every view that rows of ``entity`` changed (lists refresh, the status bar recounts)."""
        self.bridge.publish(CoreEvent.DATA_CHANGED, DataChanged(entity, frozenset(ids)))
