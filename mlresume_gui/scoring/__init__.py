"""The scorer: pure functions of (document, target, knowledge) -> scores and findings. No Qt.

Entry points: :func:`bullet.score_bullet` (one bullet, cached), :class:`resume.ResumeScorer`
(a whole resume, updated incrementally by bullet id) and :func:`report.score_report` (the JSON
report of ``mlresume score``). The rules read their vocabulary from ``resources/knowledge``.
"""
