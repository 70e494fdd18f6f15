"""Blocks with an inner structure: numbered steps, questions, tables."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock as BaseTableBlock

from .text import RICH_TEXT_FEATURES


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=160)
    text = blocks.RichTextBlock(label=_("What to do"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "list-ol"
        label = _("Step")


class StepsBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(StepBlock(), **kwargs)

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "components/blocks/steps.html"
        preview_value = [
            {"title": "Scegli il livello", "text": "<p>Verifica le mansioni.</p>"},
            {"title": "Comunica l'assunzione", "text": "<p>Entro il giorno prima.</p>"},
        ]
        description = _("A procedure the reader follows in order.")


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Question")


class FAQBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(QuestionBlock(), **kwargs)

    class Meta:
        icon = "help"
        label = _("Frequently asked questions")
        template = "components/blocks/faq.html"
        preview_value = [
            {
                "question": "Quanti giorni di ferie spettano?",
                "answer": "<p>26 giorni lavorativi.</p>",
            },
        ]
        description = _("Questions and answers, each opening on its own.")


class TableBlock(BaseTableBlock):
    def __init__(self, **kwargs):
        super().__init__(
            table_options={"contextMenu": ["row_above", "row_below", "remove_row", "undo", "redo"]},
            **kwargs,
        )

    class Meta:
        icon = "table"
        label = _("Table")
        template = "components/blocks/table.html"
        preview_value = {
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": "Scadenze dei contributi",
            "data": [["Trimestre", "Scadenza"], ["gennaio-marzo", "10 aprile"]],
        }
        description = _("A small table with a caption, such as levels or deadlines.")
