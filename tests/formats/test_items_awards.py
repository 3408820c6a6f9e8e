"""Awards and certificates read from their lines: the issuer after the last separator, the date
as its own piece, a summary under the heading."""

from __future__ import annotations

from mlresume_gui.formats.reading.items import (
    award_from_lines,
    award_from_text,
    certificate_from_lines,
)
from mlresume_gui.model import PartialDate


def test_a_certificate_name_with_a_dash_keeps_it_and_the_issuer_comes_last() -> None:
    cert = certificate_from_lines(["Data Engineer – Professional Level — Example Cloud Academy | Mar 2022"])
    assert (cert.name, cert.issuer, cert.date) == ("Data Engineer – Professional Level", "Example Cloud Academy",
                                                   PartialDate(2022, 3))


def test_without_an_em_dash_the_last_dash_splits() -> None:
    cert = certificate_from_lines(["Kubernetes Security – Advanced - Open Infra Group (2020)"])
    assert (cert.name, cert.issuer) == ("Kubernetes Security – Advanced", "Open Infra Group")


def test_an_award_keeps_its_summary_apart_from_the_awarder() -> None:
    award = award_from_lines(["Reviewer of the Year — Example Vision Workshop | Nov 2021",
                              "Chosen among 300 reviewers."])
    assert (award.title, award.awarder, award.summary) == ("Reviewer of the Year", "Example Vision Workshop",
                                                           "Chosen among 300 reviewers.")
    assert award.date == PartialDate(2021, 11)


def test_a_heading_wrapped_over_lines_before_its_date_is_joined() -> None:
    award = award_from_lines(["Honourable Mention for the Longest Running Student Open-Source", "Project — Example Guild",
                              "Jun 2019", "For five years of maintenance."])
    assert award.title == "Honourable Mention for the Longest Running Student Open-Source Project"
    assert (award.awarder, award.summary) == ("Example Guild", "For five years of maintenance.")


def test_a_comma_still_splits_a_one_line_award() -> None:
    award = award_from_text("Best Poster Award, Example Summit 2019")
    assert (award.title, award.awarder, award.date) == ("Best Poster Award", "Example Summit", PartialDate(2019))
