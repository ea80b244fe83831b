"""``python -m folio`` and the ``folio`` console script."""

from __future__ import annotations

import sys

from folio.cli import run


def main() -> None:
    sys.exit(run())


if __name__ == "__main__":
    main()
