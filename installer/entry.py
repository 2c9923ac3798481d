"""Entry point of the PyInstaller bundle: the installed `jbn_selfscan` package's command line."""

import sys

from jbn_selfscan.cli import main

if __name__ == "__main__":
    sys.exit(main())
