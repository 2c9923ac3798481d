import sys, time
from jbn_selfscan.ui import app as gui
orig = gui.wait_until_idle
def patched():
    r = orig()
    print("READY", time.monotonic(), file=sys.stderr, flush=True)
    return r
gui.wait_until_idle = patched
from jbn_selfscan.cli import main
code = main(sys.argv[1:])
print("MAINRET", time.monotonic(), file=sys.stderr, flush=True)
sys.exit(code)
