"""Each flag: bullets that must raise it, and look-alikes that must stay clean of it."""

from __future__ import annotations

import pytest

from mlresume_gui.scoring.bullet import score_bullet

RAISES = {
    "weak-verb": [
        "Responsible for the recommendation model retraining pipeline",
        "Helped the search team improve ranking quality",
        "Assisted with data labeling for the vision team",
        "Involved in migrating training jobs to Kubernetes",
        "Worked on a churn model that reduced churn 4% in an A/B test",
        "Participated in the design of the feature store",
        "Was responsible for model deployment on SageMaker",
        "Tasked with improving the fraud classifier's recall",
    ],
    "vague": [
        "Worked on machine learning",
        "Did various AI initiatives with different teams",
        "Developed machine learning solutions for the business",
        "Leveraged deep learning and data science to drive value",
        "Worked on LLM and GenAI initiatives with the platform team",
    ],
    "no-metric": [
        "Worked on ML projects for 3 years across 5 teams",
        "Completed 4 Coursera courses in deep learning",
        "Built a recommendation model for the home feed",
        "Designed the feature store integration for real-time personalization",
        "Used 12 tools including PyTorch, Docker and Airflow",
        "Upgraded the training stack to CUDA 12 and PyTorch 2.1",
        "Maintained ML pipelines since 2019",
        "Led a team of 6 engineers building recommendation features",
        "Managed 3 direct reports on the search relevance team",
    ],
    "tutorial": [
        "Implemented Transformer from scratch following Andrej Karpathy's tutorial.",
        "Built a CNN image classifier as part of the fast.ai course",
        "Completed the Deep Learning Specialization on Coursera",
        "Trained an MNIST classifier while taking an online course",
        "Followed the Hugging Face course to fine-tune BERT on IMDB reviews",
        "Reimplemented GPT-2 following the Zero to Hero video series",
        "Built a sentiment classifier for a class project",
    ],
    "kaggle-no-context": [
        "Top 5% in 3 Kaggle competitions",
        "Kaggle Competitions Expert with several silver medals",
        "Placed in the top 10% of a Kaggle challenge",
        "Won a gold medal in a Kaggle competition",
        "Finished 14th in the Home Credit Default Risk competition",
        "Top 1% on the leaderboard of the M5 Forecasting competition",
    ],
    "buzzword-stack": [
        "LLM, GenAI, RAG, fine-tuning, quantization, distillation expert.",
        "Passionate about AI, machine learning, deep learning and generative AI",
        "Proficient in 15+ tools: Python, TensorFlow, PyTorch, Keras, Docker, Kubernetes, Spark",
        "Experience with LLMs, RAG, agents, prompt engineering and vector databases",
        "Skilled in AI/ML, NLP, computer vision, MLOps and big data",
    ],
    "llm-unspecific": [
        "Worked with LLMs",
        "Built GenAI features using large language models",
        "Leveraged LLMs to improve customer support",
        "Developed a RAG chatbot for internal documents",
        "Applied prompt engineering to generative AI use cases",
    ],
}

CLEAN = {
    "weak-verb": [
        "Responsible AI audit tooling: built bias checks run on every release of 14 models",
        "Built a triage model that helped support agents resolve 30% more tickets per hour",
        "Shipped a helpfulness reward model that raised win rate from 48% to 61% against the baseline",
        "Contributed to the ML team's ranking project by writing the feature backfill (2.1B rows)",
        "Assistant-facing retrieval: cut p95 latency from 420 ms to 95 ms",
    ],
    "vague": [
        "Trained gradient-boosted models for fraud detection on 12B-row transaction data",
        "Built a churn classifier in scikit-learn for the subscriptions team",
        "Designed the feature store integration for real-time personalization",
        "Fine-tuned Mistral-7B with LoRA on internal support conversations",
    ],
    "no-metric": [
        "Trained gradient-boosted models for fraud detection on 12B-row transaction data",
        "Designed offline + online evaluation framework now used by 4 ML teams",
        "Cut feature-fetch latency from 80ms p99 to 12ms p99",
        "Doubled training throughput of the ranking model with mixed precision",
        "Saved $1.2M a year in GPU spend by moving batch inference to spot instances",
        "Raised NDCG@10 from 0.412 to 0.447 on the held-out query set",
        "Finished 3rd of 1,200 teams in the RSNA Pneumonia Detection Challenge",
        "Mentored 9 engineers; 6 received ML offers within a year",
        "Published 3 first-author papers at ICML and NeurIPS",
    ],
    "tutorial": [
        "Wrote the official PyTorch FSDP tutorial, read by 120K developers in its first year",
        "Authored a 6-part tutorial series on LLM serving with vLLM (40K readers)",
        "Gave a tutorial on efficient LLM inference at NeurIPS 2023 to 400 attendees",
        "Taught a 10-week deep learning course to 120 graduate students (4.8/5 rating)",
        "Created a Coursera course on MLOps with 50K enrollments",
        "Built a data-labeling tool that cut annotation time per image from 40 s to 12 s",
    ],
    "kaggle-no-context": [
        "Top 0.5% finish (3rd place) in the Jigsaw Multilingual Toxic Comment Classification "
        "competition with 12,000 entrants; ensemble approach using XLM-RoBERTa and LightGBM stacking",
        "Finished 14th of 7,176 teams (top 0.2%) in Kaggle's Home Credit Default Risk competition "
        "with a stacked ensemble of LightGBM and neural nets",
        "Won 1st place of 2,400 teams in the RSNA Pneumonia Detection Challenge with a YOLOv5 and "
        "EfficientNet ensemble",
        "Organized a Kaggle competition on satellite imagery segmentation",
        "Reduced training cost 40% for a challenging long-context retrieval problem",
    ],
    "buzzword-stack": [
        "Combined LoRA fine-tuning, 4-bit quantization and distillation to shrink a 13B model to 3B "
        "parameters, cutting serving cost 58% with under 1 point accuracy loss on our eval",
        "Built RAG over 4.2M documents with Llama-3-8B; cut escalations 17% in an A/B test",
        "Moved training to PyTorch FSDP, DeepSpeed and NCCL tuning on 256 H100s; raised MFU from 38% to 52%",
    ],
    "llm-unspecific": [
        "Fine-tuned LLaMA-3-70B on internal dataset for code-generation; reduced specific error mode "
        "by 41% on internal eval",
        "Built a RAG pipeline; reduced hallucination rate 38% on factual-recall benchmarks",
        "Evaluated GPT-4o and Claude as LLM judges against 2,000 human labels",
        "Served Llama-3-8B with vLLM for the support assistant",
    ],
}


