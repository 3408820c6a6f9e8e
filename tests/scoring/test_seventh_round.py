"""Seventh round: a failure that stopped is an outcome, teams that ship through a system adopted it,
a helping verb that names whom it enabled is no weak opener, qualities of a system are no specific
thing, and a placement that led somewhere needs no approach."""

from __future__ import annotations

import pytest

from mlresume_gui.scoring.bullet import score_bullet
from mlresume_gui.scoring.features import read_bullet
from mlresume_gui.scoring.knowledge import knowledge


def outcome(text: str) -> bool:
    return read_bullet(text, knowledge()).has_outcome


@pytest.mark.parametrize("text", [
    "Nightly backfills that used to time out twice a week now finish before the morning retrain",
    "The batch export would crash every few days; after the rewrite it now completes unattended",
    "Evaluation jobs kept getting pre-empted by training, and now run to completion on a reserved queue",
    "Label syncs that regularly failed on large projects now go through on the first try",
])
def test_a_failure_that_stopped_is_an_outcome(text: str) -> None:
    assert outcome(text), read_bullet(text, knowledge()).quantities
    assert "no-metric" not in score_bullet(text, "infra", "mid").flags


@pytest.mark.parametrize("text", [
    "Maintain the feature store used to train the ranking models, now on Feast",  # "used to" of a tool
    "The dashboard would show drift per feature; I now own its alerts",  # a habit, but no failure
    "Rewrote the retry logic for failed uploads and now review it weekly",  # a failure, no habit of it
])
def test_a_failure_word_without_a_habit_that_stopped_is_no_outcome(text: str) -> None:
    assert not outcome(text), read_bullet(text, knowledge()).quantities


@pytest.mark.parametrize("strong,weak", [
    ("Our evaluation harness is the release gate now: all 11 model teams ship through it",
     "Built an evaluation harness in Python with 35 metrics, 6 report templates and a Slack bot"),
    ("Every one of the 9 product squads deploys through the new model gateway",
     "Wrote the model gateway in Rust with 4 routing policies and 12 configuration flags"),
])
def test_teams_that_ship_through_a_system_are_its_adoption(strong: str, weak: str) -> None:
    assert outcome(strong)
    assert score_bullet(strong, "infra", "mid").score > score_bullet(weak, "infra", "mid").score


def test_a_helping_verb_naming_whom_it_enabled_is_no_weak_opener() -> None:
    for text in ("Helped 25 retailers adopt the demand forecaster, which cut stock-outs by 12%",
                 "I helped 40 clinics adopt the triage model; no-shows fell 18%"):  # the same after "I"
        assert "weak-verb" not in score_bullet(text, "applied", "mid").flags, text
    for weak in ("Helped the team cut serving latency by 20%",  # a colleague's work
                 "I helped the team cut serving latency by 20%",
                 "Helped 3 engineers with the data pipeline",  # no outcome
                 "Assisted with the migration of 40 models to the new cluster"):
        assert "weak-verb" in score_bullet(weak, "applied", "mid").flags, weak


@pytest.mark.parametrize("text", [
    "Improved the reliability and scalability of several services",
    "Worked towards better robustness and efficiency across the platform",
])
def test_qualities_of_a_system_are_no_specific_thing(text: str) -> None:
    assert "vague" in score_bullet(text, "infra", "mid").flags


def test_a_quality_with_a_named_benchmark_stays_specific() -> None:
    text = "Studied the adversarial robustness of ViT-B on ImageNet-C"
    assert "vague" not in score_bullet(text, "research", "mid").flags


@pytest.mark.parametrize("text", [
    "Won a Kaggle tabular competition; the blended model now runs in our pricing service",
    "Placed 2nd of 900 teams in a Kaggle churn competition, and the pipeline was later adopted by our CRM team",
])
def test_a_placement_that_led_somewhere_needs_no_approach(text: str) -> None:
    assert "kaggle-no-context" not in score_bullet(text, "applied", "mid").flags


@pytest.mark.parametrize("text,missing", [
    ("Won a Kaggle competition", "name"),
    ("Top 3% in a Kaggle image competition", "approach"),
    ("Placed in a Kaggle NLP competition with a DeBERTa ensemble", "placement"),
])
def test_a_bare_competition_claim_still_says_what_it_lacks(text: str, missing: str) -> None:
    s = score_bullet(text, "applied", "mid")
    assert "kaggle-no-context" in s.flags
    finding = next(f for f in s.findings if f.code == "kaggle-no-context")
    assert missing in finding.message, finding.message


