"""The SQLite knowledge base: schema, migrations, reads, writes and exports."""
