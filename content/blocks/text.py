"""Blocks that carry prose: headings, paragraphs and call-outs."""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "document-link"]


class HeadingValue(blocks.StructValue):
    def anchor(self):
        """A stable fragment id, so a section can be linked from elsewhere."""
        return slugify(self.get("text")) or None


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading.html"
        value_class = HeadingValue
        preview_value = {"text": _("Who can hire a care worker")}
        description = _("A section heading; it also appears as a link target.")


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "components/blocks/paragraph.html"
        preview_value = (
            "<p>Il contratto di lavoro domestico tutela la famiglia e chi presta assistenza.</p>"
        )
        description = _("Plain running text with links and lists.")


class CalloutValue(blocks.StructValue):
    # Per tone: Bootstrap Italia's callout variant, its icon, and the word a
    # screen reader hears before the title (the colour alone says nothing).
    TONES = {
        "info": ("note", "it-info-circle", _("Information:")),
        "warning": ("warning", "it-warning-circle", _("Warning:")),
        "success": ("success", "it-check-circle", _("Tip:")),
    }

    def _tone(self):
        return self.TONES.get(self.get("tone"), self.TONES["info"])

    def css_class(self):
        return self._tone()[0]

    def icon(self):
        return self._tone()[1]

    def tone_label(self):
        return self._tone()[2]


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        label=_("Tone"),
        choices=[("info", _("Information")), ("warning", _("Warning")), ("success", _("Tip"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Call-out")
        template = "components/blocks/callout.html"
        value_class = CalloutValue
        preview_value = {
            "tone": "warning",
            "title": "Attenzione alle scadenze",
            "text": "<p>La comunicazione all'INPS va fatta entro il giorno prima dell'inizio.</p>",
        }
        description = _("A highlighted box for a warning, a deadline or a tip.")
