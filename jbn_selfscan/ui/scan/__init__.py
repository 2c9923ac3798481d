"""The zelfscan of one client (ScanWidget) and the general acties (GeneralActiesWidget)."""

from jbn_selfscan.ui.scan.acties_section import GeneralActiesWidget
from jbn_selfscan.ui.scan.widget import ScanWidget

__all__ = ["GeneralActiesWidget", "ScanWidget"]
