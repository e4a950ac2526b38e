"""`kutip speakers` offers merging the speakers that look like one person written
differently, and `kutip speakers merge` does it (the merged name stays as an alias)."""

import json

from reader.core.library import Library


def _speakers(db_path, *names):
    with Library(db_path) as library:
        for name in names:
            library.speakers.create(name)


def test_the_listing_offers_likely_variants(run, db_path):
    run("annotate", "1", "Kami tidak ingin berperang", "--kind", "quote", "--speaker",
        "Sergey Lavrov")
    _speakers(db_path, "Sergei Lavrov", "Jokowi", "Joko Widodo", "Iriana Widodo")
    out = run("speakers").output
    assert "Possibly one person written differently" in out
    assert "“Sergei Lavrov” → “Sergey Lavrov” (spelled differently)" in out
    assert "“Jokowi” → “Joko Widodo” (a nickname)" in out
    assert "Iriana" not in out.split("Possibly")[1]
    listed = json.loads(run("speakers", "--variants", "--json").output)
    assert {(v["name"], v["into"], v["reason"]) for v in listed} == {
        ("Sergei Lavrov", "Sergey Lavrov", "spelling"), ("Jokowi", "Joko Widodo", "nickname")}
    assert isinstance(json.loads(run("speakers", "--json").output), list)  # as before


def test_merge_moves_the_annotations_and_keeps_the_name_as_an_alias(run, db_path):
    run("annotate", "1", "Kami tidak ingin berperang", "--kind", "quote", "--speaker",
        "Sergey Lavrov")
    _speakers(db_path, "Sergei Lavrov")
    result = run("speakers", "merge", "Sergei Lavrov", "Sergey Lavrov")
    assert result.exit_code == 0 and "is one of its aliases" in result.output
    with Library(db_path) as library:
        assert library.speakers.get("Sergey Lavrov").aliases == ["Sergei Lavrov"]
    assert "Possibly" not in run("speakers").output
    assert run("speakers", "--variants").output.startswith("No speakers look like")


def test_merge_into_or_from_an_unknown_speaker_is_one_line(run, db_path):
    run("annotate", "1", "Kami tidak ingin berperang", "--kind", "quote", "--speaker",
        "Sergey Lavrov")
    for args in (("Nobody", "Sergey Lavrov"), ("Sergey Lavrov", "Nobody")):
        result = run("speakers", "merge", *args)
        assert result.exit_code == 1 and "There is no speaker “Nobody”" in result.output
        assert len(result.output.strip().splitlines()) == 1
    with Library(db_path) as library:
        assert "Nobody" not in library.speakers.names()


def test_merging_a_speaker_into_itself_says_there_is_nothing_to_merge(run, db_path):
    """Review F8-4 (session 8): it said "Merged …" though nothing changed."""
    run("annotate", "1", "Kami tidak ingin berperang", "--kind", "quote", "--speaker",
        "Sergey Lavrov")
    _speakers(db_path, "Sergei Lavrov")
    run("speakers", "merge", "Sergei Lavrov", "Sergey Lavrov")
    for args in (("Sergey Lavrov", "Sergey Lavrov"), ("Sergei Lavrov", "Sergey Lavrov")):
        result = run("speakers", "merge", *args)
        assert result.exit_code == 1 and "already one speaker" in result.output
        assert len(result.output.strip().splitlines()) == 1
    with Library(db_path) as library:
        assert library.speakers.get("Sergey Lavrov").aliases == ["Sergei Lavrov"]


def test_the_old_spelling_of_a_one_word_name_is_offered(run, db_path):
    """README's example (REVIEW8 F8-5): "Soeharto" and "Suharto", one word each, were
    never offered; "Widodo" beside two Widodos still is not."""
    _speakers(db_path, "Soeharto", "Suharto", "Joko Widodo", "Iriana Widodo", "Widodo")
    out = run("speakers", "--variants").output
    assert "“Suharto” → “Soeharto” (spelled differently)" in out or (
        "“Soeharto” → “Suharto” (spelled differently)" in out)
    assert "Widodo”" not in out
    listed = json.loads(run("speakers", "--variants", "--json").output)
    assert [(v["reason"], sorted((v["name"], v["into"]))) for v in listed] == [
        ("spelling", ["Soeharto", "Suharto"])]
    merged = run("speakers", "merge", listed[0]["name"], listed[0]["into"])
    assert merged.exit_code == 0
    assert run("speakers", "--variants").output.startswith("No speakers look like")


ERIC = ("Eric Trump opens a hotel\n\nWASHINGTON - Eric Trump spoke at the opening.\n\n"
        "\"We are building something great here,\" Trump said.\n")
DONALD = ("Donald Trump in Ohio\n\nPresident Donald Trump held a rally in Ohio on Monday.\n\n"
          "\"We will win this state again in November,\" Trump said.\n")


def test_a_surname_typed_on_one_article_does_not_rename_another_article_s_speaker(
        run, tmp_path):
    """R15-7: tagging "Trump" on Eric Trump's article made "Trump" his alias library-wide,
    and the same surname typed on an article that names President Donald Trump stored the
    quote as Eric Trump's. The article's own full name outranks the alias, in either order."""
    for order in ((ERIC, DONALD), (DONALD, ERIC)):
        db = tmp_path / f"order{len(list(tmp_path.iterdir()))}.sqlite"
        files = []
        for n, text in enumerate(order):
            path = tmp_path / f"{n}-{db.stem}.txt"
            path.write_text(text, encoding="utf-8")
            files.append(str(path))
        assert run("import", *files, db=db).exit_code == 0
        expected = []
        for article, text in enumerate(order, start=1):
            exact = text.split('"')[1].rstrip(",")
            result = run("annotate", str(article), exact, "--kind", "quote", "--speaker",
                         "Trump", "--json", db=db)
            expected.append("Eric Trump" if text is ERIC else "Donald Trump")
            assert json.loads(result.output)["speaker"] == expected[-1], order
        names = {s["name"]: s["quotes"] for s in json.loads(run("speakers", "--json",
                                                                db=db).output)}
        assert names == {"Eric Trump": 1, "Donald Trump": 1}
