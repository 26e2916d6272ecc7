"""Extension points the feature packages fill, so the server applies their rules to synced ops.

* `COMMANDS[(entity, name)]`: runs a command op (a state-machine change) on the server, e.g.
  `COMMANDS[("deal_registrations", "submit")] = lambda uow, deal, args: submit_on(uow, deal, **args)`.
  The handler changes `obj` (and any other rows) through `uow.command(...)`; raising `UserError` rejects
  the op with the error's code. An unknown (entity, name) is rejected `unknown_command`.
* `VALIDATORS[entity]`: checks a row after a create or a patch has been applied to it (before flush),
  with `created` telling which; raising `UserError` rejects the op. This is where the same validation
  the laptop runs in its commands is reused for generic creates and patches.

Both run inside the op's savepoint of the push transaction: a rejection undoes only that op."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workbench.db.base import SyncedMixin
from workbench.db.uow import UnitOfWork

CommandHandler = Callable[[UnitOfWork, Any, dict[str, Any]], None]
Validator = Callable[[UnitOfWork, Any, bool], None]

COMMANDS: dict[tuple[str, str], CommandHandler] = {}
VALIDATORS: dict[str, Validator] = {}


def register_command(entity: str, name: str, handler: CommandHandler) -> None:
    COMMANDS[(entity, name)] = handler


def register_validator(entity: str, validator: Validator) -> None:
    VALIDATORS[entity] = validator


def run_validator(entity: str, uow: UnitOfWork, obj: SyncedMixin, created: bool) -> None:
    validator = VALIDATORS.get(entity)
    if validator is not None:
        validator(uow, obj, created)
