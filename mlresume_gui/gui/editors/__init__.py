"""Section forms of the centre pane: one form per section kind, built from field specs."""
