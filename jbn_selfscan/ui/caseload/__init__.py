"""The caseload overview: table model, search/filter proxy, the widget and the client dialog."""
