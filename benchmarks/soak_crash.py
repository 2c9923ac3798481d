"""Soak run of the crash tests: 500 SIGKILL rounds instead of CI's 50.

JBN_CRASH_ROUNDS=500 .venv/bin/python benchmarks/soak_crash.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    env = {**os.environ, "JBN_CRASH_ROUNDS": os.environ.get("JBN_CRASH_ROUNDS", "500")}
    sys.exit(
        subprocess.call(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/crash"],
            cwd=ROOT,
            env=env,
        )
    )
