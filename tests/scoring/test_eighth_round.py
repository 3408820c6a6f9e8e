"""Eighth round of scoring rules: adoption said as "every ... includes it", and what makes a
deployment one of machine learning (the resume-level half lives in test_resume_findings.py)."""

from __future__ import annotations

import pytest

from mlresume_gui.scoring.bullet import score_bullet


def _outcome(text: str) -> bool:
    s = score_bullet(text, "applied", "mid")
    return "no-metric" not in s.flags and not any(f.code == "no-outcome" for f in s.findings)


@pytest.mark.parametrize("text", [
    "Shipped the clause-redlining model in our legal product; every enterprise contract signed since includes it",
    "Built the shared tokenizer service, and all new search features now run on it",
    "Designed the PII scrubber for the data lake; every ingestion job written since calls it",
])
def test_what_one_made_that_everything_counted_uses_is_an_adoption(text: str) -> None:
    assert _outcome(text), text


@pytest.mark.parametrize("text", [
    "Maintained the clause-redlining model; every enterprise contract includes it",  # not the person's making
    "Shipped the clause-redlining model for every enterprise contract in the legal product",  # no "it"
])
def test_without_a_making_verb_or_its_object_every_is_no_adoption(text: str) -> None:
    assert not _outcome(text), text


def _quantities(text: str) -> list[tuple[str, bool]]:
    from mlresume_gui.scoring.features import read_bullet
    from mlresume_gui.scoring.knowledge import knowledge

    return [(q.kind, q.result) for q in read_bullet(text, knowledge()).quantities]


@pytest.mark.parametrize("text", [
    "Derived an ODE sampler that reaches FID 2.9 on CIFAR-10 in 10 steps",
    "Trained the drone detector to mAP@50 of 61.2 on our survey imagery",
    "Fine-tuned the translation model to BLEU 31.4 on WMT'14 En-De",
])
def test_a_number_after_a_scores_name_is_the_value_reached(text: str) -> None:
    assert ("metric", True) in _quantities(text), text
    assert _outcome(text), text


@pytest.mark.parametrize(("text", "outcome"), [
    ("Implemented the sampler in JAX, sweeping step counts from 5 to 250 on CIFAR-10", False),
    ("Varied the context window from 2k to 32k tokens across 6 runs", False),
    ("Cut the context window from 32k to 2k tokens with no loss in recall", True),
    ("Retrained the churn model 3 times a week on fresh data", False),
    ("Made batch inference 3 times faster with TensorRT", True),
    ("Own the churn model, running a dozen feature reviews a quarter", False),
    ("Cut support tickets by a quarter with the triage model", True),
    ("Built an agent on Claude 3.5 Sonnet, writing 300 eval cases", False),
    ("Built fraud alerts that caught 300 cases of account takeover", True),
    ("Ran 40 CPU-core conversion jobs on Spark", False),
])
def test_ranges_frequencies_rates_and_things_made_are_no_outcome(text: str, outcome: bool) -> None:
    assert _outcome(text) is outcome, text


def test_a_paper_venue_beside_effort_does_not_let_scale_stand_in_for_a_result() -> None:
    strong = ("Co-developed an offline RL method for manipulation; success on 7 robot tasks went from 38% "
              "to 74% (second author, CoRL 2023)")
    weak = ("Co-developed an offline RL method for manipulation, collecting 12k robot episodes on four "
            "arms over seven months (second author, CoRL 2023)")
    assert score_bullet(strong, "research", "mid").score > score_bullet(weak, "research", "mid").score


@pytest.mark.parametrize(("text", "code", "raised"), [
    ("Leveraged data-driven insights to support the business across multiple initiatives", "vague", True),
    ("Improved systems for model training and inference", "vague", True),
    ("Built a sentiment classifier by following the fine-tuning chapter of the Hugging Face course", "tutorial", True),
    ("Wrote the lab's tutorial notebook on diffusion; 300 students worked through it and the course adopted it",
     "tutorial", False),
    ("Won a prize at a data-science hackathon with a computer vision model", "kaggle-no-context", True),
    ("Placed 4th of 2,100 teams in a Kaggle demand-forecasting competition with a LightGBM blend",
     "kaggle-no-context", False),
    ("5th of 450 teams in the KDD Cup 2023 session-recommendation track with a LightGBM ranker",
     "kaggle-no-context", False),
])
def test_flags_of_the_eighth_round(text: str, code: str, raised: bool) -> None:
    assert (code in score_bullet(text, "applied", "mid").flags) is raised, text


