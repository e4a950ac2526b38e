"""``kutip team push`` and ``pull``: a library file copied into a team library and back,
merged by UUID and content hash with the rules and report of ``kutip merge``; again adds
nothing (no duplicates)."""

import json

from click.testing import CliRunner

from reader.cli import cli
from reader.core.library import Library

STORY = "tests/data/import/antara_banjir.txt"


def run(*args):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_push_and_pull_round_trip_a_library_without_loss_or_duplicates(pg_url, tmp_path):
    local = tmp_path / "mine.sqlite"
    with Library(local) as library:
        library.imports.paths([STORY])
        [article_id] = library.articles.ids()
        library.coders.use("Ana")
        library.annotations.add_exact(article_id, "banjir", kind="claim", tags=["bencana"],
                                      note="cek BPBD")
        library.annotations.add_exact(article_id, "Jakarta", kind="highlight")
        library.collections.create("Banjir")
        library.collections.add([article_id], library.collections.id_of("Banjir"))
        mine = {(n.uuid, n.exact, n.kind, n.note, tuple(sorted(n.tags)), n.coder)
                for n in library.annotations.for_article(article_id)}
    report = json.loads(run("team", "push", str(local), pg_url, "--json"))
    assert (report["articles_added"], report["annotations_added"]) == (1, 2)
    again = json.loads(run("team", "push", str(local), pg_url, "--json"))
    assert (again["articles_added"], again["annotations_added"]) == (0, 0)
    with Library(pg_url) as team:
        [team_article] = team.articles.ids()
        assert {(n.uuid, n.exact, n.kind, n.note, tuple(sorted(n.tags)), n.coder)
                for n in team.annotations.for_article(team_article)} == mine
        assert [c.name for c in team.collections.all()] == ["Banjir"]
    copy = tmp_path / "copy.sqlite"
    assert "annotations: 2 added" in run("team", "pull", pg_url, str(copy))
    assert "annotations: 0 added" in run("team", "pull", pg_url, str(copy))
    with Library(copy) as pulled:
        [pulled_article] = pulled.articles.ids()
        assert {(n.uuid, n.exact, n.kind, n.note, tuple(sorted(n.tags)), n.coder)
                for n in pulled.annotations.for_article(pulled_article)} == mine


def test_an_editor_pushes_and_a_coder_pulls_with_their_own_logins(team_library, tmp_path):
    """As the README says: an editor's login pushes a library (the batch indexes and counts
    what it wrote through the owner's functions: the search tables are not theirs), and a
    coder pulls it."""
    _owner, member, n = team_library
    eka, ana = member("eka", "editor"), member("ana", "coder")
    local = tmp_path / "mine.sqlite"
    with Library(local) as library:
        library.imports.paths([STORY])
        [article_id] = library.articles.ids()
        library.annotations.add_exact(article_id, "Kami sudah mengerahkan tim", kind="quote",
                                      note="kata Abdul Muhari")
        library.annotations.add_exact(article_id, "banjir", kind="claim")
    report = json.loads(run("team", "push", str(local), eka, "--json"))
    assert (report["articles_added"], report["annotations_added"]) == (1, 2)
    assert "1q 1c 0h" in run("--db", ana, "list")  # counted
    with Library(ana) as team:  # and indexed
        [found] = team.articles.ids()
        assert [(h.kind, h.article_id) for h in team.search.find("rendam")] == [
            ("article", found)]
        assert [(h.kind, h.annotation_kind) for h in team.search.find("Muhari")
                if h.kind == "annotation"] == [("annotation", "quote")]
    again = json.loads(run("team", "push", str(local), eka, "--json"))
    assert (again["articles_added"], again["annotations_added"]) == (0, 0)
    copy = tmp_path / "copy.sqlite"
    assert "annotations: 2 added" in run("team", "pull", ana, str(copy))
    with Library(copy) as pulled:
        assert sorted(n.exact for n in pulled.annotations.for_article(
            pulled.articles.ids()[0])) == ["Kami sudah mengerahkan tim", "banjir"]


def test_a_collection_coded_blind_is_pushed_blind_and_a_coder_s_push_says_it_may_not(
        team_library, tmp_path):
    """Review R18-13: a collection coded blind in the pushed library is coded blind in the
    team library too; a coder's login may not change collections: their push goes through
    (it failed whole on the server's refusal) and says the blindness was not taken."""
    _owner, member, n = team_library
    eka, ana = member("eka", "editor"), member("ana", "coder")
    local = tmp_path / "mine.sqlite"
    with Library(local) as library:
        library.imports.paths([STORY])
        library.collections.create("Sampel")
        library.collections.add(library.articles.ids(), library.collections.id_of("Sampel"))
    run("team", "push", str(local), eka)  # (as an ordinary collection)
    with Library(local) as library:
        library.coders.set_blind(library.collections.id_of("Sampel"))
    report = json.loads(run("team", "push", str(local), ana, "--json"))
    assert (report["collections_blinded"], report["collections_blind_not"]) == (0, 1)
    with Library(eka) as team:
        assert team.coders.blind_collections() == []
    report = json.loads(run("team", "push", str(local), eka, "--json"))
    assert (report["collections_blinded"], report["collections_blind_not"]) == (1, 0)
    with Library(eka) as team:
        assert team.coders.blind_collections() == [team.collections.id_of("Sampel")]


