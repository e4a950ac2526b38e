"""Review R22-11: a corrected page in a script written without spaces between words
(Chinese, Japanese, Thai) imported again from the same file became a second article: the
test of "the same story" counted runs of space-separated words, and a whole Chinese
sentence is one such "word", so one corrected character made every run differ."""

from __future__ import annotations

import pytest

from reader.core.library import Library
from reader.core.library.reanchoring import keeps_most, one_story

# (made-up news texts, one paragraph per line, each a few sentences long)
CHINESE = (
    "外交部长在周一的新闻发布会上表示，双方将于下周在日内瓦举行会谈。\n\n"
    "他说：“我们不希望发生战争，我们希望通过对话解决分歧。”\n\n"
    "分析人士认为，这次会谈可能是近年来最重要的一次外交接触，但结果仍不明朗。\n\n"
    "据报道，两国代表团将讨论边境安全、贸易以及能源合作等议题。")
CHINESE_FIXED = CHINESE.replace("周一", "周二").replace("近年来", "近十年来")

JAPANESE = (
    "外務大臣は月曜日の記者会見で、両国が来週ジュネーブで会談すると述べた。\n\n"
    "大臣は「私たちは戦争を望んでいない。対話で解決したい」と語った。\n\n"
    "専門家は、今回の会談が近年で最も重要な外交の場になる可能性があるとみている。\n\n"
    "報道によると、代表団は国境の安全、貿易、エネルギー協力について協議する予定だ。")
JAPANESE_FIXED = JAPANESE.replace("月曜日", "火曜日").replace("近年で", "ここ十年で")

THAI = (
    "รัฐมนตรีว่าการกระทรวงการต่างประเทศกล่าวในการแถลงข่าวเมื่อวันจันทร์ว่าทั้งสองฝ่ายจะพบกันที่เจนีวาในสัปดาห์หน้า\n\n"
    "เขากล่าวว่า “เราไม่ต้องการสงคราม เราต้องการแก้ไขความขัดแย้งด้วยการเจรจา”\n\n"
    "นักวิเคราะห์มองว่าการเจรจาครั้งนี้อาจเป็นการพบปะทางการทูตที่สำคัญที่สุดในรอบหลายปี\n\n"
    "มีรายงานว่าคณะผู้แทนจะหารือเรื่องความมั่นคงชายแดน การค้า และความร่วมมือด้านพลังงาน")
THAI_FIXED = THAI.replace("วันจันทร์", "วันอังคาร").replace("หลายปี", "สิบปี")

QUOTES = {"zh": "我们不希望发生战争", "ja": "私たちは戦争を望んでいない", "th": "เราไม่ต้องการสงคราม"}
CASES = [("zh", CHINESE, CHINESE_FIXED), ("ja", JAPANESE, JAPANESE_FIXED),
         ("th", THAI, THAI_FIXED)]


@pytest.mark.parametrize(("lang", "text", "fixed"), CASES, ids=[c[0] for c in CASES])
def test_a_corrected_page_is_a_new_version_of_the_article(tmp_path, lang, text, fixed):
    page = tmp_path / f"{lang}.txt"
    page.write_text(text, encoding="utf-8")
    library = Library(tmp_path / "lib.sqlite")
    try:
        assert len(library.imports.paths([page]).imported) == 1
        article_id = library.articles.ids()[0]
        quote = library.annotations.add_exact(article_id, QUOTES[lang], kind="quote")
        page.write_text(fixed, encoding="utf-8")

        report = library.imports.paths([page])

        assert report.updated == [(str(page), article_id)]
        assert library.articles.ids() == [article_id]  # (was: a second article)
        stored = library.articles.get(article_id).text
        assert stored.endswith(fixed.splitlines()[-1])
        kept = library.annotations.get(quote.id)
        assert kept.anchor == "anchored"
        assert stored[kept.start:kept.end] == QUOTES[lang]
    finally:
        library.close()


@pytest.mark.parametrize(("lang", "text", "fixed"), CASES, ids=[c[0] for c in CASES])
def test_another_story_or_a_teaser_in_those_scripts_is_still_told_apart(lang, text, fixed):
    assert one_story(text, fixed) and keeps_most(text, fixed)
    others = [t for _, t, _ in CASES if t is not text]
    assert not any(one_story(text, other) for other in others)  # (another story)
    teaser = text[: len(text) // 4]
    assert one_story(text, teaser) and not keeps_most(text, teaser)  # (a cut copy)
