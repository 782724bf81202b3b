"""Where the models run: "auto", "cpu" or "cuda", resolved once per library.

"auto" picks CUDA when the machine has an NVIDIA GPU and the library that runs a model
can use it (CTranslate2 for Whisper, torch for the others), else the CPU. The first check
reads the driver's files only, so on a machine without a GPU nothing is imported to
decide (a search stays free of torch). Asking for "cuda" where a library cannot use it
is an error that says which library and why.
"""

from __future__ import annotations

import glob
import logging
import os
from dataclasses import dataclass

from ..errors import AudioRAGError

logger = logging.getLogger(__name__)

DEVICES = ("auto", "cpu", "cuda")
WHISPER_GPU_TYPE = "float16"  # CTranslate2's compute type for Whisper on a GPU
WHISPER_CPU_TYPE = "int8"


@dataclass(frozen=True)
class Device:
    """name: "auto", "cpu" or "cuda" (a GPU index may follow: "cuda:1").
    compute_type: CTranslate2's type for Whisper ("int8", "float16", "int8_float16", ...);
        None: float16 on a GPU, int8 on the CPU."""

    name: str = "auto"
    compute_type: str | None = None

    def __post_init__(self) -> None:
        if self.name.partition(":")[0] not in DEVICES:
            raise AudioRAGError(f"device {self.name!r}: use one of {', '.join(DEVICES)}")

    def whisper(self) -> tuple[str, str, int]:
        """(CTranslate2 device, compute type, device index) for Whisper."""
        kind, _, index = self.name.partition(":")
        gpu = _wanted(kind, "CTranslate2", _ctranslate2_gpus)
        default = WHISPER_GPU_TYPE if gpu else WHISPER_CPU_TYPE
        return ("cuda" if gpu else "cpu"), self.compute_type or default, int(index or 0)

    def torch(self) -> str:
        """The torch device string for the other models ("cpu", "cuda", "cuda:1")."""
        kind, _, index = self.name.partition(":")
        gpu = _wanted(kind, "torch", _torch_gpus)
        return (f"cuda:{index}" if index else "cuda") if gpu else "cpu"


def _wanted(kind: str, library: str, count) -> bool:
    """Whether a model of `library` runs on the GPU for a device of `kind`."""
    if kind == "cpu" or (kind == "auto" and not gpu_present()):
        return False
    usable = count() > 0
    if kind == "cuda" and not usable:
        raise AudioRAGError(
            f"--device cuda: {library} sees no CUDA GPU here "
            f"({'no NVIDIA driver found' if not gpu_present() else 'a CPU-only build?'}); "
            "use --device auto or cpu"
        )
    return usable


def gpu_present() -> bool:
    """Whether an NVIDIA driver and device are visible (cheap: files only)."""
    if os.environ.get("CUDA_VISIBLE_DEVICES", None) in ("", "-1"):
        return False
    return os.path.exists("/proc/driver/nvidia/version") or bool(glob.glob("/dev/nvidia[0-9]*"))


def _ctranslate2_gpus() -> int:
    try:
        import ctranslate2

        return int(ctranslate2.get_cuda_device_count())
    except Exception as e:  # an import or driver failure means: no usable GPU
        logger.info("CTranslate2 cannot use a GPU: %s", e)
        return 0


def _torch_gpus() -> int:
    try:
        import torch

        return int(torch.cuda.device_count()) if torch.cuda.is_available() else 0
    except Exception as e:
        logger.info("torch cannot use a GPU: %s", e)
        return 0
