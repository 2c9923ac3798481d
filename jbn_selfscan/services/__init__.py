"""Services: one function per user action; each owns its session and transaction."""