@pytest.mark.parametrize("text", [
    "Rebuilt a GPT-2 clone by following Karpathy-style notes line by line",
    "Built a sentiment classifier by following a colleague's notebook line for line",
])
def test_following_something_and_copying_it_is_tutorial_work(text: str) -> None:
    assert "tutorial" in score_bullet(text, "applied", "mid").flags


@pytest.mark.parametrize("text", [
    "Following the reviewers' comments, rewrote the proofs line by line for the camera-ready",
    "Audited the fraud pipeline line by line and removed 3 leakage bugs that had inflated AUC by 4 points",
])
def test_copying_words_in_another_clause_are_no_tutorial(text: str) -> None:
    assert "tutorial" not in score_bullet(text, "research", "mid").flags


def test_times_of_day_and_weekdays_are_spans_of_a_worded_change() -> None:
    assert outcome("Claims handlers now close simple claims before lunch instead of at the end of the day")
    assert outcome("Buyers get the replenishment plan on Monday morning rather than Thursday")
    assert not outcome("Refreshed the model every morning instead of every evening")  # a schedule kept


def test_solving_all_of_a_counted_set_is_a_full_share() -> None:
    assert outcome("Our planner is the first to solve all 400 evaluation tasks within the compute limit")


def test_a_guide_that_new_hires_read_is_adopted() -> None:
    assert outcome("Wrote the internal guide to feature stores, now the onboarding reading for new hires")


@pytest.mark.parametrize("text", [
    "Wrote a short guide to calibration plots that our risk analysts now use in every model review",
    "Ran the internal LLM bootcamp, after which 60 engineers shipped their first retrieval features",
    "Finished a PhD on sample-efficient exploration; the thesis algorithm is the default in our RL library",
])
def test_adoption_by_people_named_without_a_count_or_after_teaching(text: str) -> None:
    assert outcome(text), read_bullet(text, knowledge()).quantities


def test_people_one_led_are_no_adopters() -> None:
    assert not outcome("Built a team of 5 engineers who shipped the new ranking stack")
    assert not outcome("Hired 6 engineers who deployed the feature store")


def test_a_failure_that_stopped_without_a_habit() -> None:
    assert outcome("After the registry rewrite the serving fleet stopped paging on-call for half-finished deploys")
    assert not outcome("Stopped using the old cluster and moved its jobs to GKE")


def test_adopters_after_have_and_a_group_named_far_from_now() -> None:
    assert outcome("Wrote the official guide to sharded checkpoints; over 20,000 developers have used it")
    assert outcome("Built the shared labelling service; every vision team in the robotics org now sends its data through it")


def test_a_margin_word_before_another_number_is_no_margin() -> None:
    text = "Designed a sampler with 4 acquisition functions over 11,000 scans and 3 annotator pools"
    assert not outcome(text), read_bullet(text, knowledge()).quantities
    assert outcome("Our summariser scores 2.3 ROUGE-L above prior work")


def test_a_course_certificate_earned_is_course_work() -> None:
    text = "Deployed a toxicity classifier to a cloud VM to earn my applied deep learning course certificate"
    assert "tutorial" in score_bullet(text, "applied", "mid").flags


def test_a_name_no_table_knows_is_still_specific() -> None:
    named = score_bullet("Tuned the downscaling model against ERA5 baselines", "research", "mid")
    plain = score_bullet("Tuned the downscaling model against the old baselines", "research", "mid")
    assert named.components["specificity"] > plain.components["specificity"]
    assert "vague" not in score_bullet("Worked on the KYC flow", "applied", "mid").flags
    # common acronyms name nothing a reader could check
    assert "vague" in score_bullet("Drove AI initiatives across EMEA to hit KPIs", "applied", "mid").flags


def test_one_step_instead_of_many_is_a_worded_change() -> None:
    assert outcome("Nurses open one screen instead of five to see a patient's risk since the launch")
    assert not outcome("Opened one screen and then five more for the demo")


def test_a_paper_venue_hosting_a_challenge_is_no_paper_result() -> None:
    assert not outcome("Entered the MICCAI 2024 FLARE organ segmentation challenge with an nnU-Net variant")


def test_a_named_approach_after_with_gives_a_placement_its_context() -> None:
    text = "Runner-up among 88 teams at the MICCAI 2024 FLARE segmentation challenge, with a lightweight nnU-Net variant"
    assert "kaggle-no-context" not in score_bullet(text, "research", "mid").flags


@pytest.mark.parametrize("text", [
    "Compile time for our edge targets: 14 min → 50 s per model",
    "Index p95 is 25 ms (was 90 ms) after block-max pruning",
    "Ranker p99 sits at 60 ms (previously 140 ms)",
])
def test_a_time_per_thing_and_a_former_value_in_brackets_make_a_change(text: str) -> None:
    assert outcome(text), read_bullet(text, knowledge()).quantities


