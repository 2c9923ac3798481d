"""Report: the caseloadgesprek PDF (reportlab, imported only when a PDF is made)."""

from jbn_selfscan.report.errors import RenderCancelled
from jbn_selfscan.report.pdf import RenderResult, render_pdf
from jbn_selfscan.report.pseudonyms import pseudonym_for

__all__ = ["RenderCancelled", "RenderResult", "pseudonym_for", "render_pdf"]
