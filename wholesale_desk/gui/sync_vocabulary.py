"""Display names of what a sync moves, in the UI's language (Qt's translators).

The names and their translation context live in the core (`wholesale_desk.sync.vocabulary`), so the
command line shows the same words; here they are rendered through `QCoreApplication.translate`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wholesale_desk.sync import vocabulary
from wholesale_desk.sync.vocabulary import CONCEPTS, COUNTS

__all__ = ["CONCEPTS", "COUNTS", "concept_name", "figures_text"]


def _translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def concept_name(concept: str) -> str:
    """ "Agreements" for "agreement"; "Sending changes: Orders" for "push:order"."""
    return vocabulary.concept_name(concept, _translate)


def figures_text(raw: str | None) -> str:
    """A sync run's figures (the JSON the engine stores) as one line for the sync log."""
    return vocabulary.figures_text(raw, _translate)
