"""A team library's trail rebuilt aside (issue 15): the rebuild writes ``trail_…_next``
tables in its own transaction, indexes them once, and swaps them in at the end
(PostgreSQL migration 0015). The live tables come back as they were made (constraints,
indexes, triggers, grants, id sequence); the others read the old trail and write while
it is built; a failed rebuild leaves nothing behind; and the clusters are those a library
file builds from the same articles and quotes."""

import random
import threading

import psycopg
import pytest

from reader.core.library import ClusterFilter, Library
from reader.core.models import ImportedArticle

from .conftest import LAVROV
from .test_team_trail import _team_with_lavrov

BUILT = ("trail_items", "trail_postings", "trail_links", "trail_clusters")


def _catalog(url):
    """What the trail's tables are made of, by name: columns, constraints, indexes,
    triggers, grants, the id sequence and who may use it."""
    with psycopg.connect(url, autocommit=True) as conn:
        def rows(query, params=(list(BUILT),)):
            return sorted(conn.execute(query, params).fetchall())

        return {
            "tables": rows("SELECT relname, relkind, relpersistence, relrowsecurity,"
                           " pg_get_userbyid(relowner) FROM pg_class"
                           " WHERE relname LIKE 'trail%%' AND relkind IN ('r', 'S')"
                           " AND relname <> ALL(%s)") + rows(
                               "SELECT relname, relkind, relpersistence, relrowsecurity,"
                               " pg_get_userbyid(relowner) FROM pg_class"
                               " WHERE relname = ANY(%s)"),
            "columns": rows("SELECT table_name, column_name, data_type, is_nullable,"
                            " column_default, is_identity, identity_generation"
                            " FROM information_schema.columns WHERE table_name = ANY(%s)"),
            "constraints": rows("SELECT conrelid::regclass::text, conname,"
                                " pg_get_constraintdef(oid) FROM pg_constraint"
                                " WHERE conrelid::regclass::text = ANY(%s)"),
            "indexes": rows("SELECT tablename, indexname, indexdef FROM pg_indexes"
                            " WHERE tablename = ANY(%s)"),
            "triggers": rows("SELECT tgrelid::regclass::text, tgname, pg_get_triggerdef(oid)"
                             " FROM pg_trigger WHERE NOT tgisinternal"
                             " AND tgrelid::regclass::text = ANY(%s)"),
            "grants": rows("SELECT table_name, grantee, privilege_type"
                           " FROM information_schema.role_table_grants"
                           " WHERE table_name = ANY(%s)"),
            "sequence": rows("SELECT pg_get_serial_sequence('trail_items', 'id'),"
                             " (SELECT relacl::text FROM pg_class"
                             "  WHERE oid = pg_get_serial_sequence('trail_items', 'id')"
                             "  ::regclass)", ()),
        }


def _figures(lib):
    return [(c.size, c.outlets, c.text) for c in lib.trail.clusters(ClusterFilter())]


def _copy(source, content_hash):
    return ImportedArticle(title=f"Lavrov ({source})", source=source, published="2021-12-26",
                           content_hash=content_hash,
                           text=f"Moskow – “{LAVROV},” kata Lavrov kepada wartawan.")


def test_a_members_rebuild_swaps_in_tables_made_as_the_live_ones(team_library):
    url, member, _seed_id, quote = _team_with_lavrov(team_library)
    eka = member("eka", "editor")  # a member, not the tables' owner
    with Library(eka) as coder, Library(member("rini", "reader")) as reader:
        coder.trail.refresh()  # (the first build)
        made = _catalog(url)
        before = _figures(coder)
        for _ in range(8):  # (psycopg prepares a statement run five times on a connection)
            assert _figures(reader) == before
        for _ in range(2):
            assert coder.trail.rebuild().rebuilt
            assert _catalog(url) == made
            assert _figures(coder) == before
            assert _figures(reader) == before  # its prepared reads find the new tables
        top = coder.stores.db.value("SELECT max(id) FROM trail_items")
        with coder.stores.transaction():  # ids go on above the rebuild's
            assert coder.stores.trail.add_item(None, 1, 0, 4, "Satu") > top
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM pg_class WHERE relname LIKE 'trail%%next%%'"
                            ).fetchone()[0] == 0
        conn.execute("SET enable_seqscan = off")  # (tiny tables: would scan)
        plan = " ".join(r[0] for r in conn.execute(
            "EXPLAIN SELECT id FROM trail_items WHERE cluster = 1"))
        assert "trail_items_cluster" in plan
    with Library(member("rini", "reader")) as reader:  # readers read the new tables
        assert [v.source for v in reader.trail.trail(quote).versions] == [
            "MINA", "ANTARA", "Republika"]