def test_a_hyphenated_verb_is_read_past_its_prefix() -> None:
    from mlresume_gui.scoring.features import read_bullet
    from mlresume_gui.scoring.knowledge import knowledge

    f = read_bullet("Re-sharded the corpus into WebDataset shards", knowledge())
    assert f.opener == "plain-verb" and f.opener_span == (0, len("Re-sharded"))


def test_teams_counted_before_where_they_are_adopted_the_work() -> None:
    assert _outcome("All 14 ML teams in the company now deploy through the model gateway I built")
    assert not _outcome("Hired 4 engineers in the Berlin office now running the platform")


@pytest.mark.parametrize(("text", "outcome"), [
    ("Set up nightly regression training on a 1% data slice, with 8 GPU runners", False),
    ("Served 40 customer adapters from a shared vLLM pool on 6 A100s instead of one GPU each", True),
    ("Added schema checks to every feature table; silent breaks reaching training (two a month before) "
     "have stopped happening since", True),
    ("Built a regression gate for the speech stack; no WER regression has reached the fleet since it went live", True),
    ("Built a duplicate-listing detector that removed 120k duplicate ads in its first month live", True),
])
def test_settings_consolidations_and_failures_that_stopped(text: str, outcome: bool) -> None:
    assert _outcome(text) is outcome, text


@pytest.mark.parametrize(("text", "raised"), [
    ("Completed NVIDIA's 'Fundamentals of Accelerated Computing with CUDA C/C++' course and wrote its exercises", True),
    ("Retrained the news recommender on dwell time; subscriptions from recommended articles rose from 1.1% "
     "to 1.6% in a 5-week A/B test", False),
])
def test_tutorial_reads_titles_and_content(text: str, raised: bool) -> None:
    assert ("tutorial" in score_bullet(text, "applied", "mid").flags) is raised, text


@pytest.mark.parametrize(("text", "outcome"), [
    ("Mentored three master's students on graph rewiring; two of their projects became workshop papers", True),
    ("Reviewed two of the projects for the lab", False),
    ("Released a corpus of children reading aloud that three other university groups now use for evaluation", True),
    ("Asynchronous checkpointing removed 11 minutes of stall from every hour of training", True),
    ("Our detector found leaked test items in 9 of 11 LLM benchmarks that public leaderboards rank", True),
])
def test_what_others_went_on_to_and_shares_beside_a_leaderboard(text: str, outcome: bool) -> None:
    assert _outcome(text) is outcome, text


@pytest.mark.parametrize(("text", "outcome"), [
    ("Introduced tree drafting, raising accepted tokens per verification step from 2.1 to 3.4", True),
    ("Built a radiograph model on 18,000 X-rays labelled by three radiologists", False),
    ("Created a robotics benchmark that fourteen other labs have since reported results on", True),
    ("Designed a robotics benchmark of 120 tasks across eight simulated homes", False),
    ("Replaced the audit of 300 queue lines with a photo classifier, so inspectors now visit only the 40 it flags", True),
])
def test_ninth_batch_of_readings(text: str, outcome: bool) -> None:
    assert _outcome(text) is outcome, text


def test_words_of_a_result_no_reader_caught_rank_above_effort_without_any() -> None:
    """Across the evaluation sets, two thirds of hard pairs' strong bullets hold a word of a result
    ("now", "since", "fell") and under one in a hundred weak ones do: such a bullet, when no reader
    finds its outcome, still ranks above effort, below a read outcome, and keeps its no-metric flag."""
    worded = "Wrote a drift monitor for the fraud model that the risk team now checks before each release"
    effort = "Wrote a drift monitor for the fraud model with 14 Grafana panels, 6 alert rules and a weekly report"
    w, e = score_bullet(worded, "applied", "mid"), score_bullet(effort, "applied", "mid")
    assert w.score > e.score
    measured = score_bullet("Wrote a drift monitor for the fraud model; false alarms fell from 30 to 4 a week",
                            "applied", "mid")
    assert measured.score > w.score


