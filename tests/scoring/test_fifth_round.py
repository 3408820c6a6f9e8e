"""Fifth round: old spans of time after a habit ("where it used to take them most of a day"),
agent and LLM-powered work without specifics, and the kinds below."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlresume_gui.scoring.bullet import score_bullet
from mlresume_gui.scoring.features import read_bullet
from mlresume_gui.scoring.knowledge import knowledge


def outcome(text: str, target: str = "applied") -> bool:
    return read_bullet(text, knowledge()).has_outcome and "no-metric" not in score_bullet(text, target, "mid").flags


@pytest.mark.parametrize("text", [
    "Underwriters price a fleet policy in ten minutes where it used to take them most of a morning",
    "Dispatchers reroute a driver within a minute, where the replan used to drag on for half an hour",
    "Our nightly QA report is ready by 7am in forty minutes, which used to eat up the better part of a day",
    "Lab technicians label a plate in thirty seconds that once needed a good five minutes of squinting",
])
def test_an_old_span_after_a_habit_join_is_a_before_after(text: str) -> None:
    assert outcome(text), text


@pytest.mark.parametrize("text", [
    "Wrote the cluster runbook used to onboard new engineers",
    "Trained the ranking model in 3 hours on the GPUs we used to share with research",
])
def test_used_to_without_an_old_span_is_no_before_after(text: str) -> None:
    f = read_bullet(text, knowledge())
    assert not any(q.kind == "before_after" for q in f.quantities), text


@pytest.mark.parametrize("text", [
    "Built AI agents for the finance back office",
    "Shipped LLM-powered assistants to the legal team",
    "Created agentic AI workflows for procurement",
])
def test_agent_work_without_a_model_or_result_is_llm_unspecific(text: str) -> None:
    assert "llm-unspecific" in score_bullet(text, "applied", "mid").flags, text


def test_an_rl_agent_with_a_result_is_not_llm_unspecific() -> None:
    text = "Trained a PPO agent for pallet stacking that drops 30% fewer boxes"
    assert "llm-unspecific" not in score_bullet(text, "applied", "mid").flags


@pytest.mark.parametrize("text", [
    "Clinicians see a deterioration alert about six hours before the previous rule-based score fires",
    "Our detector spots a failing pump a full day before the manual inspection round would",
])
def test_a_lead_over_a_baseline_is_a_before_after(text: str) -> None:
    assert outcome(text), text


def test_a_span_before_a_deadline_is_no_lead() -> None:
    assert not outcome("Delivered the forecasting service two weeks before the launch")


@pytest.mark.parametrize("text", [
    "Showed that annotators disagree on three-quarters of the sarcastic examples, which reshaped our label guide",
    "In three-quarters of audited cases the model's rationale matched the clinician's",
])
def test_a_hyphenated_fraction_after_in_is_no_span_of_time(text: str) -> None:
    assert any(q.kind == "fold" for q in read_bullet(text, knowledge()).quantities), text


def test_a_quarter_after_within_stays_a_span_of_time() -> None:
    f = read_bullet("Launched the pricing model within a quarter of joining", knowledge())
    assert not any(q.kind == "fold" for q in f.quantities)


@pytest.mark.parametrize("text", [
    "Explored many ideas in representation learning",
    "Looked into several directions in reinforcement learning",
    "Investigated new approaches to natural language processing",
])
def test_a_broad_area_alone_is_vague(text: str) -> None:
    assert "vague" in score_bullet(text, "research", "mid").flags, text


def test_an_area_with_a_named_tool_is_not_vague() -> None:
    assert "vague" not in score_bullet("Explored contrastive learning with JAX on satellite tiles", "research", "mid").flags


@pytest.mark.parametrize("text", [
    "Nightly reconciliations that used to run all weekend now finish before lunch",
    "Quarterly audits that used to drag through most of a month now take an afternoon",
])
def test_a_habit_then_now_is_a_before_after(text: str) -> None:
    assert outcome(text, "infra"), text


@pytest.mark.parametrize("text", [
    "Wrote the internal guide to our labelling tool that 12 teams used to set up their projects",
    "Built the experiment dashboard; three product squads now rely on it every week",
    "Our search service now serves every product team after replacing four bespoke indexes",
])
def test_a_count_of_adopters_before_their_verb_is_an_outcome(text: str) -> None:
    assert outcome(text), text


@pytest.mark.parametrize("text", [
    "Managed 5 engineers who used Spark and Airflow for the data platform",
    "Led 4 engineers and used Terraform for the serving cluster",
])
def test_people_who_used_tools_are_no_adoption(text: str) -> None:
    assert not outcome(text), text


def test_a_how_to_followed_is_a_tutorial() -> None:
    text = "Served a sentiment model with FastAPI by following a cloud provider's how-to"
    assert "tutorial" in score_bullet(text, "infra", "mid").flags


def test_an_authored_how_to_is_no_tutorial() -> None:
    text = "Wrote the how-to guide for deploying models on our platform, now used by 14 teams"
    assert "tutorial" not in score_bullet(text, "infra", "mid").flags


@pytest.mark.parametrize("text", [
    "Taught the graduate seminar on causal inference for two years",
    "Lectured the optimisation module of the MSc in machine learning",
    "Co-taught the undergraduate class on probabilistic graphical models",
])
def test_a_teaching_verb_before_what_was_taught_is_a_role(text: str) -> None:
    assert not score_bullet(text, "research", "mid").flags, text


def test_teaching_oneself_from_a_course_is_a_tutorial() -> None:
    assert "tutorial" in score_bullet("Taught myself computer vision from the fast.ai course", "applied", "mid").flags


def test_taught_in_the_machine_sense_owes_a_result() -> None:
    assert "no-metric" in score_bullet("Taught a robot arm to sort parcels with imitation learning", "research", "mid").flags


@pytest.mark.parametrize("text", [
    "Wrote the platform's official tutorial on distributed training, the most-read page in our docs",
    "Built the churn notebook template that became the analytics team's most-used notebook",
])
def test_a_superlative_of_reach_is_an_adoption(text: str) -> None:
    assert not score_bullet(text, "infra", "mid").flags, text


def test_a_count_of_customer_segments_is_effort() -> None:
    f = read_bullet("Created 30 customer segments and 12 propensity models", knowledge())
    assert "users" not in f.kinds and "no-metric" in score_bullet(f.text, "applied", "mid").flags


def test_a_single_step_rather_than_a_span_is_a_before_after() -> None:
    assert outcome("Analysts refresh the whole forecast with one command rather than a day of copying sheets", "infra")


@pytest.mark.parametrize("text", [
    "Cut over 52 serving endpoints to the new mesh without a single failed request",
    "Upgraded 30 training clusters to the new driver with no downtime",
    "Zero false declines on premium cards since the risk model launched",
])
def test_a_count_of_zero_failures_is_an_outcome(text: str) -> None:
    assert outcome(text, "infra"), text


def test_without_a_tool_is_no_zero_count() -> None:
    assert not outcome("Rebuilt the batch scorer without any Spark dependency")


@pytest.mark.parametrize("text", [
    "Every one of the 11 research groups now books GPUs through the scheduler I built",
    "Four product teams now ship their rankers through my evaluation gate",
])
def test_teams_that_now_work_through_something_are_an_adoption(text: str) -> None:
    assert outcome(text, "infra"), text


@pytest.mark.parametrize("text", [
    "The pricing guide I wrote became the standard playbook for the regional teams",
    "Our tracing guide is now the default starting point for new services",
    "Wrote a tutorial series on causal forests that became the team's onboarding reading",
    "Designed the benchmark's evaluation protocol, since adopted by the 2024 shared task",
])
def test_an_adoption_in_words_is_an_outcome(text: str) -> None:
    assert not score_bullet(text, "applied", "mid").flags, text


def test_case_studies_are_effort_not_outcome_cases() -> None:
    f = read_bullet("Wrote a pricing guide covering 12 elasticity models and 5 case studies", knowledge())
    assert not f.has_outcome


@pytest.mark.parametrize("text", [
    "Driven by cutting-edge, world-class, next-generation AI innovation",
    "Innovative, results-oriented leader in game-changing, best-in-class ML",
])
def test_hype_adjectives_stack_as_buzzwords(text: str) -> None:
    assert "buzzword-stack" in score_bullet(text, "applied", "mid").flags, text


def test_state_of_the_art_on_a_named_benchmark_is_a_result() -> None:
    text = "Set a new state-of-the-art on the KITTI depth benchmark with a 12% lower error"
    assert not score_bullet(text, "research", "mid").flags


def test_a_new_span_then_what_it_once_took_is_a_before_after() -> None:
    assert outcome("A full retrain takes twenty minutes these days, where a run once ate a whole night", "infra")


@pytest.mark.parametrize("text", [
    "Spend lost to spot interruptions fell to almost nothing with checkpoint-aware scheduling",
    "Brought duplicate payouts down to zero with an idempotency check in the payout model",
])
def test_an_amount_that_fell_to_nothing_is_an_outcome(text: str) -> None:
    assert outcome(text, "infra"), text


def test_every_newcomer_now_taking_a_course_one_made_is_an_adoption() -> None:
    text = "Recorded the internal video course on our deployment platform that every new engineer now takes"
    assert not score_bullet(text, "infra", "mid").flags


@pytest.mark.parametrize("text", [
    "Rolled the note-drafting assistant out to all 1,400 nurses across the hospital group",
    "Launched the feature platform to 35 teams, replacing their hand-rolled pipelines",
    "Put the triage classifier in front of 300 radiologists at 12 hospitals",
    "Built a forecasting notebook now used by 300 analysts",
])
def test_a_launch_or_adoption_with_its_people_is_an_outcome(text: str) -> None:
    assert outcome(text), text


@pytest.mark.parametrize("text", [
    "Deployed a fraud model trained on 2M card transactions",
    "Launched a search model over an index of 40M product listings",
])
def test_data_a_launched_model_was_built_on_is_no_launch_scope(text: str) -> None:
    assert not outcome(text), text


def test_kubernetes_operators_are_not_people() -> None:
    assert "no-metric" in score_bullet("Maintained 60 Airflow DAGs and 20 Kubernetes operators", "infra", "mid").flags


def test_working_closely_with_others_is_a_weak_opener() -> None:
    assert "weak-verb" in score_bullet("Worked closely with the research team on GPU scheduling", "infra", "mid").flags


def test_a_self_claim_with_two_buzzwords_is_a_stack() -> None:
    text = "Thought leader in agentic AI and foundation models"
    assert "buzzword-stack" in score_bullet(text, "research", "mid").flags


def test_a_self_claim_beside_an_outcome_is_no_stack() -> None:
    text = "Seasoned in MLOps and LLMs; cut model release time from two weeks to a day"
    assert "buzzword-stack" not in score_bullet(text, "infra", "mid").flags


def test_a_cloud_workshop_gone_through_is_a_tutorial() -> None:
    text = "Deployed a model on SageMaker by going through the AWS hands-on workshop"
    assert "tutorial" in score_bullet(text, "infra", "mid").flags


def test_presenting_at_a_workshop_is_no_tutorial() -> None:
    text = "Presented our label-noise study at the NeurIPS workshop on data-centric AI"
    assert "tutorial" not in score_bullet(text, "research", "mid").flags


@pytest.mark.parametrize("text", [
    "Wrote the official scikit-learn tutorial on calibration, now linked from the user guide",
    "Authored the open-source Ray tutorial on batch inference that the project now ships in its docs",
])
def test_authored_material_a_project_took_in_is_an_adoption(text: str) -> None:
    assert not score_bullet(text, "infra", "mid").flags, text


@pytest.mark.parametrize("text", [
    "Our adapters match full fine-tuning while updating under one percent of the weights",
    "Saves each on-call engineer about an hour a day by auto-triaging model alerts",
    "Frees half a day a week per data scientist with one-click GPU notebooks",
    "Failed-payment tickets are down to a trickle since the retry model launched",
])
def test_small_amounts_in_words_are_outcomes(text: str) -> None:
    assert outcome(text, "infra"), text


@pytest.mark.parametrize("text", [
    "Fine-tuned 6 model sizes with LoRA ranks from 4 to 64",
    "Trained policies with discount values ranging from 0.9 to 0.999",
])
def test_a_range_of_settings_swept_is_no_before_after(text: str) -> None:
    f = read_bullet(text, knowledge())
    assert not any(q.kind == "before_after" for q in f.quantities), text


def test_a_setting_changed_is_a_before_after() -> None:
    f = read_bullet("Cut the serving batch size from 512 to 64 to halve tail latency", knowledge())
    assert any(q.kind == "before_after" for q in f.quantities)


def test_a_bare_number_after_to_is_no_reach() -> None:
    assert "no-metric" in score_bullet("Ported the scheduler to 3 regions and 2 clouds", "infra", "mid").flags


_NEW = ["twenty minutes", "about ten minutes", "under an hour", "45 seconds", "a few minutes"]
_HABITS = ["where it used to take them", "which once took", "where the wait used to stretch to", "that used to take"]
_OLD = ["most of a day", "several days", "a whole week", "the better part of an afternoon", "two days"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_NEW), st.sampled_from(_HABITS), st.sampled_from(_OLD))
def test_any_new_span_then_an_old_one_after_a_habit_is_an_outcome(new: str, habit: str, old: str) -> None:
    assert outcome(f"Reviewers clear a flagged claim in {new} {habit} {old}, with the triage model", "applied")


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["no", "zero", "without a single", "without any", "not a single"]),
       st.sampled_from(["failed request", "outage", "missed SLA", "rollback", "dropped request"]))
def test_any_count_of_zero_failures_is_an_outcome(zero: str, noun: str) -> None:
    plural = noun if zero in ("without a single", "not a single") else noun + "s"
    assert outcome(f"Moved 40 production models to the new serving stack with {zero} {plural}", "infra")


@pytest.mark.parametrize("text", [
    "Wrote the tutorial chapter on normalising flows for an open textbook, read by thousands of students",
    "Mentored 3 interns, all of whom received return offers",
    "Our churn model, built as a course project, went on to run in production at a telco for 2M subscribers",
    "Kaggle Competitions Master: 2 gold medals, including 3rd of 3,100 teams in the Feedback Prize with a DeBERTa ensemble",
])
def test_look_alikes_with_their_outcome_are_clean(text: str) -> None:
    assert not score_bullet(text, "applied", "mid").flags, text


@pytest.mark.parametrize("text", [
    "Built a sentiment classifier as a course project with 92% accuracy",
    "Deployed my capstone project model to Heroku",
])
def test_coursework_without_a_launch_that_reached_people_stays_a_tutorial(text: str) -> None:
    assert "tutorial" in score_bullet(text, "applied", "mid").flags, text


def test_all_of_them_as_an_object_is_no_count() -> None:
    assert "no-metric" in score_bullet("Migrated all of them to Kubernetes", "infra", "mid").flags


@pytest.mark.parametrize("text", [
    "The segmentation model now performs within one Dice point of expert radiologists on BraTS",
    "A quote now takes one screen instead of four with the prefill model",
    "Patients need one clinic visit rather than three since the triage model",
])
def test_one_before_a_point_or_a_comparison_is_a_number(text: str) -> None:
    assert outcome(text), text


@pytest.mark.parametrize("text", [
    "Built one of the first retrieval models at the company",
    "Ran 500 load tests against 12 staging servers",
])
def test_one_alone_and_things_used_are_no_outcome(text: str) -> None:
    assert not outcome(text, "infra"), text


@pytest.mark.parametrize("text", [
    "Submitted a paper on sparse autoencoders to NeurIPS 2024",
    "Wrote a paper on token merging, under review at ICLR 2025",
])
def test_a_paper_not_yet_accepted_is_no_result(text: str) -> None:
    assert "no-metric" in score_bullet(text, "research", "mid").flags, text


def test_an_accepted_paper_is_a_result() -> None:
    assert not score_bullet("Published our token-merging method at ICLR 2025", "research", "mid").flags


@pytest.mark.parametrize("text", [
    "Lead a team of 5 engineers now building the feature store",
    "Hired 6 engineers now working on ranking",
])
def test_people_one_leads_or_hires_are_no_adopters(text: str) -> None:
    assert "no-metric" in score_bullet(text, "infra", "mid").flags, text


@pytest.mark.parametrize("text", [
    "Kafka is now the backbone of our event pipeline",
    "Serves every request through a single gateway",
    "Rewrote the scheduler, which used to be in Perl, in Go",
])
def test_look_alikes_of_adoption_and_habit_without_an_outcome(text: str) -> None:
    assert "no-metric" in score_bullet(text, "infra", "mid").flags, text


def test_a_title_won_twice_is_a_bare_competition_claim() -> None:
    assert "kaggle-no-context" in score_bullet("Kaggle 2x Grandmaster", "applied", "mid").flags


def test_a_tutorial_named_a_few_words_after_from_the_is_followed() -> None:
    text = "Built the Titanic model from the Kaggle getting-started competition tutorial"
    assert "tutorial" in score_bullet(text, "applied", "mid").flags


@pytest.mark.parametrize("text", [
    "Eliminated the weekly manual failover by automating leader election",
    "Retired the nightly reconciliation job with a streaming ledger model",
])
def test_a_recurring_chore_brought_to_zero_is_an_outcome(text: str) -> None:
    assert outcome(text, "infra"), text


def test_removing_things_is_no_recurring_chore() -> None:
    assert "no-metric" in score_bullet("Removed every unused feature from the store", "infra", "mid").flags


def test_an_old_time_after_instead_of_at_is_a_before_after() -> None:
    assert outcome("Alerts reach the on-call team in minutes instead of at the morning stand-up", "infra")


def test_points_with_a_magnitude_are_data_not_a_margin() -> None:
    f = read_bullet("Rebuild the geo-index over 2B points with 80 Spark executors", knowledge())
    assert "percent" not in f.kinds and not f.has_outcome


def test_within_the_same_match_instead_of_days_later_is_a_before_after() -> None:
    assert outcome("Cheaters are banned within the same match instead of days later since the anomaly model")


@pytest.mark.parametrize("text", ["Cut build times x3 with remote caching", "Raised decode throughput ×4 with paged attention"])
def test_a_multiplier_sign_before_its_number_is_a_fold(text: str) -> None:
    assert outcome(text, "infra"), text


@pytest.mark.parametrize("text", ["Ported the trainer to x86 and improved its packaging", "Improved the X5 model's serving"])
def test_architecture_and_product_names_are_no_fold(text: str) -> None:
    assert not any(q.kind == "fold" for q in read_bullet(text, knowledge()).quantities), text


@pytest.mark.parametrize("text", [
    "The anomaly detector caught 41 pipeline leaks last year before customers reported them",
    "The filter blocked more than 2M scam messages in its first quarter",
    "Recovered 1,800 GPU-hours a week that failed jobs used to waste",
])
def test_a_count_caught_or_saved_is_an_outcome(text: str) -> None:
    assert outcome(text, "infra"), text


def test_a_gain_per_span_is_an_outcome() -> None:
    assert outcome("Our route model lets each courier finish two more drops per shift")


def test_more_things_built_per_span_is_effort() -> None:
    assert "no-metric" in score_bullet("Built two more models a week for the team", "applied", "mid").flags


def test_regressions_counted_beside_features_are_models() -> None:
    f = read_bullet("Pricing tips model for sellers with 80 features and 3 regressions", knowledge())
    assert not f.has_outcome


def test_regressions_caught_are_an_outcome() -> None:
    assert outcome("Our shadow test caught 17 regressions before users saw them", "infra")


def test_a_method_adopted_in_a_library_default_is_an_adoption() -> None:
    text = "Method adopted in the default recipe of the open-source torchtune library"
    assert not score_bullet(text, "research", "mid").flags


@pytest.mark.parametrize("text", [
    "Judge for the university's annual ML hackathon",
    "Invited speaker at the ELLIS workshop on causality",
    "Guest lecture on diffusion models in the graduate computer vision course at ETH",
    "Teaching assistant, CS229 Machine Learning, Stanford (Autumn 2022)",
])
def test_a_service_or_speaking_role_stated_first_owes_no_result(text: str) -> None:
    assert not score_bullet(text, "research", "mid").flags, text


@pytest.mark.parametrize("text", ["Speaker diarization model for call centres", "Mentor-led onboarding scheme"])
def test_a_role_word_inside_a_noun_names_no_role(text: str) -> None:
    assert "no-metric" in score_bullet(text, "applied", "mid").flags, text


@pytest.mark.parametrize("text", [
    "Rebuilt the feature backfill, which once ate a full weekend, to finish overnight",
    "Our assistant answers benefit questions on the spot instead of after a day-long ticket wait",
    "Cluster upgrades run without a single paged engineer",
])
def test_more_worded_relations_are_outcomes(text: str) -> None:
    assert outcome(text, "infra"), text


def test_an_old_span_then_a_tenure_is_no_before_after() -> None:
    assert "no-metric" in score_bullet("Rewrote the job, which used to take a day, for 3 months in Go", "infra", "mid").flags


@pytest.mark.parametrize("text", [
    "Rewrote the scheduler we used to run on cron in Go with 3 workers",
    "Once a quarter, reviewed the cluster's Terraform modules",
    "Now maintain the fraud model and its 20 features",
    "Ran one job per GPU instead of packing them",
    "Retrained the model before the old version expired",
    "Served every model through a FastAPI endpoint",
    "Became the owner of the recommendations codebase",
])
def test_trigger_words_without_an_outcome_stay_no_metric(text: str) -> None:
    assert "no-metric" in score_bullet(text, "infra", "mid").flags, text


def test_the_systems_of_a_shared_task_are_its_field() -> None:
    f = read_bullet("Came first of 27 systems in the SemEval shared task on clinical negation with a RoBERTa ensemble",
                    knowledge())
    assert "field" in f.kinds and "kaggle-no-context" not in score_bullet(f.text, "research", "mid").flags


def test_systems_built_are_no_field() -> None:
    assert "no-metric" in score_bullet("Built 3 recommender systems for the media team", "applied", "mid").flags


@pytest.mark.parametrize("text", [
    "Agents now resolve billing calls in one transfer or fewer, down from three",
    "Gave 400 support agents a reply drafter that halved their handling time",
])
def test_agents_who_are_people_are_no_llm_work(text: str) -> None:
    s = score_bullet(text, "applied", "mid")
    assert "llm-unspecific" not in s.flags and "no-metric" not in s.flags, text


def test_what_one_made_that_every_newcomer_completes_is_an_adoption() -> None:
    text = "Authored the internal course on GPU debugging that every new infra hire completes"
    assert not score_bullet(text, "infra", "mid").flags


def test_co_teaching_a_course_with_its_assignments_is_no_tutorial() -> None:
    text = "Co-taught the graduate NLP course; redesigned its 5 assignments around LLM evaluation"
    assert "tutorial" not in score_bullet(text, "research", "mid").flags


def test_working_to_improve_is_a_weak_opener() -> None:
    assert "weak-verb" in score_bullet("Worked to improve system robustness", "infra", "mid").flags


def test_a_share_of_configurations_a_method_fixes_is_an_outcome() -> None:
    assert outcome("The new loss stops mode collapse in 9 of our 10 GAN training configurations", "research")


def test_a_fraction_before_last_year_is_a_fraction() -> None:
    assert outcome("Every model in production now has drift alerts, up from about a third last year", "infra")


@pytest.mark.parametrize("text", [
    "Nobody on the support team tags tickets by hand any more since the auto-tagger went live",
    "The nightly training run has not missed its 6am deadline once in 8 months",
    "Our benchmark exposed that 6 of 8 popular code models memorise test solutions",
    "Our translation model let the publisher release the series in 6 languages instead of 2",
])
def test_outcomes_phrased_unusually_are_outcomes(text: str) -> None:
    assert not score_bullet(text, "applied", "mid").flags, text


def test_a_part_of_what_was_run_is_no_share() -> None:
    assert "no-metric" in score_bullet("Migrated 2 of the 5 Airflow clusters to Kubernetes", "infra", "mid").flags


@pytest.mark.parametrize("text", [
    "Warehouse staff now find misplaced stock in minutes with the shelf-scan model, not hours",
    "We went from one model deploy a month to several a day after the pipeline rebuild",
])
def test_spans_a_few_words_apart_and_counts_per_period_are_before_afters(text: str) -> None:
    assert outcome(text, "infra"), text


@pytest.mark.parametrize("text", [
    "The lending team approves in seconds what used to sit in a queue for days",
    "Retired 3 legacy serving stacks; every model now runs on one platform",
    "Our model is the first to pass all 12 of the benchmark's compositional splits",
    "Customers rate the new assistant 4.6 out of 5, up from 3.2 for the old bot",
    "The policy succeeds on 17 of 20 real-world tasks, against 9 for the strongest baseline",
])
def test_more_outcomes_phrased_unusually(text: str) -> None:
    assert not score_bullet(text, "applied", "mid").flags, text


def test_verbs_of_catching_match_whatever_their_ending() -> None:
    assert outcome("The filter blocks about 40,000 scam messages a day", "applied")


@pytest.mark.parametrize("text", [
    "What took the finance team a week each month now runs itself overnight",
    "Stopped the weekly OOM crashes of the embedding job by streaming its inputs",
])
def test_a_then_now_with_who_did_it_and_a_stopped_chore_are_outcomes(text: str) -> None:
    assert outcome(text, "infra"), text


def test_fixing_a_bug_once_is_no_recurring_chore() -> None:
    assert "no-metric" in score_bullet("Fixed a memory leak in the embedding job", "infra", "mid").flags


@pytest.mark.parametrize(("target", "strong", "weak"), [
    ("infra", "Helped cut queue wait from 3 hours to 20 minutes",
     "Operate the training scheduler for 600 researchers on 2,000 GPUs across 3 clusters"),
    ("infra", "Assisted in halving the serving bill", "Run the serving fleet of 800 GPUs handling 90K requests per second"),
    ("research", "Helped improve BLEU by 2 points on WMT", "Trained 24 translation models on 300M sentence pairs with 256 TPUs"),
])
def test_a_weak_opener_never_sinks_an_outcome_below_effort(target: str, strong: str, weak: str) -> None:
    s, w = score_bullet(strong, target, "mid"), score_bullet(weak, target, "mid")
    assert "weak-verb" in s.flags and s.score > w.score, (s.score, w.score)


def test_a_tutorial_with_an_accuracy_still_ranks_below_real_work() -> None:
    tut = score_bullet("Built a digit classifier following the Keras tutorial, reaching 98% accuracy", "applied", "mid")
    real = score_bullet("Trained 24 translation models on 300M sentence pairs with 256 TPUs", "applied", "mid")
    assert tut.score < real.score


def test_ranking_millions_of_things_is_no_placement() -> None:
    f = read_bullet("Ranked 40M products for 12M shoppers a day with a two-tower model", knowledge())
    assert "placement" not in f.kinds


@pytest.mark.parametrize("text", [
    "Implemented an exploration bonus on top of RND and PPO for Atari games",
    "Wrote a top-down parser for the query language",
])
def test_a_placement_word_inside_a_phrase_places_nothing(text: str) -> None:
    assert "no-metric" in score_bullet(text, "research", "mid").flags, text


def test_winning_buy_in_is_no_placement() -> None:
    text = "Won buy-in from product leadership for a personalisation roadmap"
    assert "no-metric" in score_bullet(text, "applied", "mid").flags
