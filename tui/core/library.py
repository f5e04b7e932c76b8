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
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from tui.core import library_cache
from tui.core.identity import normalise_arxiv_id, normalise_name
from tui.core.library_cache import CLAIMS_NAMESPACE, EPISODE_CACHE_VERSION, HEAD_NAMESPACE
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

# Metadata the user chose from an online lookup, by arXiv id (same record format as the metadata cache).
CHOSEN_META_NAMESPACE = "meta.chosen"
# Below this many files to (re)parse, a process pool costs more than it saves.
POOL_THRESHOLD = 48
# A first scan of more files than this drops turns from memory once they are cached (bounded memory).
LIGHT_AFTER = 200
# Scanned files are cached in one transaction per this many.
CACHE_BATCH = 64
# Claims are loaded this many episodes at a time (a background load yields to an opened episode between).
CLAIMS_CHUNK = 32


class ScanProgress(Model):
    done: int
    total: int
    path: str
    phase: str  # "cached" | "parsed" | "failed" | "catalog"


@dataclass
class _Parsed:
    """One parsed transcript: models when parsed in this process, JSON text when it came from the pool."""

    episode: Episode | None = None
    analysis: EpisodeAnalysis | None = None
    encoded: library_cache.Encoded | None = None
    problems: list[Problem] = field(default_factory=list)


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


def _parse_and_encode(path: str) -> tuple[library_cache.Encoded | None, list[Problem]]:
    """Pool job: read, analyse and encode one transcript (JSON text crosses the pool, not models)."""
    episode, analysis, problems = _parse_and_analyse(path)
    if episode is None:
        return None, problems
    return library_cache.encode(episode, analysis), problems


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


def _cache_key(path: Path, indexed: tuple[int, float, str] | None, version: str) -> str | None:
    """The head's cache key of an unchanged file (same size and mtime as when it was indexed), else None."""
    if indexed is None:
        return None
    try:
        stat = path.stat()
    except OSError:
        return None
    if indexed[0] != stat.st_size or indexed[1] != stat.st_mtime:
        return None
    return f"{indexed[2]}:{version}"


def _decode_head(text: str | None) -> library_cache.CachedHead | None:
    if text is None:
        return None
    try:
        return library_cache.decode_head(text)
    except Exception:  # noqa: BLE001 - a bad cache entry only means we parse the file again
        return None


