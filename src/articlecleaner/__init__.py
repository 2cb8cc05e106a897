"""articlecleaner: turn the raw text or HTML of an article page into a clean, typed Article."""

from ._api import Cleaner, clean
from ._batch import BatchResult, Document, clean_many
from ._errors import ArticleCleanerError, ConfigError, InputError, PluginLoadError
from ._models import Article, Quote, Removal
from ._page import Block, Page
from ._rule import Category, Context, Label, Rule, Stage

__all__ = [
    "Article",
    "ArticleCleanerError",
    "BatchResult",
    "Block",
    "Category",
    "Cleaner",
    "ConfigError",
    "Context",
    "Document",
    "InputError",
    "Label",
    "Page",
    "PluginLoadError",
    "Quote",
    "Removal",
    "Rule",
    "Stage",
    "clean",
    "clean_many",
]
