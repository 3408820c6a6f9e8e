"""Every resume-level finding of SPEC §4: raised when it should be, quiet when it should not."""

from __future__ import annotations

import datetime as dt

from mlresume_gui.model import (
    Bullet,
    Competition,
    Education,
    Experience,
    PartialDate,
    Publication,
    Resume,
    SkillGroup,
)
from mlresume_gui.model.dates import PRESENT
from mlresume_gui.scoring.resume import ResumeScorer

TODAY = dt.date(2026, 6, 1)
NAME = "Jane Doe"

APPLIED = [
    "Shipped a two-tower retrieval model to 45M users; lifted CTR 2.4% in an A/B test (n=9M sessions over 4 weeks)",
    "Deployed a fraud classifier in production on 1.8B transactions; raised recall from 62% to 71%",
    "Launched real-time personalization for the home feed; cut p99 latency from 80 ms to 12 ms",
]
RESEARCH = [
    "First author of a NeurIPS 2024 paper introducing sparse attention for long-context retrieval; SOTA on BEIR",
    "Proposed a contrastive pretraining method; +3.2 points on MMLU over the baseline (ICML 2023)",
    "Ran ablations over 40 model variants to explain scaling behaviour of retrieval transformers",
]
FULL_SKILLS = [
    SkillGroup("Languages", ["Python", "SQL", "C++", "CUDA"]),
    SkillGroup("ML Frameworks", ["PyTorch", "JAX", "scikit-learn", "XGBoost", "Hugging Face Transformers"]),
    SkillGroup("Distributed", ["PyTorch FSDP", "DeepSpeed", "Megatron-LM"]),
    SkillGroup("Serving", ["vLLM", "Triton", "TorchServe", "TensorRT"]),
    SkillGroup("Data", ["PySpark", "Pandas", "dbt", "Snowflake"]),
    SkillGroup("Cloud", ["AWS", "GCP", "Kubernetes", "Docker"]),
    SkillGroup("ML Infra", ["MLflow", "Weights & Biases", "Feature store", "Model monitoring"]),
    SkillGroup("Hardware", ["NCCL", "InfiniBand", "GPU architecture"]),
    SkillGroup("Research areas", ["NLP", "Reinforcement learning", "Representation learning"]),
    SkillGroup("Evaluation", ["A/B testing", "Offline evaluation"]),
]


def pub(title: str, venue: str, *, first: bool = True, citations: int | None = None, workshop: bool = False) -> Publication:
    authors = [NAME, "A. Smith"] if first else ["A. Smith", NAME]
    return Publication(title=title, authors=authors, venue=venue, date=PartialDate(2023),
                       citations=citations, workshop=workshop)


def resume(bullets: list[str], *, target: str, seniority: str = "senior", pubs: list[Publication] = (),
           phd: bool = False, skills: list[SkillGroup] | None = None) -> Resume:
    r = Resume(target=target, seniority=seniority)
    r.basics.name = NAME
    r.experience.append(Experience(company="Acme", title="ML Engineer", start=PartialDate(2020), end=PRESENT,
                                   bullets=[Bullet(t) for t in bullets]))
    r.publications = list(pubs)
    if phd:
        r.education.append(Education(institution="MIT", degree="PhD", field="Computer Science"))
    r.skills = list(FULL_SKILLS if skills is None else skills)
    return r


def codes(r: Resume, target: str | None = None) -> dict[str, object]:
    return {f.code: f for f in ResumeScorer(r, target, today=TODAY).resume_findings}


NEURIPS = [pub(f"Sparse attention for long-context retrieval part {i}", "NeurIPS 2023", citations=40) for i in range(8)]


def test_research_only_for_applied() -> None:
    assert "research-only-for-applied" in codes(resume(RESEARCH, target="applied", pubs=NEURIPS))
    assert "research-only-for-applied" not in codes(resume(APPLIED + RESEARCH, target="applied", pubs=NEURIPS))
    assert "research-only-for-applied" not in codes(resume(RESEARCH, target="research", pubs=NEURIPS))


def test_long_publication_list_on_applied_or_infra() -> None:
    for target in ("applied", "infra"):
        f = codes(resume(APPLIED, target=target, pubs=NEURIPS))["long-publication-list"]
        assert f.item_id == NEURIPS[0].id
    assert "long-publication-list" not in codes(resume(APPLIED, target="applied", pubs=NEURIPS[:2]))
    assert "long-publication-list" not in codes(resume(RESEARCH, target="research", pubs=NEURIPS))