def test_the_others_read_the_old_trail_and_write_while_it_is_rebuilt(team_library):
    url, member, _seed_id, quote = _team_with_lavrov(team_library)
    with Library(url) as lib:
        lib.trail.refresh()
        before = _figures(lib)
        seen = {}

        def progress(stage, done, total):
            if stage != "checking" or seen:
                return

            def other_member():  # another Kutip, its own connection, meanwhile
                with Library(member("budi", "editor")) as other:
                    seen["read"] = _figures(other)  # not held up: the old trail
                    other.bulk.add_articles([_copy("Tempo", "tempo-meanwhile")])
                    seen["wrote"] = True

            thread = threading.Thread(target=other_member)
            thread.start()
            thread.join(60)

        assert lib.trail.rebuild(progress).rebuilt
        assert seen == {"read": before, "wrote": True}
        # the article written during the build was queued, and is taken in now
        assert [v.source for v in lib.trail.trail(quote).versions] == [
            "MINA", "ANTARA", "Republika", "Tempo"]


def test_a_failed_rebuild_leaves_the_old_trail_and_no_tables(team_library):
    url, _member, _seed_id, _quote = _team_with_lavrov(team_library)
    with Library(url) as lib:
        lib.trail.refresh()
        before, made = _figures(lib), _catalog(url)

        def progress(stage, done, total):
            if stage == "summaries":
                raise RuntimeError("power cut")

        with pytest.raises(RuntimeError):
            lib.trail.rebuild(progress)
        assert _figures(lib) == before and _catalog(url) == made
        assert lib.trail.rebuild().rebuilt  # not held up by the failed one


# ---------------------------------------------------------------- the same clusters
WORDS = ("menteri pemerintah rakyat harga beras naik turun minggu depan kami akan tetap"
         " menjaga keamanan wilayah tidak ingin perang damai ekonomi tumbuh persen tahun"
         " ini pajak sekolah guru jalan tol banjir hujan listrik air bersih desa kota"
         " pasar nelayan petani pupuk subsidi bantuan sosial anggaran negara utang").split()


def _statements(rng, count):
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 16)))
            for _ in range(count)]


def _variant(rng, words):
    """A version of a statement as another outlet prints it: copied, a word dropped,
    changed or added, or only a part of it."""
    words = list(words)
    kind = rng.randrange(5)
    if kind == 1 and len(words) > 6:
        del words[rng.randrange(len(words))]
    elif kind == 2:
        words[rng.randrange(len(words))] = rng.choice(WORDS)
    elif kind == 3:
        words.insert(rng.randrange(len(words) + 1), rng.choice(WORDS))
    elif kind == 4 and len(words) > 8:
        start = rng.randrange(len(words) - 5)
        words = words[start:start + rng.randint(5, len(words) - start)]
    return words


def _random_library(seed):
    """Articles quoting statements in several outlets' versions; some quotes annotated."""
    rng = random.Random(seed)
    statements = [s.split() for s in _statements(rng, 25)]
    articles, quotes = [], []
    for n in range(60):
        picked = rng.sample(statements, rng.randint(1, 3))
        said = [" ".join(_variant(rng, words)).capitalize() for words in picked]
        text = " ".join(f"“{s},” kata Menteri kepada wartawan di kota {n}." for s in said)
        articles.append(ImportedArticle(
            title=f"Berita {n}", source=f"Outlet {n % 7}", content_hash=f"random-{seed}-{n}",
            published=f"2024-01-{1 + n % 28:02d}", text=text))
        if rng.random() < 0.4:
            quotes.append((n, said[0]))
    return articles, quotes


def _clusters(lib):
    """Each cluster as its members' (article title, text), clusters sorted."""
    titles = {}
    out = []
    for c in lib.trail.clusters(ClusterFilter()):
        members = []
        for m in lib.trail.members(c.cluster):
            if m.article_id not in titles:
                titles[m.article_id] = lib.articles.get(m.article_id).title
            members.append((titles[m.article_id], m.text))
        out.append(tuple(sorted(members)))
    return sorted(out)


@pytest.mark.parametrize("seed", [1, 2])
def test_a_team_library_builds_the_clusters_a_library_file_builds(pg_url, db_path, seed):
    articles, quotes = _random_library(seed)
    built = []
    for where in (db_path, pg_url):
        with Library(where) as lib:
            lib.bulk.add_articles(articles)
            ids = {a.title: a.id for a in (lib.articles.get(i) for i in lib.articles.ids())}
            for n, text in quotes:
                lib.annotations.add_exact(ids[f"Berita {n}"], text, kind="quote")
            assert lib.trail.rebuild().rebuilt
            built.append(_clusters(lib))
    file_built, team_built = built
    assert len(file_built) >= 10  # (the randomized library has real clusters)
    assert team_built == file_built