@pytest.mark.parametrize("text", [
    "Set up expert-parallel serving for our 8x22B mixture-of-experts model in vLLM",
    "Entered the Kaggle cloud-segmentation competition with a 5-fold U-Net ensemble",
    "Triaged 400 support escalations and tagged 12 escalation types",
    "Fine-tuned Qwen2.5-7B on 180k scanned pages with LoRA rank 16 and 4 A10 GPUs",
    "Built a day-ahead solar forecast for the trading desk",
    "Trained on ImageNet 64×64 with 14 loss variants",
    "Replaced rules with a GBDT over account-graph signals, engineering 430 of them",
])
def test_sizes_settings_and_work_done_are_no_outcome(text: str) -> None:
    from mlresume_gui.scoring.features import read_bullet
    from mlresume_gui.scoring.knowledge import knowledge

    assert not read_bullet(text, knowledge()).has_outcome, text


@pytest.mark.parametrize(("text", "outcome"), [
    ("Lead engineer on the dashcam drowsiness detector, shipped in ~400k vehicles", True),
    ("Quantized a 3B assistant to int4; it shipped in the notes app's summarizer to 30M devices", True),
    ("Sepsis early-warning model on ICU vitals, now live in 7 hospitals", True),
    ("Designed the feature store behind a gRPC service, and 19 product teams have moved onto it", True),
    ("Released a tabular anomaly benchmark that more than 30 papers have since reported results on", True),
    ("Deployed a classifier trained on 2M images", False),
    ("Deployed a network-fault predictor on 14,000 cell towers", False),
    ("Deployed the embedding cache on 24 nodes in 4 regions", False),
])
def test_where_a_launch_went_is_its_scope(text: str, outcome: bool) -> None:
    assert _outcome(text) is outcome, text


def test_the_country_is_no_microsecond() -> None:
    assert ("latency", True) not in _quantities("Built ad detection for 40 US TV markets")
    assert ("latency", True) in _quantities("Cut the kernel's launch overhead to 40 us")


@pytest.mark.parametrize(("text", "outcome"), [
    ("Our sherd-matching network rejoined 212 vessels that curators had failed to reassemble by hand", True),
    ("The signal-detection method spotted 11 of 13 later label changes in FAERS", True),
    ("Sepsis early-warning model on ICU vitals, alerting a median of 5 hours before clinical diagnosis", True),
    ("Shipped the model two weeks before the deadline with 3 engineers", False),
])
def test_discoveries_and_lead_times(text: str, outcome: bool) -> None:
    assert _outcome(text) is outcome, text


@pytest.mark.parametrize(("text", "opener"), [
    ("The ranker I built lifted add-to-cart 4.3% in a 3-week A/B test", "strong"),
    ("Our method cut WER from 9.1% to 7.4% on LibriSpeech", "strong"),
    ("Our detector flagged 40 leaks before launch", "plain-verb"),
    ("The fine-tuned model, in short, works", "plain"),
])
def test_a_bullet_that_names_its_subject_first_is_read_by_its_verb(text: str, opener: str) -> None:
    from mlresume_gui.scoring.features import read_bullet
    from mlresume_gui.scoring.knowledge import knowledge

    assert read_bullet(text, knowledge()).opener == opener, text


@pytest.mark.parametrize(("text", "code", "raised"), [
    ("Turned a fast.ai course project into a plant-disease detector now used by 3,000 farmers", "tutorial", False),
    ("Completed the fast.ai course and built a plant-disease detector with 91% accuracy", "tutorial", True),
    ("Led the migration of 40 training pipelines to Kubeflow with zero missed nightly retrains", "no-metric", False),
    ("Built the log-replay simulation service, replaying 1,200 hours of drives nightly on 256 GPUs", "no-metric", False),
    ("Built ad detection, indexing two years of airings on Elasticsearch", "no-metric", True),
    ("Brings 5 years of experience in NLP", "no-metric", True),
])
def test_course_projects_that_went_on_zero_failures_and_spans_of_data(text: str, code: str, raised: bool) -> None:
    assert (code in score_bullet(text, "applied", "mid").flags) is raised, text


