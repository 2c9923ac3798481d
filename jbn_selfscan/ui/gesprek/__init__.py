"""The caseloadgesprek screens: prepare, hold, sign, export and print a gesprek.

`install_gesprek_actions(main_window, ws)` adds the menus and the gesprek page to the main
window; everything else in this package is reached from there.
"""

from jbn_selfscan.ui.gesprek.install import GesprekController, install_gesprek_actions

__all__ = ["GesprekController", "install_gesprek_actions"]
