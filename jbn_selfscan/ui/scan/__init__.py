"""The zelfscan of one client (`widget.ScanWidget`) and the general acties (`acties_section`).

Import the modules themselves: the scan screen loads when the first client is opened, not with
the main window (the general acties page shows at start and needs only `acties_section`).
"""
