"""JBN Zelfscan: dossier self-scan and caseloadgesprek for Jeugdbescherming Noord."""

__version__ = "0.1.0"
APP_NAME = "JBN Zelfscan"
