"""Content stage: locate, read and validate the YAML that describes a report."""
