"""The exception hierarchy: one root, one class per kind of failure."""

from __future__ import annotations


class ArticleCleanerError(Exception):
    """Root of every error articlecleaner raises on purpose."""


class InputError(ArticleCleanerError, TypeError):
    """The input is not text: not ``str`` nor ``bytes``, or bytes that cannot be decoded."""


class ConfigError(ArticleCleanerError, ValueError):
    """The rule configuration is invalid: unknown code, duplicate code, bad option."""


class PluginLoadError(ArticleCleanerError, ImportError):
    """A plugin declared in the ``articlecleaner.rules`` entry-point group failed to load."""
