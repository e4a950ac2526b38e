"""W3C Web Annotation JSON-LD: standard shape, Kutip extension, lossless round trip."""

import json

import pytest

from reader.core.export import export_webannotation, parse_webannotation
from reader.core.models import Annotation, Article

ARTICLE = Article(id=7, title="AS dan Rusia", url="https://minanews.net/x", content_hash="abc123")
OFFLINE = Article(id=8, title="Tanpa URL", content_hash="def456")
QUOTE = Annotation(
    id=3, article_id=7, kind="quote", exact="Kami tidak ingin berperang", start=360, end=386,
    prefix="Ukraina.\n\n“", suffix=",” kata Lavrov.", speaker="Sergey Lavrov",
    speaker_written="Sergei Lavrov",
    tags=["framing/threat", "diplomasi"], note="Wawancara RT", verdict="",
    created_at="2024-01-01T10:00:00Z", updated_at="2024-01-02T11:00:00Z",
)  # fmt: skip
CLAIM = Annotation(
    id=4, article_id=8, kind="claim", exact="Moskow berencana menyerang", start=5, end=31,
    verdict="false",
)  # fmt: skip


def exported():
    return export_webannotation([(ARTICLE, [QUOTE]), (OFFLINE, [CLAIM])])


def test_collection_shape_follows_the_w3c_model():
    data = exported()
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert data["@context"][1] == {"kutip": "https://kutip.app/ns#"}
    assert data["type"] == "AnnotationCollection" and data["total"] == 2
    assert data["first"]["type"] == "AnnotationPage"
    json.dumps(data)  # plain JSON


def test_annotation_targets_the_article_with_both_selectors():
    item = exported()["first"]["items"][0]
    assert item["id"] == "urn:kutip:annotation:3" and item["type"] == "Annotation"
    target = item["target"]
    assert target["source"] == "https://minanews.net/x"
    assert target["kutip:title"] == "AS dan Rusia" and target["kutip:contentHash"] == "abc123"
    assert target["selector"] == [
        {"type": "TextQuoteSelector", "exact": QUOTE.exact, "prefix": QUOTE.prefix,
         "suffix": QUOTE.suffix},
        {"type": "TextPositionSelector", "start": 360, "end": 386},
    ]  # fmt: skip


def test_tags_and_note_are_textual_bodies():
    assert exported()["first"]["items"][0]["body"] == [
        {"type": "TextualBody", "purpose": "tagging", "value": "framing/threat"},
        {"type": "TextualBody", "purpose": "tagging", "value": "diplomasi"},
        {"type": "TextualBody", "purpose": "commenting", "value": "Wawancara RT"},
    ]


def test_article_without_url_is_named_by_its_content_hash():
    item = exported()["first"]["items"][1]
    assert item["target"]["source"] == "urn:kutip:article:def456"
    assert (item["kutip:kind"], item["kutip:verdict"]) == ("claim", "false")
    assert "body" not in item


def test_export_then_parse_round_trips_every_field():
    parsed = parse_webannotation(json.loads(json.dumps(exported())))
    assert parsed == [
        {
            "source": {"url": "https://minanews.net/x", "title": "AS dan Rusia",
                       "content_hash": "abc123", "uuid": ""},
            "uuid": "", "speaker_uuid": "", "tag_uuids": {},
            "kind": "quote", "exact": QUOTE.exact, "prefix": QUOTE.prefix,
            "suffix": QUOTE.suffix, "start": 360, "end": 386, "speaker": "Sergey Lavrov",
            "speaker_written": "Sergei Lavrov", "coder": "", "coder_uuid": "",
            "verdict": "", "note": "Wawancara RT", "tags": ["framing/threat", "diplomasi"],
            "created": "2024-01-01T10:00:00Z", "modified": "2024-01-02T11:00:00Z",
        },
        {
            "source": {"url": "", "title": "Tanpa URL", "content_hash": "def456", "uuid": ""},
            "uuid": "", "speaker_uuid": "", "tag_uuids": {},
            "kind": "claim", "exact": CLAIM.exact, "prefix": "", "suffix": "", "start": 5,
            "end": 31, "speaker": "", "speaker_written": "",
            "coder": "", "coder_uuid": "", "verdict": "false", "note": "", "tags": [],
            "created": "", "modified": "",
        },
    ]  # fmt: skip


