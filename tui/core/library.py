"""A library: folders of transcripts plus their paper catalogs, read, analysed and merged into papers.

The scan is incremental: a file whose size and mtime match the store's file index is not read again; its
episode and analysis come from the store's cache (keyed by content hash and analysis version). Changed and new
files are parsed and analysed, in a process pool when there are many. `scan()` blocks: the app runs it in a
thread worker and gets progress through callbacks.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from tui.core.identity import normalise_arxiv_id, normalise_name
from tui.core.models import (
    Discussion,
    Episode,
    EpisodeAnalysis,
    LibraryPaper,
    Model,
    PaperMeta,
    Problem,
    SuggestedVerdict,
)

if TYPE_CHECKING:
    from tui.core.store import Store

EPISODE_CACHE_VERSION = "episode-1"
HEAD_CACHE_NAMESPACE = "scan-head"
# Metadata the user chose from an online lookup, by arXiv id (same record format as the metadata cache).
CHOSEN_META_NAMESPACE = "meta.chosen"
# Below this many files to (re)parse, a process pool costs more than it saves.
POOL_THRESHOLD = 48
# A first scan of more files than this drops turns from memory once they are cached (bounded memory).
LIGHT_AFTER = 200


class ScanProgress(Model):
    done: int
    total: int
    path: str
    phase: str  # "cached" | "parsed" | "failed" | "catalog"


class _CachedHead(Model):
    """What a warm start needs of an episode: everything but its turns (loaded when the episode is opened)."""

    episode: Episode
    turn_count: int
    analysis: EpisodeAnalysis


# The catalog a worker process analyses with: sent once per worker (pool initializer), not with every job.
_WORKER_CATALOG: list[PaperMeta] = []


def _init_worker(catalog: tuple[PaperMeta, ...]) -> None:
    global _WORKER_CATALOG
    _WORKER_CATALOG = list(catalog)


def _parse_and_analyse(
    path: str, catalog: Sequence[PaperMeta] | None = None
) -> tuple[Episode | None, EpisodeAnalysis | None, list[Problem]]:
    """Read one transcript and analyse it. Runs in a worker process, so it must be a top-level function."""
    from tui.core.analysis import analyze
    from tui.core.ingest import load_file

    episode, problems = load_file(Path(path))
    if episode is None:
        return None, None, problems
    try:
        analysis = analyze(episode, list(catalog if catalog is not None else _WORKER_CATALOG) or None)
    except Exception as exc:  # noqa: BLE001 - one bad episode must not stop a library scan
        problems = [*problems, Problem(source=path, message=f"analysis failed: {exc!r}")]
        return episode, None, problems
    return episode, analysis, problems


def discover(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Path], list[Problem]]:
    """Split the given files and folders into transcript files and catalog files, reporting unreadable ones.

    Transcripts are found by the readers' own walk (`collect_files`), so the app and `inspect` agree on what a
    library holds; catalogs (`papers.json`, `*.papers.json`, `*.bib`) are collected beside them.
    """
    from tui.core.ingest import collect_files, is_catalog_file

    given = [Path(p) for p in paths]
    catalogs = [p for p in given if p.is_file() and is_catalog_file(p)]
    for folder in (p for p in given if p.is_dir()):
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            catalogs.extend(Path(root) / name for name in sorted(files) if is_catalog_file(name))
    transcripts, problems = collect_files(p for p in given if p not in catalogs)
    return transcripts, catalogs, problems


def catalog_fingerprint(catalog: Sequence[PaperMeta]) -> str:
    """Analysis with a catalog differs from analysis without: the cache key includes the catalog's content."""
    if not catalog:
        return "nocat"
    digest = hashlib.sha256()
    for meta in catalog:
        digest.update(meta.model_dump_json().encode())
    return digest.hexdigest()[:12]


