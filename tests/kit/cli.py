"""The test kit: cli helpers that tests and benchmarks share."""

import asyncio
import os
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    code: int
    out: str
    err: str


async def run_cli(tmp_path: Path, *args: str, **env: str) -> Result:
    environ = {
        k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "ADMIN_IDS", "TIMEZONE")
    }
    environ.update({"PYTHONPATH": str(ROOT), "DATABASE_PATH": str(tmp_path / "cli.sqlite3"), **env})
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=tmp_path,
        env=environ,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return Result(process.returncode, out.decode(), err.decode())
