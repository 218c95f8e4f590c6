"""One reader per input format; each turns bytes into `SourceItem`s or raises an `IngestError`."""