def test_a_speaker_with_a_long_description_is_pushed(pg_url, tmp_path):
    """Review R19-4: `kutip team push` failed whole ('speakers.json: entry #176: description
    is longer than 100 characters') on a description Accept All had written."""
    local = tmp_path / "mine.sqlite"
    role = ("president of the National Treasury Employees Union chapter at the department's"
            " headquarters building in")
    with Library(local) as library:
        library.imports.paths([STORY])
        library.annotations.add_exact(library.articles.ids()[0], "banjir", kind="quote",
                                      speaker="Anthony Reardon")
        library.speakers.set_description("Anthony Reardon", role)
    run("team", "push", str(local), pg_url)
    with Library(pg_url) as team:
        assert team.speakers.get("Anthony Reardon").description == role


def test_pushing_a_file_that_is_not_there_is_one_line_and_makes_nothing(tmp_path):
    """The reviewer's F16-2: it made an empty library file and reported a merge of nothing."""
    missing = tmp_path / "MISSING.sqlite"
    result = CliRunner().invoke(cli, ["team", "push", str(missing),
                                      "postgresql://127.0.0.1:1/none"])
    assert result.exit_code == 2
    [error] = [line for line in result.output.splitlines() if line.startswith("Error")]
    assert "does not exist" in error
    assert not missing.exists()


def test_add_user_without_a_terminal_asks_without_pythons_warning(tmp_path):
    """The reviewer's F16-3: run from a script, it printed getpass's GetPassWarning with the
    line of Python source it came from."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "reader.cli", "team", "add-user",
                           "postgresql://127.0.0.1:1/none", "ana"], input="rahasia\nrahasia\n",
                          capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={**__import__("os").environ,
                               "PYTHONPATH": __import__("os").pathsep.join(sys.path)})
    assert done.returncode == 1
    assert "GetPassWarning" not in done.stderr and "getpass" not in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("Error: ")


def test_a_text_corrected_in_the_team_library_comes_down_with_every_annotation(pg_url,
                                                                               tmp_path):
    """Review R17-7 on a team library: pull (and push) used to stop WHOLE when one article's
    text was edited on the other side. The newer text wins, each side's annotations placed
    in it; pushing the older text back keeps the team's."""
    import time

    local = tmp_path / "mine.sqlite"
    with Library(local) as library:
        library.imports.paths([STORY])
        [article_id] = library.articles.ids()
        library.coders.use("Ana")
        library.annotations.add_exact(article_id, "Jakarta", kind="highlight")
    run("team", "push", str(local), pg_url)
    older = tmp_path / "older.sqlite"  # a colleague's copy, pulled before the correction
    run("team", "pull", pg_url, str(older))
    time.sleep(1.1)  # (the team's edit is the newer, to the second)
    correction = "Ralat: jumlah pengungsi diperbarui.\n\n"
    with Library(pg_url) as team:
        [team_article] = team.articles.ids()
        team.coders.use("Budi")
        team.texts.replace(team_article, correction + team.articles.text(team_article))
        team.annotations.add_exact(team_article, "Ralat", kind="highlight")
        newer = team.articles.text(team_article)
    pulled = json.loads(run("team", "pull", pg_url, str(local), "--json"))
    assert len(pulled["texts_replaced"]) == 1 and pulled["annotations_added"] == 1
    with Library(local) as library:
        [article_id] = library.articles.ids()
        assert library.articles.text(article_id) == newer
        notes = library.annotations.for_article(article_id)
        assert sorted(n.exact for n in notes) == ["Jakarta", "Ralat"]
        assert all(newer[n.start:n.end] == n.exact for n in notes)
    with Library(older) as library:  # their own work on the older text
        [article_id] = library.articles.ids()
        library.coders.use("Citra")
        library.annotations.add_exact(article_id, "banjir", kind="claim")
    pushed = json.loads(run("team", "push", str(older), pg_url, "--json"))
    assert pushed["annotations_added"] == 1 and not pushed["texts_replaced"]
    with Library(pg_url) as team:
        [team_article] = team.articles.ids()
        assert team.articles.text(team_article) == newer
        notes = team.annotations.for_article(team_article)
        assert all(newer[n.start:n.end] == n.exact for n in notes if n.start is not None)
        assert "banjir" in {n.exact for n in notes}
