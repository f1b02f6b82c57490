"""Worker tasks: every file once, large batches first and small ones at the end."""

from __future__ import annotations

from dossier.pipeline import BATCH_SIZE, MIN_BATCH_SIZE, batch_sizes


def test_batches_cover_every_file_once() -> None:
    for n_files in (1, 3, 7, 16, 17, 100, 401):
        for workers in (1, 2, 4):
            assert sum(batch_sizes(n_files, workers)) == n_files


def test_last_batches_are_small_so_workers_finish_together() -> None:
    sizes = batch_sizes(400, 2)
    assert sizes[0] == BATCH_SIZE
    assert sizes[-4:] == [MIN_BATCH_SIZE] * 4
    assert sizes == sorted(sizes, reverse=True)


def test_one_worker_takes_full_batches() -> None:
    assert batch_sizes(40, 1) == [BATCH_SIZE, BATCH_SIZE, 40 - 2 * BATCH_SIZE]
