"""Research evidence of a publication list: venues, citations and a coherent theme."""

from __future__ import annotations

from mlresume_gui.model import Publication, Resume
from mlresume_gui.scoring.archetype import PaperReader
from mlresume_gui.scoring.knowledge import knowledge


def _reader() -> PaperReader:
    return PaperReader(knowledge())


def test_theme_share_reads_each_papers_summary_as_well_as_its_title() -> None:
    """Titles that name no theme still tell one story when their summaries do."""
    pubs = [Publication(title=t, venue="ICML 2024", summary="Speech enhancement for hearing aids.")
            for t in ("Band-Split Recurrence", "Causal Masks Revisited", "Tiny Filters, Big Gains")]
    reader = _reader()
    assert reader.theme_share(pubs) == 1.0
    mixed = [Publication(title="Band-Split Recurrence", venue="ICML 2024", summary="Speech enhancement."),
             Publication(title="Causal Masks Revisited", venue="ICML 2024", summary="Protein side-chain packing."),
             Publication(title="Tiny Filters", venue="ICML 2024", summary="Regret bounds for bandits.")]
    assert reader.theme_share(mixed) < 0.5


def test_a_coherent_theme_in_summaries_raises_research_evidence() -> None:
    def resume(summaries: list[str]) -> Resume:
        r = Resume()
        r.publications = [Publication(title=f"Paper {i}", venue="NeurIPS 2023", summary=s)
                          for i, s in enumerate(summaries)]
        return r

    reader = _reader()
    one_story = reader.evidence(resume(["Speech recognition in noise."] * 3))
    scattered = reader.evidence(resume(["Speech recognition in noise.", "Protein folding.", "Regret bounds for bandits."]))
    assert one_story > scattered


def test_the_share_of_papers_holding_their_commonest_own_word() -> None:
    reader = _reader()
    shared = [Publication(title=t) for t in ("Routing Attention", "Linear Attention at Scale", "Deep Hashing")]
    assert abs(reader.shared_word_share(shared) - 2 / 3) < 1e-9
    generic = [Publication(title=t) for t in ("Learning Deep Models", "Neural Models Revisited", "Robust Learning")]
    assert reader.shared_word_share(generic) == 0.0  # words too common in titles tie nothing together