def test_all_of_a_counted_group_using_it_is_an_adoption() -> None:
    assert outcome("My occupancy model now feeds the app all 120 of the city's parking wardens use")
    assert not outcome("All 12 of the GPUs run the nightly job")


def test_a_subject_of_teaching_alone_makes_no_audience() -> None:
    text = "Built a risk model over 210k deliveries and 300 vital-sign and lab features, reviewed with midwives in 25 sessions"
    assert not outcome(text), read_bullet(text, knowledge()).quantities


@pytest.mark.parametrize("text", [
    "Reimplemented every chapter exercise of a deep learning textbook in JAX",
    "Built a speech-emotion classifier step by step alongside a YouTube playlist of lessons",
])
def test_book_exercises_and_video_playlists_are_tutorial_work(text: str) -> None:
    assert "tutorial" in score_bullet(text, "applied", "mid").flags


def test_the_author_of_a_course_is_no_student_and_catching_regressions_is_an_outcome() -> None:
    text = "Author of an online course on MLOps with 38k enrolments; its capstone became our interview take-home"
    assert "tutorial" not in score_bullet(text, "applied", "mid").flags
    assert outcome("Built the shadow-traffic replay that helped catch 3 ranking regressions before launch")


def test_a_share_of_the_work_is_effort_and_a_currency_code_is_money() -> None:
    assert not outcome("Wrote 60% of the code for the new inference server")
    assert "no-metric" in score_bullet("Did about 70% of the labelling for the sonar project", "applied", "mid").flags
    assert outcome("Automated 90% of the labelling work with a pre-annotation model")
    assert outcome("USD 1.2M a year saved in cloud spend by right-sizing the training jobs")


def test_a_migration_from_one_tool_to_another_makes_no_capacity_an_outcome() -> None:
    text = "Moved the query encoder from PyTorch eager to TensorRT on T4s, covering 24 GPU nodes and 6k QPS of traffic"
    assert not outcome(text), read_bullet(text, knowledge()).quantities
    assert outcome("Moved the query encoder to TensorRT; p99 fell from 41 ms to 9 ms at 6k QPS")


def test_work_sessions_and_a_few_items_of_data_are_effort() -> None:
    text = "Ran 220 profiling sessions on the ranker's Triton deployment across 4 GPU SKUs and 3 batch policies"
    assert "no-metric" in score_bullet(text, "infra", "mid").flags
    assert read_bullet("A/B tested the ranker on 2M sessions", knowledge()).quantities[0].kind == "users"


def test_a_clause_of_company_before_the_persons_verb_is_no_weak_opener() -> None:
    assert "weak-verb" not in score_bullet(
        "Working with the risk team, shipped a credit model that cut defaults by 11% on 300K loans", "applied", "mid").flags
    assert "weak-verb" in score_bullet("Worked with the risk team on a credit model", "applied", "mid").flags
    assert "weak-verb" in score_bullet("Working with the data team, which owned the pipeline", "applied", "mid").flags


def test_handled_before_a_number_is_what_a_system_took() -> None:
    text = "Handled 40K requests per second at 20 ms p99 after moving the ranker to Triton, down from 90 ms"
    assert "weak-verb" not in score_bullet(text, "infra", "mid").flags
    assert "weak-verb" in score_bullet("Handled the migration of the fraud rules", "applied", "mid").flags


def test_papers_are_an_outcome_at_a_named_venue_only() -> None:
    assert not outcome("Co-authored 2 papers in 2023 with a team of 5 on diffusion models")
    assert outcome("Co-authored 2 papers on diffusion models at NeurIPS 2023")
    assert "no-metric" not in score_bullet("Wrote 3 papers on graph neural networks", "research", "mid").flags


def test_two_different_things_after_from_are_no_change_and_versions_are_no_metric() -> None:
    text = "Moved video decoding onto the GPU, streaming 3 PB from 9 regions to 256-GPU runs"
    assert not any(q.kind == "before_after" for q in read_bullet(text, knowledge()).quantities)
    assert outcome("Grew model adoption from 2 teams to 11 within a year")
    assert not outcome("Supported Kubernetes versions 1.27 to 1.29 on the notebook fleet")
    assert not outcome("Profiled the int4 model with 2 runtimes (ExecuTorch 0.3 and llama.cpp) on 11 handsets")
    assert outcome("Raised AUC 0.91 to 0.94 on the fraud holdout")


def test_counted_work_stays_effort_however_large() -> None:
    assert "no-metric" in score_bullet("Trained 2,400 small models for the vocabulary study", "research", "mid").flags
    assert "no-metric" in score_bullet("Ran 1,400 pretraining experiments on data mixtures", "research", "mid").flags