@pytest.mark.parametrize(("text", "code", "raised"), [
    ("Deployed an image classifier with TorchServe by following the official quick-start guide", "tutorial", True),
    ("Assisted-review tooling for compliance analysts cut review time from 14 to 5 minutes", "weak-verb", False),
    ("Capstone: built a bike-theft hotspot map for the city council, now used in its weekly patrol planning",
     "tutorial", False),
    ("Model registry I designed holds 300+ versioned models and blocks promotion without sign-off", "no-metric", False),
])
def test_guides_compounds_capstones_that_went_on_and_what_a_system_holds(text: str, code: str, raised: bool) -> None:
    assert (code in score_bullet(text, "applied", "mid").flags) is raised, text


@pytest.mark.parametrize(("text", "code", "raised"), [
    ("3rd of 653 teams in the Kaggle TrackML Challenge with graph-based hit clustering and a learned seed filter",
     "kaggle-no-context", False),
    ("Trained a CIFAR-10 classifier step by step with the PyTorch 60-minute blitz tutorial", "tutorial", True),
    ("Measured privacy leakage of a federated keyboard model at epsilon 2.1 against a bound of 8", "no-metric", False),
    ("Capstone project: a bird-call classifier on 30k recordings, reaching 88% top-1 accuracy over 120 species",
     "tutorial", False),
    ("Capstone of a 16-week ML bootcamp: a customer-churn predictor on telco data", "tutorial", True),
    ("Trained a cat-vs-dog classifier as the capstone of an Udacity nanodegree", "tutorial", True),
])
def test_approaches_long_titles_privacy_budgets_and_capstones(text: str, code: str, raised: bool) -> None:
    assert (code in score_bullet(text, "applied", "mid").flags) is raised, text


def test_a_number_right_before_a_scores_name_is_its_value() -> None:
    strong = "Distilled chess network plays +60 Elo above its teacher over 10,000 games"
    weak = "Distilled the chess network from a 40-block teacher using self-play positions and 3 loss schedules"
    assert _outcome(strong) and not _outcome(weak)
    assert ("users", True) not in _quantities(weak)  # "a 40-block teacher" counts blocks, no people


@pytest.mark.parametrize(("text", "outcome"), [
    ("Explored interesting problems at the intersection of AI and science", False),  # no journal
    ("Integrated speculative decoding into our vLLM deployment, tuning lookahead from 3 to 8", False),
    ("Trained 300 sparse dictionaries from 512 to 65k features wide", False),
    ("Developed a cancellation forecaster using LightGBM over five seasons of bookings", False),
    ("Wrote a four-part tutorial on LoRA for the blog; it is now required onboarding for new ML hires", True),
    ("Authored the internal course on PyTorch profiling; 140 engineers have taken it", True),
])
def test_tenth_batch_of_readings(text: str, outcome: bool) -> None:
    assert _outcome(text) is outcome, text


def test_papers_on_adapters_and_fine_tuning_tell_one_story() -> None:
    from mlresume_gui.model import Publication
    from mlresume_gui.scoring.archetype import PaperReader
    from mlresume_gui.scoring.knowledge import knowledge

    titles = ["Subspace Merging of Low-Rank Adapters", "Why LoRA Underfits on Reasoning",
              "Quantisation-Aware Low-Rank Fine-Tuning", "Generalisation Bounds for Low-Rank Fine-Tuning"]
    pubs = [Publication(title=t, venue="ICML 2024") for t in titles]
    assert PaperReader(knowledge()).theme_share(pubs) == 1.0


@pytest.mark.parametrize(("text", "outcome"), [
    ("Wrote a paper on KV-cache compression, sweeping 6 rank schedules across 3 model sizes", False),
    ("Launched an LLM agent on GPT-4o with 30 tools and a 400-case regression suite", False),
    ("Made checkpointing asynchronous, writing 3.8 TB per save every 30 minutes", False),
    ("Saves each support agent about 7 minutes per call", True),
    ("Finished 3rd place of 900 teams in the Kaggle Jigsaw challenge", True),
])
def test_settings_suites_and_periods(text: str, outcome: bool) -> None:
    assert _outcome(text) is outcome, text


@pytest.mark.parametrize("text", [
    "Began as a CS229 class project: my organ-offer model was adopted by a transplant centre and cut decision time by 35%",
    "Extended master's coursework on graph networks into a first-author AAAI 2025 paper that improved MAE by 6%",
])
def test_coursework_that_went_on_to_an_adoption_or_a_paper_is_no_tutorial(text: str) -> None:
    assert "tutorial" not in score_bullet(text, "applied", "mid").flags, text


