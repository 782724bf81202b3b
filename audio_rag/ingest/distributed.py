"""Ingest on a Ray cluster: files fan out to a pool of actors that keep their models
loaded (Ray Data, `ActorPoolStrategy`; GPU actors when the cluster has GPUs), and this
process, the one writer, links voices across recordings and writes each file as it comes
back, in file order (see `ingest.capture`).

What holds, and where:
- Idempotent: unit ids are content hashes with times and a file's manifest record is
  written after its units, so a retried task, a rerun, or two overlapping runs add
  nothing twice; files already complete are hashed by the workers and skipped.
- Resumable: a driver killed mid-run leaves only files without a record, which the next
  run (or a local ingest) redoes; the files it finished stay.
- A worker process that dies mid-file is restarted by Ray and its file retried; a file
  that fails to decode is reported like in a local ingest and the run goes on.
- The write lock (`store.lock`) is the index's as usual: on one machine it keeps other
  writers out; writers on other machines against one Chroma server are not locked out.
"""

from __future__ import annotations

import logging
import pickle
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, is_dataclass, replace

import numpy as np

from .._util.device import Device
from ..audio import find_audio_files
from ..errors import MissingDependencyError
from .capture import FileWork, apply_work, capture_file
from .options import IngestOptions
from .pipeline import Ingestor
from .report import Hook, IngestReport, guarded, unexpected
from .service import IngestService, make_diarizer

logger = logging.getLogger(__name__)


@dataclass
class WorkerSpec:
    """What each actor needs to build its `Ingestor` (sent once, picklable).
    make_models: () -> an object with `transcriber`, `text_embedder`, `audio_encoder` and
        `speaker_encoder` (the index's models, rebuilt in the actor)."""

    make_models: Callable[[], object]
    options: IngestOptions
    fingerprints: bool
    records: list[dict] = field(default_factory=list)

    def ingestor(self) -> Ingestor:
        m, o = self.make_models(), self.options
        diarizer = make_diarizer(o, m.speaker_encoder) if o.diarize else None
        return Ingestor(
            m.transcriber, m.text_embedder, m.audio_encoder, o.units, o.block_seconds,
            diarizer, None, None, o.hallucinations,
        )  # fmt: skip


class FileWorker:
    """A Ray Data actor: one `Ingestor` built once, then files in, `FileWork` out."""

    def __init__(self, spec: WorkerSpec) -> None:
        self.spec, self.ingestor = spec, spec.ingestor()

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        works = [pickle.dumps(self._one(str(p))) for p in batch["path"]]
        return {"path": batch["path"], "work": np.array(works, dtype=object)}

    def _one(self, path: str) -> FileWork:
        try:
            return capture_file(self.ingestor, path, self.spec.records, self.spec.fingerprints)
        except Exception as e:
            return FileWork(unexpected(path, e))


def ingest_on_ray(
    service: IngestService,
    paths: Iterable,
    make_models: Callable[[], object],
    address: str | None = None,
    actors: int | None = None,
    hook: Hook | None = None,
) -> IngestReport:
    """Ingest `paths` into `service`'s index on Ray (a running cluster at `address`,
    "auto" for the one this machine belongs to, else a local Ray), `actors` workers
    (default: one per GPU, else one per CPU)."""
    ray = _ray()
    files = find_audio_files(list(paths))
    t0, report, hook = time.perf_counter(), IngestReport(), guarded(hook)
    service.prepare()
    registry = service.speaker_registry() if service.options.diarize else None
    records = service.index.sources.all()
    spec = WorkerSpec(make_models, service.options, service.prints is not None, records)
    if files:
        for work in _results(ray, address, [str(f) for f in files], spec, actors):
            hook("file_start", path=work.result.path)
            result = apply_work(service.index, registry, service.prints, work)
            if result.status == "failed":
                logger.warning("skipped %s", result.error)
            hook("audio", path=result.path, seconds=result.duration)
            report.files.append(result)
            hook("file_done", result=result)
    report.wall_seconds = time.perf_counter() - t0
    return report


def _results(ray, address, files: list[str], spec: WorkerSpec, actors: int | None):
    """Each file's `FileWork`, in file order, as the actors finish them."""
    if not ray.is_initialized():
        ray.init(
            address=address, include_dashboard=False, log_to_driver=False,
            logging_level=logging.WARNING,
        )  # fmt: skip
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True  # voices are linked in file order
    context.enable_progress_bars = False
    gpus = int(ray.cluster_resources().get("GPU", 0))
    cpus = int(ray.cluster_resources().get("CPU", 1))
    spec = _one_gpu_each(spec) if gpus else spec
    size = max(1, min(len(files), actors or gpus or cpus))
    logger.info("ray: %d files on %d %s actors", len(files), size, "GPU" if gpus else "CPU")
    ds = ray.data.from_items([{"path": f} for f in files], override_num_blocks=len(files))
    ds = ds.map_batches(
        FileWorker,
        fn_constructor_args=(spec,),
        batch_size=1,
        compute=ray.data.ActorPoolStrategy(size=size),
        num_gpus=1 if gpus else 0,
        num_cpus=0 if gpus else max(1, cpus // size),
    )
    for row in ds.iter_rows():
        yield pickle.loads(row["work"])


def _one_gpu_each(spec: WorkerSpec) -> WorkerSpec:
    """Ray shows each GPU actor only its own GPU, as index 0: a device that names another
    ("cuda:1") keeps its kind and compute type and drops the index."""
    recipe = spec.make_models
    device = getattr(recipe, "device", None)
    if not (isinstance(device, Device) and ":" in device.name and is_dataclass(recipe)):
        return spec
    kind = device.name.partition(":")[0]
    return replace(spec, make_models=replace(recipe, device=Device(kind, device.compute_type)))


def _ray():
    try:
        import ray
        import ray.data  # noqa: F401 - the Data library
    except ImportError as e:
        raise MissingDependencyError(
            "distributed ingest needs Ray: pip install 'audio-rag[ray]'"
        ) from e
    return ray
