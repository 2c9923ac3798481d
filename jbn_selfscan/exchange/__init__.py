"""Exchange: the merged caseloadgesprek file (JSON), its schema, checksum and encryption."""