def test_no_publications_for_research() -> None:
    found = codes(resume(RESEARCH, target="research"))
    assert found["no-publications-for-research"].severity == "error"
    blog = [pub("Scaling our feature store", "Engineering Blog")]
    assert "no-publications-for-research" in codes(resume(RESEARCH, target="research", pubs=blog))
    assert "no-publications-for-research" not in codes(resume(RESEARCH, target="research", pubs=NEURIPS[:1]))


def test_no_citation_signal_for_senior_researcher() -> None:
    bare = [pub("Sparse attention for retrieval", "ICML 2023"), pub("Retrieval at scale", "NeurIPS 2022")]
    assert "no-citation-signal" in codes(resume(RESEARCH, target="research", pubs=bare))
    assert "no-citation-signal" not in codes(resume(RESEARCH, target="research", pubs=bare, seniority="junior"))
    cited = [pub("Sparse attention for retrieval", "ICML 2023", citations=120)]
    assert "no-citation-signal" not in codes(resume(RESEARCH, target="research", pubs=cited))
    r = resume(RESEARCH, target="research", pubs=bare)
    r.summary = "Research scientist; 1,400 citations, h-index 15."
    assert "no-citation-signal" not in codes(r)


def test_scattered_research_themes() -> None:
    scattered = [
        pub("Speech recognition for low-resource languages", "Interspeech 2021", citations=10),
        pub("Robot grasping with tactile sensing", "CoRL 2022", citations=10),
        pub("Regret bounds for convex bandits", "COLT 2022", citations=10),
        pub("Clinical risk prediction from EHR", "MICCAI 2023", citations=10),
    ]
    assert "scattered-research-themes" in codes(resume(RESEARCH, target="research", pubs=scattered))
    focused = [pub(f"Retrieval-augmented language models, study {i}", "ACL 2023", citations=10) for i in range(4)]
    assert "scattered-research-themes" not in codes(resume(RESEARCH, target="research", pubs=focused))


def test_phd_not_leading_applied() -> None:
    r = resume(RESEARCH + APPLIED, target="applied", phd=True, pubs=NEURIPS[:3])
    f = codes(r)["phd-not-leading-applied"]
    assert f.item_id == r.experience[0].bullets[0].id
    assert "phd-not-leading-applied" not in codes(resume(APPLIED + RESEARCH, target="applied", phd=True))
    assert "phd-not-leading-applied" not in codes(resume(RESEARCH + APPLIED, target="applied"))


def test_no_owned_deployment() -> None:
    support = ["Contributed to the ranking team's feature pipelines in PySpark over 2B rows",
               "Helped evaluate retrieval models on a 5K-query held-out set"]
    f = codes(resume(support, target="applied"))["no-owned-deployment"]
    assert f.severity == "warning" and "platform" in f.suggestion
    assert codes(resume(support, target="infra"))["no-owned-deployment"].severity == "info"
    assert "no-owned-deployment" not in codes(resume(APPLIED, target="applied"))
    assert "no-owned-deployment" not in codes(resume(support, target="research", pubs=NEURIPS[:2]))


def test_thin_skills() -> None:
    thin = [SkillGroup("Skills", ["Python", "PyTorch"])]
    r = resume(APPLIED, target="infra", skills=thin)
    f = codes(r)["thin-skills"]
    assert f.item_id == r.skills[0].id and "Serving" in f.suggestion
    assert " an infrastructure stack" in f.message.lower() or " an ml infrastructure" in f.message.lower()
    assert " a infra" not in f.message.lower()
    assert "thin-skills" not in codes(resume(APPLIED, target="infra"))
    assert "thin-skills" in codes(resume(APPLIED, target="applied", skills=[]))


def test_competitions_without_context() -> None:
    r = resume(APPLIED, target="applied")
    bare = Competition(name="", platform="Kaggle", bullets=[Bullet("Top 5% in a Kaggle competition")])
    full = Competition(name="Home Credit Default Risk", platform="Kaggle", placement="14th", teams=7176,
                       approach="Stacked LightGBM and neural nets")
    r.competitions = [bare, full]
    found = [f for f in ResumeScorer(r, today=TODAY).resume_findings if f.code == "competitions-without-context"]
    assert [f.item_id for f in found] == [bare.id]
    assert found[0].severity == "warning"
    research = [f for f in ResumeScorer(r, "research", today=TODAY).resume_findings
                if f.code == "competitions-without-context"]
    assert research[0].severity == "info"


