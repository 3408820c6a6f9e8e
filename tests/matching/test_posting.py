"""Term extraction from job postings: structure, cue words, negation, examples, boilerplate."""

from __future__ import annotations

from mlresume_gui.matching import analyse, posting_from_text


def terms(text: str) -> dict[str, bool]:
    return {t.term: t.required for t in analyse(posting_from_text(text)).terms}


def test_headings_decide_required_and_preferred() -> None:
    got = terms("Minimum qualifications\n- Experience with PyTorch\n\nNice to have\n- Familiarity with JAX\n")
    assert got == {"PyTorch": True, "JAX": False}


def test_a_cue_in_parentheses_speaks_for_them_only() -> None:
    got = terms("Requirements\n- Running ML workloads in production on a major cloud (AWS preferred)\n")
    assert got == {"Machine learning": True, "AWS": False}


def test_unlisted_headings_by_their_words() -> None:
    got = terms("Additional requirements:\n- Terraform\nExtra things that help:\n- Helm\n"
                "Perks at Zentrix:\n- Free Kubernetes training\n")
    assert got == {"Terraform": True, "Helm": False}


def test_synonyms_give_canonical_names() -> None:
    got = terms("Requirements:\n- Production experience with k8s and FSDP\n- sklearn\n")
    assert got == {"Kubernetes": True, "PyTorch FSDP": True, "scikit-learn": True}


def test_negated_requirement_is_not_a_term() -> None:
    got = terms("What you need\n- You do not need a PhD, but strong Python is a must\n- A PhD is not required.\n")
    assert got == {"Python": True}


def test_negated_but_welcome_is_preferred() -> None:
    assert terms("Requirements\n- Publications are not required, but a plus\n") == {"Research publications": False}


def test_umbrella_required_examples_preferred() -> None:
    got = terms("Requirements\n- Experience with LLM serving, e.g. vLLM or SGLang\n")
    assert got == {"Model serving": True, "vLLM": False, "SGLang": False}
    got = terms("Requirements\n- Distributed training of large models (DeepSpeed or FSDP)\n")
    assert got == {"Distributed training": True, "DeepSpeed": False, "PyTorch FSDP": False}


def test_cue_words_in_prose_without_headings() -> None:
    got = terms("We are looking for an engineer with strong experience in Airflow. "
                "Familiarity with dbt is a plus. Our office has great snacks.")
    assert got == {"Airflow": True, "dbt": False}


def test_unknown_technologies_by_shape() -> None:
    got = terms("Requirements\n- Experience with ClickHouse, H100 clusters and node.js\n")
    assert {"ClickHouse", "H100", "node.js"} <= set(got)


def test_boilerplate_company_soft_skills_never_terms() -> None:
    text = ("Senior ML Engineer\nAbout Zentrix\nZentrix builds PyTorch tools for XYZ teams.\n"
            "Requirements\n- Excellent communication and teamwork\n- 3+ years of Python\n"
            "Benefits\n- 401(k), dental, equity and PTO\n"
            "Zentrix is an equal opportunity employer regardless of race or disability.\n"
            "Salary range: $150,000 - $200,000 per year. Location: Remote (US), CA, NYC\n")
    assert terms(text) == {"Python": True}


def test_degree_list_asks_for_the_lowest_and_fields_are_not_skills() -> None:
    assert terms("Qualifications\n- MS or PhD in statistics, NLP or a related field\n") == {"Master's degree": True}
    assert terms("Qualifications\n- BS/MS in Computer Science\n") == {"Bachelor's degree": True}


def test_milliseconds_are_not_a_degree() -> None:
    assert "Master's degree" not in terms("Requirements\n- Serving at 50 ms p99 with Triton\n")


def test_html_page_furniture_is_dropped() -> None:
    html = ("<html><head><title>ML Engineer | Careers at Zentrix</title></head><body>"
            "<div class='cookie-banner'>We use cookies from HubSpot. <button>Accept All</button></div>"
            "<nav><a>Home</a><a>SignalR</a></nav><main><h1>ML Engineer</h1><h2>Requirements</h2>"
            "<ul><li>Experience with Kubernetes</li></ul><h2>Nice to have</h2><ul><li>Ray</li></ul></main>"
            "<footer>© Zentrix GmbH · Privacy · WebSocket</footer></body></html>")
    assert terms(html) == {"Kubernetes": True, "Ray": False}


def test_wrapped_pdf_lines_are_joined() -> None:
    from mlresume_gui.matching.lines import PostingLine
    from mlresume_gui.matching.source import Posting

    lines = [PostingLine("Preferred qualifications", True), PostingLine("• Experience with Kubeflow or", None, True),
             PostingLine("Airflow is a plus"), PostingLine("Requirements", True), PostingLine("• Docker")]
    got = {t.term: t.required for t in analyse(Posting(lines)).terms}
    assert got == {"Kubeflow": False, "Airflow": False, "Docker": True}


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(["Requirements:", "Nice to have", "- ", "• ", "PyTorch", "k8s", "e.g.", "(", ")",
                           "not required", "a plus", "<li>", "</li>", "<h2>", "</h2>", "<div class='cookie'>",
                           "MS/PhD in", "ClickHouse", "\n", " ", ",", ";", "but", "such as", "Zentrix is an equal"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=60))
def test_any_text_gives_terms_without_error(parts: list[str]) -> None:
    req = analyse(posting_from_text("".join(parts)))
    names = [t.term.casefold() for t in req.terms]
    assert len(names) == len(set(names))  # each term once
    assert all(t.kind in {"skill", "responsibility", "qualification"} for t in req.terms)
