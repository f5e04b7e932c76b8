"""Local catalogs: JSON records, folders, BibTeX; bad records reported with file and line, and skipped."""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import pytest

from tui.core.metadata.bibtex import delatex, parse_bibtex, parse_bibtex_catalog, split_authors
from tui.core.metadata.catalog import load_catalog, parse_json_catalog

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "catalogs"


def test_papers_object_and_bare_list_give_the_same_papers(tmp_path: Path) -> None:
    records = [{"arxiv_id": "arXiv:2512.08829v2", "title": "InfiniteVL: X", "authors": ["A B"], "year": "2025"}]
    (tmp_path / "a.json").write_text(json.dumps({"papers": records}))
    (tmp_path / "b.json").write_text(json.dumps(records))
    a, problems_a = load_catalog(tmp_path / "a.json")
    b, problems_b = load_catalog(tmp_path / "b.json")
    assert problems_a == problems_b == []
    assert a == b
    assert a[0].arxiv_id == "2512.08829" and a[0].year == 2025
    assert a[0].url == "https://arxiv.org/abs/2512.08829"


def test_malformed_records_are_reported_with_their_line_and_skipped() -> None:
    text = """{
  "version": 1,
  "papers": [
    {"title": "Good One", "arxiv_id": "2511.23404"},
    {"authors": ["No Title"]},
    {"title": "Bad year", "year": "soon"},
    "not an object",
    {"title": "Odd field", "colour": "blue", "arxiv_id": "not-an-id"}
  ]
}"""
    papers, problems = parse_json_catalog(text, "cat.json")
    assert [p.title for p in papers] == ["Good One", "Odd field"]
    errors = {(p.line, p.severity) for p in problems}
    assert {(5, "error"), (6, "error"), (7, "error"), (8, "warning")} <= errors
    assert all(p.source == "cat.json" for p in problems)
    described = [p.describe() for p in problems]
    assert any("cat.json:5" in d and "title" in d for d in described)
    assert papers[1].arxiv_id is None


def test_invalid_json_gives_a_positioned_problem_not_a_traceback() -> None:
    papers, problems = parse_json_catalog('{"papers": [\n  {"title": "x",}\n]}', "broken.json")
    assert papers == []
    assert problems[0].line == 2 and "invalid JSON" in problems[0].message


def test_a_duplicate_arxiv_id_keeps_the_first_record() -> None:
    text = json.dumps([{"title": "First", "arxiv_id": "2511.23404"}, {"title": "Second", "arxiv_id": "2511.23404v2"}])
    papers, problems = parse_json_catalog(text, "dup.json")
    assert [p.title for p in papers] == ["First"]
    assert problems[0].severity == "warning" and "twice" in problems[0].message


def test_arxiv_id_comes_from_an_arxiv_url_only() -> None:
    text = json.dumps(
        [{"title": "A", "url": "https://arxiv.org/pdf/2512.10652v1"}, {"title": "B", "url": "https://doi.org/10.1234/5678.12345"}]
    )
    papers, _ = parse_json_catalog(text, "urls.json")
    assert [p.arxiv_id for p in papers] == ["2512.10652", None]


def test_a_folder_loads_every_catalog_inside(tmp_path: Path) -> None:
    (tmp_path / "one.papers.json").write_text(json.dumps([{"title": "One", "arxiv_id": "2512.00001"}]))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "refs.bib").write_text("@misc{two, title={Two}, eprint={2512.00002}}\n")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.json").write_text(json.dumps([{"title": "Hidden"}]))
    papers, problems = load_catalog(tmp_path)
    assert sorted(p.title for p in papers) == ["One", "Two"]
    assert problems == []


def test_unreadable_catalog_is_a_problem(tmp_path: Path) -> None:
    papers, problems = load_catalog(tmp_path / "missing.json")
    assert papers == [] and "cannot read" in problems[0].message


# -------------------------------------------------------------------------------------------- BibTeX

