"""Store layer: ORM tables, database engine, migrations, backups."""
