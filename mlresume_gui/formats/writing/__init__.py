"""Writing the resume out: the rendered layout, then Word, PDF, Markdown and plain text."""