def test_a_foreign_annotation_without_the_extension_is_read_as_a_highlight():
    hypothesis_style = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "motivation": "commenting",
        "body": {"type": "TextualBody", "value": "Menarik"},
        "target": {
            "source": "https://ex.com/a",
            "selector": {"type": "TextQuoteSelector", "exact": "kutipan"},
        },
    }
    [parsed] = parse_webannotation(hypothesis_style)
    assert (parsed["kind"], parsed["exact"], parsed["note"]) == ("highlight", "kutipan", "Menarik")
    assert parsed["start"] is None and parsed["source"]["url"] == "https://ex.com/a"


@pytest.mark.parametrize(
    "data, message",
    [
        ([], "JSON object"),
        ({"type": "Person"}, "not a Web Annotation document"),
        ({"type": "AnnotationCollection", "first": "https://ex.com/page1"}, "embedded"),
        ({"type": "AnnotationPage", "items": {}}, "must be a list"),
        ({"type": "AnnotationPage", "items": [{"type": "Note"}]}, "annotation #1"),
        ({"type": "Annotation", "target": "https://ex.com"}, "selector"),
        (
            {"type": "Annotation", "target": {"selector": {"type": "TextPositionSelector"}}},
            "TextQuoteSelector",
        ),
        (
            {"type": "Annotation", "kutip:kind": "rumour",
             "target": {"selector": {"type": "TextQuoteSelector", "exact": "x"}}},
            "kutip:kind",
        ),
        (
            {"type": "Annotation", "target": {"selector": [
                {"type": "TextQuoteSelector", "exact": "x"},
                {"type": "TextPositionSelector", "start": 5, "end": 2}]}},
            "start <= end",
        ),
        (
            {"type": "Annotation", "target": {"selector": {"type": "TextQuoteSelector",
                                                            "exact": " \n "}}},
            "annotation #1: the TextQuoteSelector's 'exact' text is empty",
        ),
    ],
)  # fmt: skip
def test_wrong_structure_raises_a_clear_value_error(data, message):
    with pytest.raises(ValueError, match=message):
        parse_webannotation(data)


def test_identities_are_urn_uuids_that_parse_back():
    from dataclasses import replace

    article = replace(ARTICLE, uuid="0b8e3c1e-7d2a-4c59-9a61-2f0e7b9d4c11")
    quote = replace(QUOTE, uuid="5f1d2c3b-4a59-4e68-8b7c-9d0e1f2a3b4c")
    ids = {"tags": {"framing": "11111111-2222-4333-8444-555555555555",
                    "framing/threat": "66666666-7777-4888-9999-000000000000"},
           "speakers": {"Sergey Lavrov": "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"}}
    data = json.loads(json.dumps(export_webannotation([(article, [quote])], ids)))
    item = data["first"]["items"][0]
    assert item["id"] == f"urn:uuid:{quote.uuid}"
    assert item["target"]["kutip:article"] == f"urn:uuid:{article.uuid}"
    assert data["kutip:tagIds"] == {name: f"urn:uuid:{u}" for name, u in ids["tags"].items()}
    [parsed] = parse_webannotation(data)
    assert (parsed["uuid"], parsed["source"]["uuid"]) == (quote.uuid, article.uuid)
    assert parsed["speaker_uuid"] == ids["speakers"]["Sergey Lavrov"]
    assert parsed["tag_uuids"] == {"framing/threat": ids["tags"]["framing/threat"]}
