from wagtail import blocks

from .documents import DocumentBlock
from .structured import FAQBlock, StepsBlock, TableBlock
from .text import CalloutBlock, HeadingBlock, ParagraphBlock


class BodyStreamBlock(blocks.StreamBlock):
    """The body of guidance and standard pages."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    steps = StepsBlock()
    faq = FAQBlock()
    callout = CalloutBlock()
    document = DocumentBlock()
    table = TableBlock()
