"""The learned part of reading: segments of layout lines, their features, and the sequence model
that labels each segment with its role (name, contact, heading, organisation, title, date, bullet ...)."""
