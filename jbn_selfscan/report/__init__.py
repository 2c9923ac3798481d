"""Report: the caseloadgesprek PDF (reportlab)."""