class _ScanWriter:
    """Caches scanned files in batches: one transaction per `CACHE_BATCH` files instead of four per file."""

    def __init__(self, store: Store, version: str) -> None:
        self.store = store
        self.version = version
        self.problems: list[Problem] = []
        self.changed: list[library_cache.Encoded] = []  # files whose content changed since they were indexed
        self._episodes: list[tuple[str, str, str]] = []
        self._cached: list[tuple[str, str, str]] = []
        self._files: list[tuple[str, int, float, str]] = []
        self._changed: list[library_cache.Encoded] = []

    def add(self, path: Path, real_path: str, encoded: library_cache.Encoded,
            indexed: tuple[int, float, str] | None) -> bool:
        """Queue one file; False when it cannot be cached (then its turns and claims stay in memory)."""
        if encoded.head_json is None or encoded.claims_json is None or self.store.read_only:
            return False
        try:
            stat = path.stat()
        except OSError:
            return False
        cache_key = f"{encoded.key}:{self.version}"
        self._episodes.append((encoded.key, EPISODE_CACHE_VERSION, encoded.episode_json))
        self._cached += [(HEAD_NAMESPACE, cache_key, encoded.head_json), (CLAIMS_NAMESPACE, cache_key, encoded.claims_json)]
        self._files.append((real_path, stat.st_size, stat.st_mtime, encoded.key))
        if indexed is not None and indexed[2] != encoded.key:
            self._changed.append(encoded)
        if len(self._files) >= CACHE_BATCH:
            self.flush()
        return True

    def flush(self) -> None:
        if not self._files:
            return
        try:
            self.store.put_scan_results(self._episodes, self._cached, self._files)
            self.changed += self._changed
        except Exception as exc:  # noqa: BLE001 - caching is an optimisation; never fail a scan over it
            # Turns reload from the files, claims by analysing them again: nothing is lost, only time.
            self.problems.append(Problem(source=str(self.store.path), severity="warning",
                                         message=f"could not cache {len(self._files)} scanned files: {exc}"))
        self._episodes, self._cached, self._files, self._changed = [], [], [], []


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
        # Episodes whose analysis came from a cached head: claims not loaded yet (`ensure_claims`), but counted.
        self._claims_pending: set[str] = set()
        self._claim_counts: dict[str, list[int]] = {}
        self._version = ""
        self._lock = threading.Lock()
        self._claims_lock = threading.Lock()

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
        pending: set[str] = set()
        claim_counts: dict[str, list[int]] = {}

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

        def accept_head(order: int, path: Path, head: library_cache.CachedHead) -> None:
            """Keep a cached head: no turns and no claims in memory until the episode is opened."""
            episode = head.episode.model_copy(update={"source": str(path)})
            pending.add(episode.key)
            claim_counts[episode.key] = head.claim_counts
            accept(order, episode, head.analysis, turn_count=head.turn_count, light=True)

        index = self._file_index()
        real_paths = [os.path.realpath(path) for path in transcripts]
        todo: list[tuple[int, Path]] = []
        wanted: dict[int, str] = {}
        for order, path in enumerate(transcripts):
            key = _cache_key(path, index.get(real_paths[order]), version)
            if key is None:
                todo.append((order, path))
            else:
                wanted[order] = key
        heads = self._read_cached(HEAD_NAMESPACE, list(wanted.values()))
        for order, key in wanted.items():
            if cancel is not None and cancel.is_set():
                break
            path = transcripts[order]
            head = _decode_head(heads.get(key))
            if head is None:
                todo.append((order, path))
                continue
            accept_head(order, path, head)
            report(path, "cached")
        todo.sort()

        light_scan = len(todo) > LIGHT_AFTER
        writer = _ScanWriter(self.store, version) if self.store is not None and not self.store.read_only else None
        for (order, path), parsed in self._parse_many(todo, tuple(catalog), cancel):
            problems.extend(parsed.problems)
            if parsed.episode is None and parsed.encoded is None:
                report(path, "failed")
                continue
            encoded = parsed.encoded
            cached = False
            if writer is not None and (parsed.analysis is not None or (encoded is not None and encoded.head_json)):
                if encoded is None:
                    assert parsed.episode is not None
                    encoded = library_cache.encode(parsed.episode, parsed.analysis)
                cached = writer.add(path, real_paths[order], encoded, index.get(real_paths[order]))
            # A big first scan keeps only what the board needs in memory; turns and claims reload from the cache.
            light = cached and light_scan
            if parsed.episode is not None:
                accept(order, parsed.episode, parsed.analysis, light=light)
            elif light and encoded is not None and encoded.head_json is not None and (episodes or not on_episode):
                accept_head(order, path, library_cache.decode_head(encoded.head_json))
            elif encoded is not None:
                # (Also the first episode of a light scan with a listener: it is shown, turns and all, at once.)
                episode, analysis = library_cache.decode_full(encoded)
                accept(order, episode, analysis, light=light)
            report(path, "parsed")
        if writer is not None:
            writer.flush()
            self.problems_during_cache.extend(writer.problems)
            self.problems_during_cache.extend(self._reattach(writer.changed))

        episodes.sort(key=lambda pair: pair[0])
        with self._lock:
            self.catalog = catalog
            self.episodes = [episode for _, episode in episodes]
            self.analyses = analyses
            self.problems = problems + self.problems_during_cache
            self._lazy = lazy
            self._turn_counts = turn_counts
            self._version = version
            with self._claims_lock:
                self._claims_pending = pending
                self._claim_counts = claim_counts
            self.papers = self._merge_papers()

    def _file_index(self) -> dict[str, tuple[int, float, str]]:
        if self.store is None:
            return {}
        try:
            return self.store.file_index_entries()
        except Exception:  # noqa: BLE001 - without the index every file is parsed again
            return {}

    def _read_cached(self, namespace: str, keys: list[str]) -> dict[str, str]:
        if self.store is None or not keys:
            return {}
        try:
            return self.store.cache_get_many(namespace, keys)
        except Exception:  # noqa: BLE001 - a cache we cannot read means parsing again
            return {}

    def _parse_many(
        self, todo: list[tuple[int, Path]], catalog: tuple[PaperMeta, ...], cancel: threading.Event | None
    ) -> Iterable[tuple[tuple[int, Path], _Parsed]]:
        paths = [str(path) for _, path in todo]
        if len(paths) < POOL_THRESHOLD or self.workers < 2:
            for item, path in zip(todo, paths):
                if cancel is not None and cancel.is_set():
                    return
                episode, analysis, problems = _parse_and_analyse(path, catalog)
                yield item, _Parsed(episode=episode, analysis=analysis, problems=problems)
            return
        with ProcessPoolExecutor(max_workers=self.workers, initializer=_init_worker, initargs=(catalog,)) as pool:
            for item, (encoded, problems) in zip(todo, pool.map(_parse_and_encode, paths, chunksize=8)):
                if cancel is not None and cancel.is_set():
                    pool.shutdown(wait=False, cancel_futures=True)
                    return
                yield item, _Parsed(encoded=encoded, problems=problems)

    def _reattach(self, changed: list[library_cache.Encoded]) -> list[Problem]:
        """Edited transcripts have new content keys: move their turn/claim notes onto the new version."""
        problems = []
        for encoded in changed:
            episode, analysis = library_cache.decode_full(encoded)
            try:
                claims = [claim for paper in (analysis.papers if analysis else []) for claim in paper.claims]
                self.store.reattach_notes(episode, claims=claims)  # type: ignore[union-attr]
            except Exception as exc:  # noqa: BLE001 - notes stay under the old key, shown as orphaned
                problems.append(Problem(source=episode.source, message=f"could not re-attach notes: {exc}",
                                        severity="warning"))
        return problems

    # -------------------------------------------------------------------------------------------- claims

    def ensure_claims(self, episode_keys: Iterable[str] | None = None, cancel: threading.Event | None = None) -> None:
        """Load the claims of episodes that came from cached heads (all of them when no keys are given).

        Claims land in place on the analyses the board's papers share, a chunk at a time, so a background
        load of everything gives way to an episode the user opens. A claim record that is missing or broken
        is rebuilt by analysing the file again.
        """
        with self._claims_lock:
            keys = [k for k in (self._claims_pending if episode_keys is None else episode_keys) if k in self._claims_pending]
        for start in range(0, len(keys), CLAIMS_CHUNK):
            if cancel is not None and cancel.is_set():
                return
            with self._claims_lock:
                chunk = [k for k in keys[start:start + CLAIMS_CHUNK] if k in self._claims_pending]
                if chunk:
                    self._load_claims(chunk)
                    self._claims_pending.difference_update(chunk)

    def claims_pending(self) -> int:
        """How many episodes still have their claims in the store only."""
        return len(self._claims_pending)

    def _load_claims(self, keys: list[str]) -> None:
        texts = self._read_cached(CLAIMS_NAMESPACE, [f"{key}:{self._version}" for key in keys])
        for key in keys:
            analysis = self.analyses.get(key)
            if analysis is None:
                continue
            try:
                library_cache.attach_claims(analysis, library_cache.decode_claims(texts[f"{key}:{self._version}"]))
            except Exception:  # noqa: BLE001 - missing or broken record: analyse the file again
                self._reanalyse_claims(key, analysis)

    def _reanalyse_claims(self, key: str, analysis: EpisodeAnalysis) -> None:
        episode = self.episode(key)
        fresh = _parse_and_analyse(episode.source, self.catalog)[1] if episode is not None else None
        if fresh is not None and fresh.episode_key == key and len(fresh.papers) == len(analysis.papers):
            library_cache.attach_claims(analysis, [paper.claims for paper in fresh.papers])
            return
        self.problems.append(Problem(
            source=episode.source if episode is not None else key,
            message="the claims of this episode could not be loaded from the cache or the file; rescan the library",
            severity="warning",
        ))

    # ------------------------------------------------------------------------------------------- papers

    def _merge_papers(self) -> dict[str, LibraryPaper]:
        """One paper across episodes: discussions grouped by (merged) paper key, with catalog metadata."""
        by_arxiv = {meta.arxiv_id: meta for meta in self.catalog if meta.arxiv_id}
        resolve = self._key_resolver()
        choices = self._metadata_choices()
        papers: dict[str, LibraryPaper] = {}
        for episode in self.episodes:
            analysis = self.analyses.get(episode.key)
            if analysis is None:
                continue
            counts = self._claim_counts.get(episode.key) if episode.key in self._claims_pending else None
            for position, discussion in enumerate(analysis.papers):
                key = resolve(discussion.key)
                paper = papers.get(key)
                if paper is None:
                    meta = by_arxiv.get(discussion.arxiv_id or "") or self._chosen_meta(choices.get(key), by_arxiv)
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
                        known_claims=counts[position] if counts is not None else None,
                    )
                )
        for paper in papers.values():
            paper.suggested = _combined_suggestion(paper)
        return dict(sorted(papers.items(), key=lambda item: item[1].name.lower()))

    def _key_resolver(self) -> Callable[[str], str]:
        """Paper keys through the store's merges, read once (a scan resolves thousands of keys)."""
        if self.store is None:
            return lambda key: key
        try:
            merges = self.store.merges()
        except Exception:  # noqa: BLE001
            return lambda key: key

        def resolve(key: str) -> str:
            seen = {key}
            while key in merges and merges[key] not in seen:
                key = merges[key]
                seen.add(key)
            return key

        return resolve

    def _metadata_choices(self) -> dict[str, str | None]:
        if self.store is None:
            return {}
        try:
            return self.store.all_metadata_choices()
        except Exception:  # noqa: BLE001 - without the choices, ambiguous papers show no metadata
            return {}

    def _chosen_meta(self, chosen: str | None, by_arxiv: dict[str, PaperMeta]) -> PaperMeta | None:
        """The metadata the user picked for an ambiguous paper: from a catalog, else from the metadata cache."""
        if self.store is None or not chosen:
            return None
        if chosen in by_arxiv:
            return by_arxiv[chosen]
        try:
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
        """The episode with its turns and claims, loading them from the store's cache (or the file) the first time."""
        self.ensure_claims([key])
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
        """Every episode with its turns and claims, one at a time (for exports, without keeping turns loaded)."""
        for episode in list(self.episodes):
            self.ensure_claims([episode.key])
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
        """The episode's whole analysis, claims included (loaded from the store the first time)."""
        self.ensure_claims([episode_key])
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
    """What a cached scan result depends on: the analysis and the readers that made its episode."""
    from tui.core.analysis.version import ANALYSIS_VERSION, READER_VERSION

    return f"{ANALYSIS_VERSION}.r{READER_VERSION}"


def default_library_paths(data_dir: str | os.PathLike[str] | None = None) -> list[Path]:
    """The user's library when they have one (`<data dir>/library`), else the bundled demo."""
    from tui.core.paths import demo_library_dir, user_library_dirs

    return user_library_dirs(data_dir) or [demo_library_dir()]
