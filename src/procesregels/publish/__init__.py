"""`publish`: a ruleset as a static website a council can put online (docs/spec/CLI.md, version 2)."""