@pytest.mark.parametrize("text", [
    "Since March the training on-call has not been paged once for a hung collective",
    "Since June no multi-day run has had to restart from scratch, where before that happened most weeks",
    "Rolled out the vendor OCR model that has run untouched for 18 months",
])
def test_a_failure_denied_since_a_date_is_an_outcome(text: str) -> None:
    assert outcome(text), read_bullet(text, knowledge()).quantities


def test_a_failure_word_under_a_negation_without_since_is_no_outcome() -> None:
    assert not outcome("Wrote a retry wrapper so that no upload is lost on a flaky link")


def test_a_certificate_earned_and_a_tutorials_outcome_ranks_its_pair() -> None:
    assert "tutorial" in score_bullet("Earned an ML specialty certification and deployed its sample endpoint",
                                      "applied", "mid").flags
    strong = "Capstone with a local co-op: trained a YOLOv8 fruit counter; estimates landed within 6% of harvested weight"
    weak = "Capstone with a local co-op: trained a YOLOv8 fruit counter, annotating 3,500 images from 4 orchards"
    assert score_bullet(strong, "applied", "new-grad").score > score_bullet(weak, "applied", "new-grad").score


def test_llm_work_naming_only_language_models_or_the_act_of_evaluating_is_unspecific() -> None:
    assert "llm-unspecific" in score_bullet("Evaluated language models on internal tasks and reported the findings",
                                            "research", "mid").flags
    assert "llm-unspecific" in score_bullet("Fine-tuned a language model on support tickets", "applied", "mid").flags
    assert "llm-unspecific" not in score_bullet("Fine-tuned Llama-3 on support tickets", "applied", "mid").flags
    assert "llm-unspecific" not in score_bullet("Redesigned the course's 5 assignments around LLM evaluation",
                                                "research", "mid").flags


def test_a_hyphen_compound_launch_word_and_physical_settings_are_no_outcome() -> None:
    text = "Migrated the chat endpoint from a hand-rolled generate loop to vLLM on 48 A100s, handling 14M requests a day"
    assert not outcome(text), read_bullet(text, knowledge()).quantities
    assert not outcome("Built a graph weather model at 0.25 degree resolution on 40 years of reanalysis")
    assert outcome("Cut the rack's power draw from 300 W to 180 W with int8 kernels")


def test_people_taught_are_an_audience_and_a_passive_catch_is_an_outcome() -> None:
    assert not score_bullet("Mentored two master's students whose thesis work became a workshop paper",
                            "applied", "mid").ships
    student = read_bullet("Distilled a 7B teacher into a 1B student on synthetic chains of thought", knowledge())
    assert all(q.kind != "audience" for q in student.quantities), student.quantities  # a model, no learners
    assert outcome("Set up online evaluation for 5 vision models; two silent regressions were caught before release")


def test_owning_a_model_end_to_end_with_an_outcome_is_shipped_work() -> None:
    owned = "Owned the listing classifier end to end; moderators now review a quarter of the listings they used to"
    assert score_bullet(owned, "applied", "mid").ships
    assert not score_bullet("Studied matching costs for end-to-end detectors, adding 1.3 AP on LVIS",
                            "applied", "mid").ships


def test_a_research_area_alone_is_vague() -> None:
    assert "vague" in score_bullet("Pursued open-ended questions in neural network research", "research", "mid").flags


def test_a_failure_that_then_stopped_and_two_things_compared_are_read_apart() -> None:
    assert outcome("Added a gradient-norm guard; loss-spike restarts on the 13B run stopped entirely after 11 the month before")
    text = "Hashed 1.4T tokens of pretraining text against 9 widely used suites on a 64-node CPU cluster"
    assert not outcome(text), read_bullet(text, knowledge()).quantities
    assert outcome("Serving p99 is 40 ms against 90 ms on the old stack")


def test_a_large_model_is_llm_work_and_modelling_alone_is_an_area() -> None:
    assert "llm-unspecific" in score_bullet("Fine-tuned a large model on in-house documents for a new internal tool",
                                            "applied", "mid").flags
    assert "vague" in score_bullet("Explored new ideas in neural network modelling as part of the group",
                                   "research", "mid").flags


def test_how_many_entries_placed_is_part_of_a_bare_competition_claim() -> None:
    text = "Entered five Kaggle challenges during my first year of grad school; two ended with bronze"
    assert "kaggle-no-context" in score_bullet(text, "applied", "mid").flags
    assert "kaggle-no-context" not in score_bullet(
        "Won a Kaggle churn competition; the model now runs in our CRM for 2M customers", "applied", "mid").flags