BIB = r"""Text outside entries is a comment.
@string{cvpr = "Computer Vision and Pattern Recognition"}
@comment{ ignored {nested} }
@article{li2025infinitevl,
  title = {{InfiniteVL}: Synergizing Linear and Sparse Attention},
  author = {Li, Wei and M{\"u}ller, Hans and {Fixture Lab}},
  year = 2025,
  eprint = {2512.08829},
  archivePrefix = {arXiv},
  shorttitle = {InfiniteVL},
  keywords = {vlm; efficiency},
}
@inproceedings{tridf,
  title = "TriDF: Evaluating " # "Perception",
  booktitle = cvpr,
  month = dec,
  url = {https://arxiv.org/abs/2512.10652v1},
  year = {2025}
}
@article{broken,
  title = {Never closed,
  author = {Nobody}

@misc{zotero,
  title = {LFM2 Technical Report},
  doi = {10.48550/arXiv.2511.23404},
  journal = {arXiv preprint},
  date = {2025-11-28}
}
@book{plain, title = {A Book Without Any arXiv Link}, author = {Smith, Jr., John and others}, year = {in press}}
@misc{notitle, author = {X}}
"""


def test_bibtex_entries_become_papers_with_arxiv_ids_from_any_field() -> None:
    papers, problems = parse_bibtex_catalog(BIB, "refs.bib")
    by_title = {p.title: p for p in papers}
    assert list(by_title) == [
        "InfiniteVL: Synergizing Linear and Sparse Attention",
        "TriDF: Evaluating Perception",
        "LFM2 Technical Report",
        "A Book Without Any arXiv Link",
    ]
    infinite = by_title["InfiniteVL: Synergizing Linear and Sparse Attention"]
    assert infinite.arxiv_id == "2512.08829"
    assert infinite.authors == ["Wei Li", "Hans Müller", "Fixture Lab"]
    assert infinite.aliases == ["InfiniteVL"] and infinite.tags == ["vlm", "efficiency"]
    assert infinite.source == "bibtex"
    assert by_title["TriDF: Evaluating Perception"].venue == "Computer Vision and Pattern Recognition"
    assert by_title["TriDF: Evaluating Perception"].arxiv_id == "2512.10652"
    assert by_title["LFM2 Technical Report"].arxiv_id == "2511.23404"
    assert by_title["LFM2 Technical Report"].year == 2025
    plain = by_title["A Book Without Any arXiv Link"]
    assert plain.arxiv_id is None and plain.year is None and plain.authors == ["John Smith Jr."]
    lines = sorted((p.line, p.severity) for p in problems)
    assert lines == [(20, "error"), (31, "error")]


def test_bibtex_agrees_with_bibtexparser_on_well_formed_entries() -> None:
    ours, _ = parse_bibtex(BIB, "refs.bib")
    theirs = bibtexparser.parse_string(BIB)
    their_keys = {e.key for e in theirs.entries}
    for entry in ours:
        assert entry.key in their_keys
    for entry in theirs.entries:
        if entry.key in ("li2025infinitevl", "zotero", "plain"):
            mine = next(e for e in ours if e.key == entry.key)
            for field in entry.fields:
                assert mine.fields[field.key.lower()] == field.value, field.key


@pytest.mark.parametrize(
    ("latex", "plain"),
    [
        (r"Schr{\"o}dinger", "Schrödinger"),
        (r"\'Etienne", "Étienne"),
        (r"Caf\'{e} \& Bar", "Café & Bar"),
        (r"pages 1--2", "pages 1\u20132"),
        (r"{\c{C}}elik", "Çelik"),
    ],
)
def test_delatex_handles_the_accents_names_use(latex: str, plain: str) -> None:
    assert delatex(latex) == plain


def test_split_authors_keeps_braced_organisations_whole() -> None:
    assert split_authors("{Research and Development Team} and Doe, Jane") == ["Research and Development Team", "Jane Doe"]


def test_the_bib_fixture_file_loads() -> None:
    papers, problems = load_catalog(FIXTURES / "zotero_export.bib")
    assert len(papers) == 3 and all(p.arxiv_id for p in papers)
    assert len(problems) == 1 and problems[0].line is not None
