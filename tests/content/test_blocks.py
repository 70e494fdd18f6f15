"""Every block renders its preview value; every block is fully described."""

import pytest
import wagtail_factories

from content.blocks import BodyStreamBlock

pytestmark = pytest.mark.django_db

BLOCKS = BodyStreamBlock().child_blocks


@pytest.mark.parametrize("name", list(BLOCKS))
def test_block_has_icon_template_preview_and_description(name):
    meta = BLOCKS[name].meta
    assert meta.icon and meta.icon != "placeholder"
    assert meta.template.startswith("components/blocks/")
    assert meta.description
    assert meta.preview_value is not None


@pytest.mark.parametrize("name", [n for n in BLOCKS if n != "document"])
def test_block_renders_its_preview_value(name):
    block = BLOCKS[name]
    html = block.render(
        block.to_python(block.get_prep_value(block.normalize(block.meta.preview_value)))
    )
    assert html.strip()
    assert "None" not in html


def test_document_block_renders_a_download_link():
    document = wagtail_factories.DocumentFactory(title="Modulo di assunzione")
    block = BLOCKS["document"]
    value = block.to_python({"document": document.pk, "title": "", "description": "PDF"})
    html = block.render(value)
    assert document.url in html
    assert "Modulo di assunzione" in html


def test_heading_gets_an_anchor():
    block = BLOCKS["heading"]
    html = block.render(block.to_python({"text": "Chi può assumere"}))
    assert 'id="chi-puo-assumere"' in html


def test_table_has_a_caption_and_column_headers():
    block = BLOCKS["table"]
    html = block.render(block.meta.preview_value)
    assert "<caption>" in html
    assert '<th scope="col"' in html