class Library:
    """Episodes, analyses and papers of a set of transcript folders."""

    def __init__(
        self,
        paths: Sequence[str | os.PathLike[str]],
        store: Store | None = None,
        catalog: Sequence[PaperMeta] | None = None,
        *,
        workers: int | None = None,
    ) -> None:
        self.paths = [Path(p) for p in paths]
        self.store = store
        self.extra_catalog = list(catalog or [])
        self.catalog: list[PaperMeta] = list(self.extra_catalog)
        self.workers = workers if workers is not None else max(1, (os.cpu_count() or 1))
        self.episodes: list[Episode] = []
        self.analyses: dict[str, EpisodeAnalysis] = {}
        self.papers: dict[str, LibraryPaper] = {}
        self.problems: list[Problem] = []
        self.problems_during_cache: list[Problem] = []
        # Episodes loaded from the cache come without turns; `full_episode` loads them on demand.
        self._lazy: set[str] = set()
        self._turn_counts: dict[str, int] = {}
        self._lock = threading.Lock()

    # ------------------------------------------------------------------------------------------ scanning

    def scan(
        self,
        on_progress: Callable[[ScanProgress], None] | None = None,
        cancel: threading.Event | None = None,
        on_episode: Callable[[Episode, EpisodeAnalysis | None], None] | None = None,
    ) -> None:
        """Load every transcript: cached ones first (fast), then parse and analyse the rest."""
        self.problems_during_cache = []
        transcripts, catalogs, problems = discover(self.paths)
        catalog = list(self.extra_catalog)
        for path in catalogs:
            metas, catalog_problems = _load_catalog(path)
            catalog.extend(metas)
            problems.extend(catalog_problems)
        catalog = _dedupe_catalog(catalog)
        version = f"{_analysis_version()}+{catalog_fingerprint(catalog)}"

        episodes: list[tuple[int, Episode]] = []
        analyses: dict[str, EpisodeAnalysis] = {}
        total = len(transcripts)
        done = 0

        def report(path: Path, phase: str) -> None:
            nonlocal done
            done += 1
            if on_progress:
                on_progress(ScanProgress(done=done, total=total, path=str(path), phase=phase))

        lazy: set[str] = set()
        turn_counts: dict[str, int] = {}

        def accept(
            order: int, episode: Episode, analysis: EpisodeAnalysis | None, *, turn_count: int | None = None, light: bool
        ) -> None:
            """Keep an episode; a light one keeps no turns in memory (`full_episode` reloads them)."""
            turn_counts[episode.key] = len(episode.turns) if turn_count is None else turn_count
            if on_episode:
                on_episode(episode, analysis)
            if light:
                lazy.add(episode.key)
                if episode.turns:
                    episode = episode.model_copy(update={"turns": []})
            episodes.append((order, episode))
            if analysis is not None:
                analyses[episode.key] = analysis

        todo: list[tuple[int, Path]] = []
        for order, path in enumerate(transcripts):
            if cancel is not None and cancel.is_set():
                break
            cached = self._from_cache(path, version)
            if cached is None:
                todo.append((order, path))
                continue
            episode, analysis, turn_count = cached
            accept(order, episode, analysis, turn_count=turn_count, light=True)
            report(path, "cached")

        results = self._parse_many(todo, tuple(catalog), cancel)
        for (order, path), (episode, analysis, file_problems) in results:
            problems.extend(file_problems)
            if episode is None:
                report(path, "failed")
                continue
            cached_ok = self._to_cache(path, episode, analysis, version)
            # A big first scan keeps only what the board needs in memory; turns reload from the cache.
            accept(order, episode, analysis, light=cached_ok and len(todo) > LIGHT_AFTER)
            report(path, "parsed")

        episodes.sort(key=lambda pair: pair[0])
        with self._lock:
            self.catalog = catalog
            self.episodes = [episode for _, episode in episodes]
            self.analyses = analyses
            self.problems = problems + self.problems_during_cache
            self._lazy = lazy
            self._turn_counts = turn_counts
            self.papers = self._merge_papers()

    def _parse_many(
        self, todo: list[tuple[int, Path]], catalog: tuple[PaperMeta, ...], cancel: threading.Event | None
    ) -> Iterable[tuple[tuple[int, Path], tuple[Episode | None, EpisodeAnalysis | None, list[Problem]]]]:
        paths = [str(path) for _, path in todo]
        if len(paths) < POOL_THRESHOLD or self.workers < 2:
            for item, path in zip(todo, paths):
                if cancel is not None and cancel.is_set():
                    return
                yield item, _parse_and_analyse(path, catalog)
            return
        with ProcessPoolExecutor(max_workers=self.workers, initializer=_init_worker, initargs=(catalog,)) as pool:
            for item, result in zip(todo, pool.map(_parse_and_analyse, paths, chunksize=8)):
                if cancel is not None and cancel.is_set():
                    pool.shutdown(wait=False, cancel_futures=True)
                    return
                yield item, result

    def _from_cache(self, path: Path, version: str) -> tuple[Episode, EpisodeAnalysis, int] | None:
        """The episode (without turns) and analysis of an unchanged file, from the store."""
        if self.store is None:
            return None
        try:
            stat = path.stat()
            indexed = self.store.get_file_index(str(path.resolve()))
            if indexed is None or indexed[0] != stat.st_size or indexed[1] != stat.st_mtime:
                return None
            cached = self.store.cache_get(HEAD_CACHE_NAMESPACE, f"{indexed[2]}:{version}")
            if cached is None:
                return None
            head = _CachedHead.model_validate_json(cached[0])
            episode = head.episode.model_copy(update={"source": str(path)})
            return episode, head.analysis, head.turn_count
        except Exception:  # noqa: BLE001 - a bad cache entry only means we parse the file again
            return None

    def _to_cache(self, path: Path, episode: Episode, analysis: EpisodeAnalysis | None, version: str) -> bool:
        """Cache a parsed episode; True when its turns can be reloaded from the store later."""
        if self.store is None or getattr(self.store, "read_only", False) or analysis is None:
            return False
        try:
            stat = path.stat()
            self.store.put_analysis(episode.key, EPISODE_CACHE_VERSION, episode.model_dump(mode="json"))
            head = _CachedHead(episode=episode.model_copy(update={"turns": []}), turn_count=len(episode.turns), analysis=analysis)
            self.store.cache_put(HEAD_CACHE_NAMESPACE, f"{episode.key}:{version}", head.model_dump_json())
            self.store.put_file_index(str(path.resolve()), stat.st_size, stat.st_mtime, episode.key)
        except Exception:  # noqa: BLE001 - caching is an optimisation; never fail a scan over it
            return False
        try:
            # An edited transcript has a new content key: move its turn/claim notes onto the new version.
            claims = [claim for paper in analysis.papers for claim in paper.claims]
            self.store.reattach_notes(episode, claims=claims)
        except Exception as exc:  # noqa: BLE001 - notes stay under the old key, shown as orphaned
            self.problems_during_cache.append(
                Problem(source=str(path), message=f"could not re-attach notes: {exc}", severity="warning")
            )
        return True

    # ------------------------------------------------------------------------------------------- papers

    def _merge_papers(self) -> dict[str, LibraryPaper]:
        """One paper across episodes: discussions grouped by (merged) paper key, with catalog metadata."""
        by_arxiv = {meta.arxiv_id: meta for meta in self.catalog if meta.arxiv_id}
        papers: dict[str, LibraryPaper] = {}
        for episode in self.episodes:
            analysis = self.analyses.get(episode.key)
            if analysis is None:
                continue
            for discussion in analysis.papers:
                key = self._resolve_key(discussion.key)
                paper = papers.get(key)
                if paper is None:
                    meta = by_arxiv.get(discussion.arxiv_id or "") or self._chosen_meta(key, by_arxiv)
                    paper = papers[key] = LibraryPaper(key=key, name=discussion.name, meta=meta)
                for alias in [discussion.name, *discussion.aliases]:
                    if alias not in paper.aliases and alias != paper.name:
                        paper.aliases.append(alias)
                paper.discussions.append(
                    Discussion(
                        episode_key=episode.key,
                        episode_title=episode.title,
                        source=episode.source,
                        paper=discussion,
                    )
                )
        for paper in papers.values():
            paper.suggested = _combined_suggestion(paper)
        return dict(sorted(papers.items(), key=lambda item: item[1].name.lower()))

    def _resolve_key(self, key: str) -> str:
        if self.store is None:
            return key
        try:
            return self.store.resolve_key(key)
        except Exception:  # noqa: BLE001
            return key

    def _chosen_meta(self, key: str, by_arxiv: dict[str, PaperMeta]) -> PaperMeta | None:
        """The metadata the user picked for an ambiguous paper: from a catalog, else from the metadata cache."""
        if self.store is None:
            return None
        try:
            chosen = self.store.get_metadata_choice(key)
            if not chosen:
                return None
            if chosen in by_arxiv:
                return by_arxiv[chosen]
            from tui.core.metadata.cache import read_papers

            cached = read_papers(self.store, CHOSEN_META_NAMESPACE, chosen)
            return cached.papers[0] if cached and cached.papers else None
        except Exception:  # noqa: BLE001 - a bad choice record leaves the paper without metadata
            return None

    def choose_metadata(self, paper_key: str, meta: PaperMeta | None) -> None:
        """Remember the user's pick for an ambiguous paper (None: none of the candidates), then re-merge.

        A pick found online (not in a catalog) is kept in the store too, so it is there after a restart offline.
        """
        if self.store is None:
            return
        from tui.core.metadata.cache import encode_papers

        arxiv_id = meta.arxiv_id if meta is not None else None
        if meta is not None and arxiv_id and not any(m.arxiv_id == arxiv_id for m in self.catalog):
            self.store.cache_put(CHOSEN_META_NAMESPACE, arxiv_id, encode_papers([meta]))
        self.store.set_metadata_choice(paper_key, arxiv_id)
        self.refresh_papers()

    def refresh_papers(self) -> None:
        """Re-merge papers after the store's merges or metadata choices changed."""
        with self._lock:
            self.papers = self._merge_papers()

    # ------------------------------------------------------------------------------------------ lookups

    def episode(self, key: str) -> Episode | None:
        """The episode as held in memory: its turns may not be loaded yet (see `full_episode`)."""
        return next((e for e in self.episodes if e.key == key), None)

    def turn_count(self, key: str) -> int:
        return self._turn_counts.get(key, 0)

    def full_episode(self, key: str) -> Episode | None:
        """The episode with its turns, loading them from the store's cache (or the file) the first time."""
        episode = self.episode(key)
        if episode is None or key not in self._lazy:
            return episode
        full = self._load_turns(episode)
        if full is None:
            return episode
        with self._lock:
            self.episodes = [full if e.key == key else e for e in self.episodes]
            self._lazy.discard(key)
        return full

    def iter_full_episodes(self) -> Iterable[Episode]:
        """Every episode with its turns, one at a time (for exports, without keeping them all loaded)."""
        for episode in list(self.episodes):
            if episode.key in self._lazy:
                yield self._load_turns(episode) or episode
            else:
                yield episode

    def _load_turns(self, episode: Episode) -> Episode | None:
        if self.store is not None:
            try:
                payload = self.store.get_analysis(episode.key, EPISODE_CACHE_VERSION)
                if payload is not None:
                    return Episode.model_validate(payload).model_copy(update={"source": episode.source})
            except Exception:  # noqa: BLE001 - fall back to reading the file
                pass
        from tui.core.ingest import load_file

        loaded, _ = load_file(Path(episode.source))
        return loaded if loaded is not None and loaded.key == episode.key else None

    def analysis(self, episode_key: str) -> EpisodeAnalysis | None:
        return self.analyses.get(episode_key)

    def find_papers(self, query: str, limit: int = 5) -> list[tuple[LibraryPaper, float]]:
        """Papers matching an arXiv id, a paper key, or a fuzzy name/alias/title. Best first, score 0-100."""
        query = query.strip()
        if not query:
            return []
        if query in self.papers:
            return [(self.papers[query], 100.0)]
        arxiv = normalise_arxiv_id(query)
        if arxiv:
            exact = [p for p in self.papers.values() if p.key == f"arxiv:{arxiv}" or (p.meta and p.meta.arxiv_id == arxiv)]
            return [(p, 100.0) for p in exact]
        wanted = normalise_name(query)
        exact = [p for p in self.papers.values() if wanted in {normalise_name(n) for n in _names(p)}]
        if exact:
            return [(p, 100.0) for p in exact]
        choices: dict[str, str] = {}
        for paper in self.papers.values():
            for index, name in enumerate(_names(paper)):
                choices[f"{paper.key}\x00{index}"] = name
        best: dict[str, float] = {}
        for _, score, choice_key in process.extract(
            query, choices, scorer=fuzz.WRatio, processor=str.lower, limit=limit * 4, score_cutoff=75
        ):
            paper_key = choice_key.split("\x00", 1)[0]
            best[paper_key] = max(best.get(paper_key, 0.0), float(score))
        ranked = sorted(best.items(), key=lambda item: -item[1])[:limit]
        return [(self.papers[key], score) for key, score in ranked]


