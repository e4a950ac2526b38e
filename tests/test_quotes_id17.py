"""Who said it, Indonesian names a scraper glued to other words (helper id17, issue 9).

Round 143 (dev 1570-1589) keeps Sindonews texts exactly as a scraper stored them: paragraphs
and the "Baca Juga" box's headlines joined without a space. The made-up sentences below follow
its patterns; each gave a wrong speaker before the change it tests, and the neighbours keep
what they had.
"""

import hashlib
import json
import re

from reader.core.quotes.evaluate import REAL_DEV_DIR, load_gold

# SHA-256 (first 12 hex digits) of text + labels, recorded before the first score
ROUND_143 = {
    1570: "2d8888f046a4", 1571: "21da8b3150bf", 1572: "1c378707fb94", 1573: "f13c66932962",
    1574: "932eae69c034", 1575: "6f0a48c2711d", 1576: "86e4e9eaad6e", 1577: "c6547e49af0c",
    1578: "497e8c0cfbbf", 1579: "621f8aada535", 1580: "4a5a62c278b1", 1581: "ea3684ea9347",
    1582: "8df0934ad61c", 1583: "0961ab721d9a", 1584: "cad2d9f74bda", 1585: "b18661fb1a07",
    1586: "186e1f07b5e5", 1587: "b6e7155ba30c", 1588: "2442533a8d94", 1589: "b6b02fb09d86",
}
GLUED = re.compile(r"[a-z0-9)][.,”\"]?[A-Z][a-z]+")


def test_round_143_is_the_scraped_text_as_labelled_before_the_first_score():
    articles = [a for a in load_gold(REAL_DEV_DIR) if 1570 <= int(a.name.split("_")[0]) <= 1589]
    assert sorted(int(a.name.split("_")[0]) for a in articles) == sorted(ROUND_143)
    for a in articles:
        meta_text = (REAL_DEV_DIR / f"{a.name}.json").read_text(encoding="utf-8")
        meta = json.loads(meta_text)
        assert meta["round"] == 143 and meta["language"] == a.language == "id"
        assert meta["source"]["repo"] == "flxo25/Scrap" and meta["source"]["row"] >= 1
        assert len(meta["source"]["commit"]) == 40 and meta["source"]["title"]
        digest = hashlib.sha256((a.text + meta_text).encode("utf-8")).hexdigest()
        assert digest[:12] == ROUND_143[int(a.name.split("_")[0])], a.name
        # the scraper's glue is kept: a "Baca Juga" run and words joined without a space
        assert "Baca Juga:" in a.text and len(GLUED.findall(a.text)) >= 4, a.name
