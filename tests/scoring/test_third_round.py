"""Third round: amounts in words that state a change, effort and capacity that do not, and the
resume-level story check. Every bullet here is written for this file (none is in the eval sets)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_resume_findings import codes, pub, resume

from mlresume_gui.model import Award, Publication
from mlresume_gui.scoring.bullet import score_bullet
from mlresume_gui.scoring.features import read_bullet
from mlresume_gui.scoring.knowledge import knowledge


def outcome(text: str) -> bool:
    return read_bullet(text, knowledge()).has_outcome


def kinds(text: str) -> list[str]:
    return [q.kind for q in read_bullet(text, knowledge()).quantities]


@pytest.mark.parametrize("text", [
    "Storage for the embedding store dropped to one-sixth once vectors were compacted",
    "Our sparse decoder needs two-thirds fewer FLOPs for the same BLEU",
    "Translation post-edits take a quarter as long since the glossary-aware model launched",
    "Nine-tenths of invoices are now coded without a person, with the line-item model",
    "Labelling spend is a fifth lower after active learning picked which images to send",
])
def test_fractions_in_words_are_outcomes(text: str) -> None:
    assert outcome(text), read_bullet(text, knowledge()).quantities


@pytest.mark.parametrize("text", [
    "Trained a third model for the night shift's routing",  # an ordinal before a noun
    "Placed a fourth camera rig in the lab for the pose dataset",
    "Planned the migration within a quarter of joining the team",  # a span of time
])
def test_ordinals_and_quarters_of_a_year_are_no_fraction(text: str) -> None:
    assert "fold" not in kinds(text), kinds(text)


@pytest.mark.parametrize("text", [
    "Parcels reach rural depots two days earlier since the sorting model went live",
    "Our anomaly alert catches card testing a week sooner than the old thresholds",
    "Agents close refund cases several hours faster with the suggested replies",
])
def test_a_span_of_time_with_a_comparative_is_a_change(text: str) -> None:
    assert outcome(text), read_bullet(text, knowledge()).quantities


@pytest.mark.parametrize("text", [
    "Wrong-address deliveries went from one parcel in thirty to one in a hundred and twenty",
    "Disputed invoices fell from about one in six to one in twenty after the matcher shipped",
    "Four of our six regional teams now plan stock with the forecast",
    "Mentored 6 analysts, four of whom now run their own experiments",
    "Coached 5 new hires; 3 were promoted within eighteen months",
])
def test_shares_and_counts_an_outcome_happened_to(text: str) -> None:
    assert outcome(text), read_bullet(text, knowledge()).quantities


def test_a_share_with_a_unit_after_it_is_no_share() -> None:
    assert "percent" not in kinds("Rolled out one ranker in three markets over the summer")


@pytest.mark.parametrize("text", [
    "Build times went from about forty minutes to nine with remote caching",
    "Schema changes went from a monthly review board to a few a day with automated checks",
    "Dashboards that took half a day to refresh now load in under a minute",
    "Took the model sign-off from thirty manual checks to a single command",
    "Disk-full alerts wake the on-call once a month rather than every other night since log rotation",
    "Customs forms are cleared in a single pass now, down from four, with the HS-code classifier",
    "The labelling guide I wrote is used by every annotation vendor we contract",
    "The matcher now pairs most bank transfers with their invoices, up from about half",
    "Chargeback disputes went from two thousand to six hundred a month after the evidence model shipped",
    "The shift planner saves a thousand nurse hours a quarter across the hospital group",
    "Lifted the intent classifier's accuracy nine per cent by relabelling its noisiest classes",
    "The notebook service grew from a few dozen weekly users to over three hundred",
    "Loan decisions reach applicants the same day instead of the following week",
    "No SLA breaches in the eight months since batch scoring moved to Spark",
    "Shrank the detector to under 300 MB so it runs on the handheld scanners",
    "The intake classifier spares nurses roughly ten minutes per admission",
])
def test_before_after_in_words(text: str) -> None:
    assert outcome(text), read_bullet(text, knowledge()).quantities


@pytest.mark.parametrize("text", [
    "Benchmarked 9 quantization recipes for models from 1B to 13B parameters",  # a range of sizes
    "Ran 800 soak tests against 20 inference servers",  # effort against effort
    "Kept 4 on-call runbooks and 15 alert rules up to date",  # a compound modifier is no unit
    "Refresh the pricing model weekly instead of monthly",  # a schedule, not a change
    "Process 5M clickstream events an hour with 3 Flink jobs",  # a rate: how much runs through
    "Look after 3 of the 7 Spark clusters for the data platform",  # a part of what is run
])
def test_effort_sizes_schedules_and_rates_are_no_outcome(text: str) -> None:
    assert not outcome(text), read_bullet(text, knowledge()).quantities


def test_throughput_alone_is_capacity_and_with_a_change_an_outcome() -> None:
    capacity = "Serve the search embedder on 24 GPUs at 40K queries per second"
    change = "Raised the search embedder's throughput to 40K queries per second on the same 24 GPUs"
    assert not outcome(capacity) and outcome(change)
    assert score_bullet(change, "infra", "mid").score > score_bullet(capacity, "infra", "mid").score


@pytest.mark.parametrize("strong,weak,target", [
    ("Cut cold-start time for the speech endpoints fourfold by lazy-loading decoder weights",
     "Serve 18 speech endpoints on 96 GPUs handling 9K streams per second", "infra"),
    ("Checkout abandonment is down by a third since the address autocomplete model launched",
     "Built an address autocomplete model with 3 encoders, 2 rerankers and a Redis cache", "applied"),
    ("Halved the time research jobs wait for GPUs with a fair-share scheduler",
     "Run a training cluster of 3,000 GPUs serving 250 researchers with 15,000 jobs a week", "infra"),
    ("Our inference gateway answers at a quarter of the previous p99 on the same hosts",
     "Serve 1.5M QPS across 900 GPU nodes in 5 regions with Triton and Envoy", "infra"),
    ("Our retriever beats the best sparse baseline on 9 of 10 tasks in the benchmark suite",
     "Compared our retriever with 5 sparse baselines on 10 tasks", "research"),
    ("Showed that the new loss triples sample efficiency on 6 continuous-control tasks",
     "Applied the new loss to 6 continuous-control tasks with 5 seeds each", "research"),
    ("Our probe recovers two-thirds of the syntax tree depth from frozen encoder states on 9 treebanks",
     "Trained probes on 9 treebanks with 4 encoder sizes and 3 random seeds", "research"),
])
def test_a_worded_outcome_ranks_above_effort_and_scale(strong: str, weak: str, target: str) -> None:
    assert score_bullet(strong, target, "mid").score > score_bullet(weak, target, "mid").score


def test_copying_a_walkthrough_is_a_tutorial_and_writing_one_is_not() -> None:
    assert "tutorial" in score_bullet("Built a spam filter by copying a blog walkthrough line by line",
                                      "applied", "mid").flags
    assert "tutorial" not in score_bullet("Wrote a walkthrough on serving quantized models, read by 20K engineers",
                                          "infra", "mid").flags


def test_a_rank_on_a_named_benchmark_leaderboard_is_no_competition_claim() -> None:
    text = "Our reranker ranks third on the LoCoBench leaderboard with a 400M model"
    assert "kaggle-no-context" not in score_bullet(text, "research", "mid").flags
    assert "kaggle-no-context" in score_bullet("Ranked 12th on a Kaggle leaderboard", "applied", "mid").flags


_DEN = {3: "third", 4: "quarter", 5: "fifth", 6: "sixth", 8: "eighth", 10: "tenth"}
_NUM = {1: "one", 2: "two", 3: "three"}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(_DEN)), st.sampled_from(sorted(_NUM)),
       st.sampled_from(["Serving cost", "Review time", "Label spend", "Index size"]))
def test_a_share_in_percent_reworded_as_a_fraction_stays_an_outcome(den: int, num: int, subject: str) -> None:
    if num >= den:
        return
    digits = f"{subject} fell to {round(100 * num / den)}% of what it was after the rewrite"
    spelled = f"{subject} fell to {_NUM[num]}-{_DEN[den]}{'s' if num > 1 else ''} of what it was after the rewrite"
    assert outcome(digits) and outcome(spelled), (spelled, read_bullet(spelled, knowledge()).quantities)


_SPANS = {1: "a", 2: "two", 3: "three", 5: "five", 10: "ten"}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(_SPANS)), st.sampled_from(["hour", "day", "week"]),
       st.sampled_from(["sooner", "earlier", "faster"]))
def test_a_span_of_time_in_words_with_a_comparative_stays_an_outcome(n: int, unit: str, comparative: str) -> None:
    plural = unit if n == 1 else unit + "s"
    digits = f"Fraud rings are caught {n} {plural} {comparative} with the graph model"
    spelled = f"Fraud rings are caught {_SPANS[n]} {plural} {comparative} with the graph model"
    assert outcome(digits) and outcome(spelled), (spelled, read_bullet(spelled, knowledge()).quantities)


def _themed(titles: list[tuple[str, str]]) -> list[Publication]:
    return [pub(t, v, citations=120) for t, v in titles]


def test_papers_over_three_unrelated_fields_are_scattered_and_one_story_is_not() -> None:
    scattered = _themed([
        ("Speaker Diarization for Overlapping Meeting Audio", "Interspeech 2022"),
        ("Graph Neural Networks for Molecular Toxicity", "ICML 2023"),
        ("Depth Estimation from Monocular Video at Night", "CVPR 2023"),
        ("Speech Enhancement with Diffusion Priors", "ICASSP 2024"),
    ])
    story = _themed([
        ("Self-Supervised Speech Representations for Dysarthric Speakers", "Interspeech 2022"),
        ("Streaming Speech Recognition with Chunked Attention", "ICASSP 2023"),
        ("Speaker Adaptation of Speech Recognizers from Few Utterances", "Interspeech 2024"),
        ("Audio Language Models for Spoken Question Answering", "ACL 2024"),
    ])
    bullets = ["First author of an Interspeech 2024 paper; our adapter cuts word error rate 12% on accented speech"]
    assert "scattered-research-themes" in codes(resume(bullets, target="research", pubs=scattered))
    assert "scattered-research-themes" not in codes(resume(bullets, target="research", pubs=story))


_SHIPPING = ["Shipped a returns-risk model to 2M shoppers; refunds fell 8% in a 6-week test",
             "Own the courier-ETA model in production, serving 40M predictions a day at 25 ms p99",
             "Deployed a listing classifier that cut manual review hours by 35%"]


def test_an_award_whose_awarder_is_a_competition_platform_needs_its_context() -> None:
    bare = resume(_SHIPPING, target="applied", seniority="mid")
    bare.awards = [Award(title="Bronze medal", awarder="Kaggle")]
    told = resume(_SHIPPING, target="applied", seniority="mid")
    told.awards = [Award(title="Bronze medal", awarder="Kaggle",
                         summary="41st of 1,700 teams in a parcel-volume forecasting competition with a TFT ensemble")]
    assert "competitions-without-context" in codes(bare, "applied")
    assert "competitions-without-context" not in codes(told, "applied")


@pytest.mark.parametrize("text,flagged", [
    ("Trained a wine-quality regressor by following an online article step by step", True),
    ("Took an online deep learning specialization and classified X-rays for its final project", True),
    ("Built a lesson recommender for an edX partner, lifting course completions 9% in a 4-week test", False),
    ("Led the study group of the graduate reinforcement learning course and wrote its 5 practice exams", False),
    ("Recorded a 12-part video tutorial on ONNX export, watched by 30K engineers", False),
])
def test_tutorial_is_told_by_who_did_what(text: str, flagged: bool) -> None:
    assert ("tutorial" in score_bullet(text, "applied", "mid").flags) is flagged


@pytest.mark.parametrize("text", [
    "Runner-up of 1,300 teams in a Kaggle insurance-pricing competition with a stacked CatBoost model",
    "Placed third among 55 systems at the CheckThat! 2025 lab with a claim-retrieval cross-encoder",
    "Moved our retriever from 11th to 2nd on the MTEB leaderboard with synthetic hard negatives",
])
def test_placements_with_their_context_are_outcomes_without_a_flag(text: str) -> None:
    s = score_bullet(text, "applied", "mid")
    assert outcome(text) and not s.flags, (s.flags, read_bullet(text, knowledge()).quantities)


def test_citations_in_words_in_a_paper_summary_are_a_citation_signal() -> None:
    papers = [Publication(title="Calibrated Retrieval for Open-Domain QA", authors=["Jane Doe"], venue="ACL 2021",
                          summary="Cited more than a thousand times; the default retriever of two toolkits"),
              pub("Listwise Distillation for Rerankers", "EMNLP 2022"), pub("Sparse Lexical Expansion", "SIGIR 2023")]
    for p in papers:
        p.citations = None
    bullets = ["Lead retrieval research; our reranker adds 4 points nDCG@10 on BEIR at equal latency"]
    assert "no-citation-signal" not in codes(resume(bullets, target="research", pubs=papers))
    papers[0].summary = "The default retriever of two toolkits"
    assert "no-citation-signal" in codes(resume(bullets, target="research", pubs=papers))


def test_a_weak_verb_used_as_a_passive_participle_is_no_weak_opener() -> None:
    assert "weak-verb" not in score_bullet("Supported by two analysts, I shipped the pricing model to 40 stores",
                                           "applied", "mid").flags
    assert "weak-verb" in score_bullet("Helped the team ship the pricing model to 40 stores", "applied", "mid").flags
