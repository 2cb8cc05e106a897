"""Plugin discovery: rules from the ``articlecleaner.rules`` entry-point group."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points

from ._errors import PluginLoadError
from ._rule import Rule

ENTRY_POINT_GROUP = "articlecleaner.rules"


@dataclass(frozen=True)
class PluginRules:
    """The rules one entry point contributed, and the distribution that declared it."""

    distribution: str
    entry_point: str
    rules: tuple[type[Rule], ...]


def _distribution(entry_point: EntryPoint) -> str:
    dist = getattr(entry_point, "dist", None)
    return dist.name if dist is not None else "<unknown distribution>"


def _validate(loaded: object, where: str) -> tuple[type[Rule], ...]:
    if isinstance(loaded, type):
        loaded = (loaded,)
    if not isinstance(loaded, Sequence) or isinstance(loaded, (str, bytes)):
        raise PluginLoadError(
            f"{where}: expected a sequence of Rule classes, got {type(loaded).__name__}"
        )
    for item in loaded:
        if not (isinstance(item, type) and issubclass(item, Rule)):
            raise PluginLoadError(f"{where}: {item!r} is not a subclass of articlecleaner.Rule")
        for attribute in ("code", "name", "category"):
            if not hasattr(item, attribute):
                raise PluginLoadError(f"{where}: rule {item.__qualname__} has no {attribute}")
    return tuple(loaded)


def discover_plugins() -> tuple[PluginRules, ...]:
    """Load every plugin, sorted by distribution and entry-point name for determinism.

    A plugin that fails to import or declares something other than Rule classes raises
    PluginLoadError naming the distribution and the cause; nothing is skipped silently.
    """
    found = sorted(
        entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: (_distribution(ep), ep.name)
    )
    plugins = []
    for entry_point in found:
        where = f"plugin {entry_point.name!r} of distribution {_distribution(entry_point)!r}"
        try:
            loaded = entry_point.load()
        except Exception as error:  # any import-time failure of third-party code
            raise PluginLoadError(
                f"{where} failed to load ({entry_point.value}): {type(error).__name__}: {error}"
            ) from error
        plugins.append(
            PluginRules(_distribution(entry_point), entry_point.name, _validate(loaded, where))
        )
    return tuple(plugins)
