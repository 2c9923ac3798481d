"""The desktop app starts with Python's cyclic garbage collector paused.

Start-up makes ~145,000 objects that live as long as the app (modules, classes, ORM mappings,
pydantic validators, Qt wrappers) and almost no cyclic garbage (~1,800 objects). A running
collector scans the growing heap over and over while it is built: ~200 collections, ~100 ms of
a ~1.3 s start on the benchmark machine (docs/benchmarks.md). So `pause()` stops it when the
GUI start begins and `resume()` starts it again as soon as the first window is shown (or a
first-run dialog waits for the user), after `gc.freeze()` has moved what start-up made out of
the collector's way: later full collections no longer rescan it. The price is that the little
cyclic garbage of start-up is never collected. This is the pattern the `gc.freeze` docs give.
Reference counting frees everything else as usual, also while paused.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Pause the collector (only when it runs; a pause made elsewhere is left alone)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """End a pause made by `pause()`: freeze what exists now, then collect again as usual."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