def test_a_competition_needs_a_placement_or_its_field_size_not_both() -> None:
    r = resume(APPLIED, target="applied")
    placed = Competition(name="M5 Forecasting Accuracy", platform="Kaggle", placement="3rd",
                         approach="LightGBM with tweedie loss")
    fielded = Competition(name="Santa 2023", platform="Kaggle", bullets=[Bullet("Among 1,900 teams")],
                          approach="simulated annealing over permutations")
    neither = Competition(name="Santa 2022", platform="Kaggle", approach="beam search")
    r.competitions = [placed, fielded, neither]
    found = [f for f in ResumeScorer(r, today=TODAY).resume_findings if f.code == "competitions-without-context"]
    assert [f.item_id for f in found] == [neither.id]
    assert "placement" in found[0].message


def test_buzzword_skills() -> None:
    skills = [*FULL_SKILLS, SkillGroup("Expertise", ["LLM", "GenAI", "RAG", "Fine-tuning", "Python"])]
    r = resume(APPLIED, target="applied", skills=skills)
    assert codes(r)["buzzword-skills"].item_id == skills[-1].id
    assert "buzzword-skills" not in codes(resume(APPLIED, target="applied"))


def test_tutorial_as_work_on_senior_resume() -> None:
    text = "Implemented a Transformer from scratch following an online tutorial"
    r = resume([*APPLIED, text], target="applied")
    assert codes(r)["tutorial-as-work"].item_id == r.experience[0].bullets[-1].id
    assert "tutorial-as-work" not in codes(resume([*APPLIED, text], target="applied", seniority="student"))


def test_a_strong_applied_resume_is_clean() -> None:
    assert codes(resume(APPLIED, target="applied")) == {}


def test_findings_are_sorted_worst_first() -> None:
    r = resume(["Helped with data"], target="research", skills=[])
    sev = [f.severity for f in ResumeScorer(r, today=TODAY).resume_findings]
    order = {"error": 0, "warning": 1, "info": 2}
    assert sev == sorted(sev, key=order.get) and sev[0] == "error"


def _findings(r: Resume) -> list:
    return ResumeScorer(r, today=TODAY).resume_findings


def test_competition_claims_written_as_awards_need_their_context() -> None:
    from mlresume_gui.model import Award

    for title in ("Top 5% in 3 Kaggle competitions", "Silver medal in a Kaggle NLP competition",
                  "Kaggle Competitions Master"):
        r = resume(APPLIED, target="applied", skills=FULL_SKILLS)
        r.awards.append(Award(title=title))
        found = [f for f in _findings(r) if f.code == "competitions-without-context"]
        assert found, title
        f = found[0]
        assert f.item_id == r.awards[0].id and f.field == "title" and 0 <= f.start < f.end <= len(title)
    r = resume(APPLIED, target="applied", skills=FULL_SKILLS)
    r.awards.append(Award(title="3rd of 2,100 teams in a Kaggle retail forecasting competition with a LightGBM ensemble"))
    r.awards.append(Award(title="Best paper award, workshop on efficient inference"))
    assert "competitions-without-context" not in codes(r)


def test_citations_given_in_a_publication_summary_count() -> None:
    pubs = [pub("Sparse attention for long-context retrieval", "NeurIPS 2024"),
            pub("Retrieval-augmented decoding", "ICML 2023")]
    r = resume(RESEARCH, target="research", pubs=pubs)
    assert "no-citation-signal" in codes(r)
    r.publications[0].summary = "Cited 540 times"
    assert "no-citation-signal" not in codes(r)
    r.publications[0].summary = ""
    r.publications[1].extra["note"] = "oral; 210 citations"
    assert "no-citation-signal" not in codes(r)


def test_papers_over_unrelated_themes_are_scattered_and_point_at_one() -> None:
    scattered = [pub("Convergence bounds for federated optimization", "NeurIPS 2022"),
                 pub("Lesion segmentation in abdominal CT", "MICCAI 2021"),
                 pub("Prosody transfer for expressive speech synthesis", "Interspeech 2020"),
                 pub("Tactile feedback for robotic grasping", "ICRA 2023")]
    r = resume(RESEARCH, target="research", pubs=scattered)
    f = next(f for f in _findings(r) if f.code == "scattered-research-themes")
    assert f.item_id in {p.id for p in r.publications} and f.field == "title"


def test_competition_claims_in_bullets_need_their_context() -> None:
    from mlresume_gui.model import Project

    r = resume(APPLIED, target="applied", skills=FULL_SKILLS)
    claim = "Top 4% in 2 Kaggle competitions"
    r.projects.append(Project(name="Competitions", bullets=[Bullet(claim)]))
    found = [f for f in _findings(r) if f.code == "competitions-without-context"]
    assert found and found[0].item_id == r.projects[0].bullets[0].id and found[0].field == "text"
    assert 0 <= found[0].start < found[0].end <= len(claim)
    r.projects[0].bullets[0].text = "Placed 3rd of 2,100 teams in a Kaggle retail forecasting competition with a LightGBM ensemble"
    assert "competitions-without-context" not in codes(r)


