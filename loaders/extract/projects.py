from __future__ import annotations
from loaders.extract.context import ParagraphContext
def extract_projects(ctx: ParagraphContext) -> list:
    return []
