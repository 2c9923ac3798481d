"""Caseload import wizard (CSV/XLSX): choose file, map columns, preview errors, import."""

from jbn_selfscan.ui.import_wizard.wizard import ImportWizard, run_import_wizard

__all__ = ["ImportWizard", "run_import_wizard"]
