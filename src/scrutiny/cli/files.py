"""The documents a command is given: files as named, folders searched, globs the shell left alone."""

from __future__ import annotations

import glob
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

KNOWN_EXTENSIONS = (".pdf", ".docx", ".html", ".htm", ".txt", ".md")


@dataclass
class Job:
    path: Path
    base: Path | None = None  # the folder it was found in, when a folder was given

    @property
    def display(self) -> str:
        return str(self.path)


@dataclass
class Batch:
    jobs: list[Job] = field(default_factory=list)
    missing: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)
    skipped: list[Path] = field(default_factory=list)  # found in a folder, not papers (README.md)


def _is_document(path: Path, base: Path) -> bool:
    rel = path.relative_to(base)
    if any(part.startswith(".") for part in rel.parts) or path.name.startswith("~$"):
        return False
    return path.suffix.lower() in KNOWN_EXTENSIONS and path.is_file()


def find_documents(folder: Path) -> list[Path]:
    """The documents under `folder`, recursively, with a known extension, in a stable order."""
    return sorted(
        (p for p in folder.rglob("*") if _is_document(p, folder)), key=lambda p: str(p.relative_to(folder))
    )


# What a folder of papers holds beside them: read me, licence, change log… (any case, any of the
# extensions above). A folder ingest leaves them out and says so; named one by one, they are read.
# Only a name that is the word alone (README, Changes) or README / LICENSE with more after it
# (README.en, LICENSE-MIT): "changes-to-the-precept-2024.pdf" is a paper.
_NOT_PAPERS = re.compile(
    r"(?:readme|licen[cs]e)(?:[._ -].*)?"
    r"|copying|notice|changelog|changes|history|contributing|authors|code[_-]of[_-]conduct|security|todo",
    re.IGNORECASE,
)


def is_not_a_paper(path: Path) -> bool:
    """Whether a file found in a folder is the folder's own paperwork (README.md, LICENSE.txt), not a paper."""
    return _NOT_PAPERS.fullmatch(path.stem) is not None


def collect(paths: list[Path], skip_non_papers: bool = False) -> Batch:
    """The documents `paths` name: files as given, folders searched (with `skip_non_papers`, their
    README, LICENSE and the like are left out, into `batch.skipped`)."""
    batch = Batch()
    for path in paths:
        if path.is_dir():
            found = find_documents(path)
            if skip_non_papers:
                batch.skipped += [p for p in found if is_not_a_paper(p)]
                found = [p for p in found if not is_not_a_paper(p)]
            if not found:
                batch.missing.append(
                    (str(path), f"no documents ({' '.join(KNOWN_EXTENSIONS)}) in this folder")
                )
            batch.jobs.extend(Job(p, path) for p in found)
        else:
            try:
                path.stat()
            except OSError as exc:
                batch.missing.append((str(path), _reason(path, exc)))
                continue
            batch.jobs.append(Job(path))
    return batch


def _reason(path: Path, exc: OSError) -> str:
    """Why a file named cannot be opened, in the readers' words (they load only for a file missing)."""
    from scrutiny.readers import os_reason

    return os_reason(path, exc)


def output_names(jobs: list[Job]) -> list[Path]:
    """NAME.json for each job (relative to --out), mirroring sub-folders, unique."""
    used: set[Path] = set()
    names = []
    for job in jobs:
        sub = job.path.parent.relative_to(job.base) if job.base is not None else Path()
        candidates = [sub / f"{job.path.stem}.json", sub / f"{job.path.name}.json"]
        n = 2
        while all(c in used for c in candidates):
            candidates.append(sub / f"{job.path.name}.{n}.json")
            n += 1
        name = next(c for c in candidates if c not in used)
        used.add(name)
        names.append(name)
    return names


_GLOB = set("*?[")


def expand(args: list[str]) -> tuple[list[Path], list[tuple[str, str]]]:
    """PATH arguments as paths: a glob the shell left alone (`'papers/**/*.pdf'`) is expanded here."""
    paths: list[Path] = []
    missing: list[tuple[str, str]] = []
    for arg in args:
        if Path(arg).exists() or not _GLOB & set(arg):
            paths.append(Path(arg))
            continue
        found = sorted(glob.glob(arg, recursive=True))
        if found:
            paths.extend(Path(f) for f in found)
        else:
            missing.append((arg, "no file matches this pattern"))
    return paths, missing


def unique(jobs: list[Job]) -> list[Path]:
    """The jobs' files, each once (a file named twice, or found in two folders given, is read once)."""
    seen: set[Path] = set()
    out = []
    for job in jobs:
        key = job.path.resolve()
        if key not in seen:
            seen.add(key)
            out.append(job.path)
    return out


def samples_dir() -> Path:
    """The bundled sample corpus: $SCRUTINY_SAMPLES, or `samples/` at the root of the repository."""
    env = os.environ.get("SCRUTINY_SAMPLES")
    return Path(env) if env else Path(__file__).resolve().parents[3] / "samples"
