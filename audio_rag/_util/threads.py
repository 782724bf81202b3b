"""Thread pools of the native libraries on a small machine.

Whisper (CTranslate2), torch and numpy each keep a pool of worker threads, and the GNU
OpenMP runtime that CTranslate2 and torch ship makes idle workers spin on a core while they
wait for work. An ingest runs these pools side by side (decoding the next file while this
one is transcribed and its voices embedded), so spinning workers take the cores the busy
ones need: on 2 cores an ingest of two real recordings took 27-37 s with waiting workers
asleep (OMP_WAIT_POLICY=PASSIVE) against 40-49 s spinning, alternating runs in one shell
while another process kept the machine busy.
"""

from __future__ import annotations

import os


def sleeping_waits() -> None:
    """Make waiting OpenMP workers sleep, unless the user chose a policy. Takes effect only
    when called before CTranslate2 or torch is loaded (the runtime reads it once)."""
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
