import sys

from jbn_selfscan.cli import main

sys.exit(main())