@pytest.mark.parametrize(("text", "outcome"), [
    ("Made checkpointing asynchronous, sharding optimizer state across 512 GPUs and writing to 2 object-store tiers",
     False),
    ("Built queue-time predictions for lift screens, using turnstile scans every 30 seconds", False),
    ("Cut p99 from 80 ms and brought it to 12 ms", True),
])
def test_new_clauses_and_periods_are_no_change(text: str, outcome: bool) -> None:
    assert _outcome(text) is outcome, text


@pytest.mark.parametrize(("text", "raised"), [
    ("Extended the nanoGPT codebase with grouped-query attention, cutting KV-cache memory 4x at equal perplexity",
     False),
    ("Reimplemented nanoGPT following Karpathy's video line by line", True),
])
def test_a_codebase_built_on_is_no_tutorial_unless_followed(text: str, raised: bool) -> None:
    assert ("tutorial" in score_bullet(text, "applied", "mid").flags) is raised, text


def test_people_one_worked_with_are_no_users_reached() -> None:
    assert not _outcome("Shipped a triage model for a legal-aid charity, working with five caseworkers on 12 categories")
    assert _outcome("Shipped the reply assistant to 300 agents with 3 engineers")


@pytest.mark.parametrize(("text", "outcome"), [
    ("Bone-age regressor reached 4.1-month MAE on the RSNA Bone Age set", True),
    ("Built a wait-time predictor for the society's booking site, used by 1,100 students in its first term", True),
    ("Wrote a study guide covering 4-month stretches of the syllabus", False),
])
def test_a_score_in_its_unit_and_students_who_used_a_product(text: str, outcome: bool) -> None:
    assert _outcome(text) is outcome, text


@pytest.mark.parametrize(("text", "outcome"), [
    ("Designed the procurement assistant on Llama 3.1 70B with retrieval over our contracts and 6 tools", False),
    ("Designed the ranking model for the discovery page and presented it to four stakeholder groups", False),
    ("Parallelised OCR of 19th-century lighthouse logs on Ray with three OCR engines", False),
    ("Built a used-camera pricing model over 220k past sales with CatBoost", False),
    ("Built the call-recap summariser on Mistral 7B; it now writes the notes for every customer call", True),
    ("Moved training to DeepSpeed ZeRO-3, raising the largest trainable model from 6B to 30B parameters", True),
    ("Trained models from 7B to 65B parameters on the new cluster", False),
])
def test_versions_audiences_centuries_training_data_and_work_that_now_serves_everyone(text: str, outcome: bool) -> None:
    assert _outcome(text) is outcome, text


def test_a_venue_after_an_indefinite_article_names_no_competition() -> None:
    assert "kaggle-no-context" in score_bullet("Placed highly in a NeurIPS competition on protein structure",
                                               "applied", "mid").flags
    assert "kaggle-no-context" not in score_bullet(
        "Won 1st of 80 teams in the NeurIPS 2023 LLM Efficiency Challenge by QLoRA-tuning Qwen-14B", "applied", "mid").flags


@pytest.mark.parametrize(("text", "outcome"), [
    ("Shipped a tile-defect detector to the glazing line, built with YOLOv8 and a labelling rota of 3 inspectors", False),
    ("Wrote a tutorial on survival models for the PyMC docs, now read by about 9,000 people a month", True),
    ("Built a ball-tracking model from overhead video that locates every ball to within 4 mm", True),
])
def test_teams_of_workers_qualified_readers_and_precision(text: str, outcome: bool) -> None:
    assert _outcome(text) is outcome, text


def test_workshop_photos_are_data_and_a_competition_name_may_carry_its_claim() -> None:
    text = "Built an antique-clock movement identifier from 8,000 workshop photos with 91% top-3 accuracy"
    assert "tutorial" not in score_bullet(text, "applied", "mid").flags
    assert "tutorial" in score_bullet("Completed a hands-on workshop on diffusion models", "applied", "mid").flags


def test_a_metal_outside_a_competition_is_no_medal() -> None:
    assert not _outcome("Built a gold and watch valuation model in CatBoost on 14 item attributes")
    assert "kaggle-no-context" not in score_bullet(
        "Won a gold medal, 9th of 2,700 teams, in the Kaggle HMS challenge with a spectrogram CNN", "applied", "mid").flags