def _names(paper: LibraryPaper) -> list[str]:
    names = [paper.name, *paper.aliases]
    if paper.meta is not None:
        names.append(paper.meta.title)
        names.extend(paper.meta.aliases)
    return names


def _combined_suggestion(paper: LibraryPaper) -> SuggestedVerdict:
    """The most confident suggestion across the paper's discussions (the latest wins ties)."""
    best = SuggestedVerdict()
    for discussion in paper.discussions:
        suggestion = discussion.paper.suggested_verdict
        if suggestion.verdict is not None and suggestion.confidence >= best.confidence:
            best = suggestion
    return best


def _dedupe_catalog(catalog: list[PaperMeta]) -> list[PaperMeta]:
    seen: set[str] = set()
    unique = []
    for meta in catalog:
        ident = meta.arxiv_id or normalise_name(meta.title)
        if ident not in seen:
            seen.add(ident)
            unique.append(meta)
    return unique


def _load_catalog(path: Path) -> tuple[list[PaperMeta], list[Problem]]:
    from tui.core.metadata.catalog import load_catalog

    return load_catalog(path)


def _analysis_version() -> str:
    from tui.core.analysis.version import ANALYSIS_VERSION

    return ANALYSIS_VERSION


def default_library_paths(data_dir: str | os.PathLike[str] | None = None) -> list[Path]:
    """The user's library when they have one (`<data dir>/library`), else the bundled demo."""
    from tui.core.paths import demo_library_dir, user_library_dirs

    return user_library_dirs(data_dir) or [demo_library_dir()]