def test_a_citation_signal_gives_its_number() -> None:
    pubs = [pub("Sparse attention for long-context retrieval", "NeurIPS 2024"),
            pub("Retrieval-augmented decoding", "ICML 2023")]
    r = resume([*RESEARCH, "Our retriever is cited as the reference design in the product docs"], target="research",
               pubs=pubs)
    assert "no-citation-signal" in codes(r)
    r.summary = "Retrieval research; h-index 19 on Google Scholar"
    assert "no-citation-signal" not in codes(r)
    r.summary = ""
    r.publications[1].summary = "Over 900 cites"
    assert "no-citation-signal" not in codes(r)


def test_a_citation_count_spelt_in_words_counts() -> None:
    pubs = [pub("Sparse attention for long-context retrieval", "NeurIPS 2024"),
            pub("Retrieval-augmented decoding", "ICML 2023")]
    r = resume(RESEARCH, target="research", pubs=pubs)
    for said in ("Some eight hundred citations; the default in two toolkits", "about two thousand citations",
                 "a few hundred citations so far"):
        r.publications[0].summary = said
        assert "no-citation-signal" not in codes(r), said


def test_a_deployment_owned_in_the_present_tense_or_taken_to_production_counts() -> None:
    for bullet in ("Own the ETA model in production, cutting late arrivals 12%",
                   "Took the fraud model to production for 9M cardholders; chargebacks fell by a third",
                   "Put the pricing model live in 14 cities, raising margin 1.8 points"):
        r = resume([bullet], target="applied")
        assert "no-owned-deployment" not in codes(r), bullet
    assert "no-owned-deployment" in codes(resume(["Took part in the launch of the pricing model"], target="applied"))


def test_a_deployment_owned_is_one_of_machine_learning() -> None:
    services = ["Developed order-tracking APIs in Go serving 3M requests a day; p99 latency fell from 310 ms to 90 ms",
                "Built the upload service behind the labelling queue; it handles 40k photos a day at 99.95% uptime"]
    assert "no-owned-deployment" in codes(resume(services, target="applied"))
    for bullet in ("Deployed a churn classifier serving 3M requests a day; p99 latency fell from 310 ms to 90 ms",
                   "Launched home-feed personalization to 2M users; sessions rose 4% in an A/B test",
                   "Shipped Llama 3 summaries of support tickets to 600 agents; handle time fell by a fifth"):
        assert "no-owned-deployment" not in codes(resume([*services, bullet], target="applied")), bullet


def test_themes_are_read_from_summaries_and_cover_fields_beyond_ml() -> None:
    from mlresume_gui.model.document import Publication

    r = resume(APPLIED, target="research")
    r.publications = [
        Publication(title="Rotamer Diffusion for Side-Chain Packing", venue="ICML 2024"),
        Publication(title="Learning to Shade Bids", venue="EC 2023", summary="Repeated first-price auctions."),
        Publication(title="Band-Split Recurrence for Causal Enhancement", venue="ICASSP 2023"),
        Publication(title="Reserve Prices Under Autobidding", venue="WWW 2022"),
    ]
    assert "scattered-research-themes" in codes(r)
    r.publications = [p for p in r.publications if "Rotamer" not in p.title and "Band" not in p.title]
    assert "scattered-research-themes" not in codes(r)


def test_papers_sharing_a_word_of_their_own_tell_one_story() -> None:
    from mlresume_gui.model.document import Publication

    r = resume(APPLIED, target="research")
    r.publications = [
        Publication(title="Trained Eviction Policies for KV Caches", venue="ICLR 2025"),
        Publication(title="Chunked Linear Attention for Long-Context Pretraining", venue="NeurIPS 2024"),
        Publication(title="Quantized Key-Value Caches without Calibration", venue="ACL 2024"),
        Publication(title="Routing Attention for Long Documents", venue="ICML 2022"),
        Publication(title="Low-Rank Factorized Attention Revisited", venue="EMNLP 2021"),
    ]
    assert "scattered-research-themes" not in codes(r)


def test_a_competition_whose_name_carries_its_placement_field_and_approach_has_its_context() -> None:
    r = resume(APPLIED, target="applied")
    r.competitions = [Competition(
        name="5th of 3,100 teams in the Kaggle Port Congestion Forecasting competition with a graph network "
             "and LightGBM ensemble", platform="Kaggle")]
    assert "competitions-without-context" not in codes(r)
    r.competitions = [Competition(name="Kaggle Port Congestion Forecasting", platform="Kaggle")]
    assert "competitions-without-context" in codes(r)
