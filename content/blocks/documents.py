"""Blocks that point at files people download."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class DocumentValue(blocks.StructValue):
    def link_text(self):
        document = self.get("document")
        return self.get("title") or (document.title if document else "")

    def file_extension(self):
        document = self.get("document")
        return document.file_extension.upper() if document else ""


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("Defaults to the document's title.")
    )
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Downloadable document")
        template = "components/blocks/document.html"
        value_class = DocumentValue
        preview_value = {"title": "Modulo di esempio", "description": "PDF da compilare."}
        description = _("A file to download, with its type shown next to the link.")
