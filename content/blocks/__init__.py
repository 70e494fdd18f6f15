from .documents import DocumentBlock
from .stream import BodyStreamBlock
from .structured import FAQBlock, StepsBlock, TableBlock
from .text import CalloutBlock, HeadingBlock, ParagraphBlock

__all__ = [
    "BodyStreamBlock",
    "CalloutBlock",
    "DocumentBlock",
    "FAQBlock",
    "HeadingBlock",
    "ParagraphBlock",
    "StepsBlock",
    "TableBlock",
]