def _cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(flag, text) for flag, texts in table.items() for text in texts]


@pytest.mark.parametrize("flag,text", _cases(RAISES))
def test_flag_raised(flag: str, text: str) -> None:
    s = score_bullet(text, "applied", "mid")
    assert flag in s.flags, (s.flags, s.components)
    finding = next(f for f in s.findings if f.code == flag)
    assert finding.message and finding.suggestion
    assert 0 <= finding.start <= finding.end <= len(text)


@pytest.mark.parametrize("flag,text", _cases(CLEAN))
def test_look_alike_stays_clean(flag: str, text: str) -> None:
    for target in ("research", "infra", "applied"):
        assert flag not in score_bullet(text, target, "mid").flags


def test_weak_verb_span_is_the_opener() -> None:
    text = "Responsible for the ranking model"
    f = next(f for f in score_bullet(text, "applied").findings if f.code == "weak-verb")
    assert text[f.start : f.end] == "Responsible for"


def test_tutorial_severity_follows_seniority() -> None:
    text = "Implemented a Transformer from scratch following an online tutorial"
    by = {sen: score_bullet(text, "applied", sen) for sen in ("student", "junior", "mid", "senior")}
    sev = {sen: next(f for f in s.findings if f.code == "tutorial").severity for sen, s in by.items()}
    assert sev == {"student": "info", "junior": "info", "mid": "warning", "senior": "warning"}
    assert by["student"].penalties["tutorial"] < by["mid"].penalties["tutorial"] <= by["senior"].penalties["tutorial"]
    assert by["student"].score > by["senior"].score


def test_kaggle_finding_names_what_is_missing() -> None:
    s = score_bullet("Top 5% in 3 Kaggle competitions", "applied")
    msg = next(f for f in s.findings if f.code == "kaggle-no-context").message
    assert "name" in msg and "approach" in msg


def test_competition_entry_name_counts_as_context() -> None:
    text = "Finished 14th of 7,176 teams (top 0.2%) with a stacked ensemble of LightGBM and neural nets"
    assert "kaggle-no-context" in score_bullet(text + " on Kaggle", "applied").flags
    assert "kaggle-no-context" not in score_bullet(text + " on Kaggle", "applied", None, "Kaggle Home Credit Default Risk").flags


def test_unanchored_percent_is_an_info_note_without_penalty() -> None:
    s = score_bullet("Implemented anomaly-detection model for time-series alerting; reduced false-positive rate 41%", "applied")
    note = next(f for f in s.findings if f.code == "unanchored-percent")
    assert note.severity == "info" and "41%" in note.suggestion
    assert "unanchored-percent" not in s.flags and "unanchored-percent" not in s.penalties
    anchored = score_bullet("Reduced false-positive rate 41% against the rules baseline on 2M alerts", "applied")
    assert all(f.code != "unanchored-percent" for f in anchored.findings)


def test_empty_bullet_is_an_error() -> None:
    s = score_bullet("   ", "applied")
    assert s.score == 0 and s.findings[0].severity == "error"


def test_unknown_target_is_refused() -> None:
    with pytest.raises(ValueError):
        score_bullet("Built a model", "marketing")


def test_scores_are_cached() -> None:
    assert score_bullet("Built a churn model in scikit-learn", "applied") is score_bullet(
        "Built a churn model in scikit-learn", "applied")


def test_a_wall_of_text_is_bounded_and_called_long() -> None:
    text = "Cut p99 latency from 80 ms to 12 ms on 64 GPUs. " * 5000
    s = score_bullet(text, "infra")
    assert any(f.code == "long-bullet" for f in s.findings)
    assert all(0 <= a < b <= len(text) for a, b in s.metric_spans)


def test_a_bare_list_of_tools_is_a_buzzword_stack() -> None:
    assert "buzzword-stack" in score_bullet("Proficient in Python, R, SQL, Spark, Hadoop, Hive, Tableau and Excel",
                                            "applied", "mid").flags
    assert "buzzword-stack" not in score_bullet(
        "Cut p99 latency, memory, cost and cold start for 4 services, 12 models, 3 regions and 2 clouds by 30%",
        "infra", "mid").flags


def test_a_small_outcome_is_told_apart_from_none() -> None:
    small = score_bullet("Wrote the team's onboarding tutorial for the feature store, used by 40 engineers", "applied", "mid")
    assert "small-outcome" in {f.code for f in small.findings} and "no-outcome" not in {f.code for f in small.findings}
