from __future__ import annotations

import pytest

from mlresume_gui.model import PRESENT, Bullet, Experience, ModelError, PartialDate, Resume
from mlresume_gui.model.codec import from_dict, to_dict


def test_round_trip_keeps_everything() -> None:
    r = Resume(experience=[Experience(company="X", start=PartialDate(2020, 3), end=PRESENT,
                                      bullets=[Bullet("did")])], target="infra")
    r.experience[0].extra["future_field"] = {"a": [1, 2]}
    r.extra["top_level_unknown"] = True
    back = from_dict(to_dict(r))
    assert back == r


def test_empty_values_are_not_written() -> None:
    data = to_dict(Resume())
    assert data == {}


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"experience": [{"start": "2020-13"}]}, "experience[0].start"),
        ({"experience": [{"bullets": [{"text": 3}]}]}, "experience[0].bullets[0].text"),
        ({"publications": [{"citations": "many"}]}, "publications[0].citations"),
        ({"publications": [{"workshop": "yes"}]}, "publications[0].workshop"),
        ({"skills": {"category": "x"}}, "skills"),
        ({"target": "quant"}, "target"),
        ({"basics": {"profiles": [{"url": 5}]}}, "basics.profiles[0].url"),
        ({"experience": [{"start": "2021", "end": "2019"}]}, "experience[0].end"),
        ({"publications": [{"citations": -1}]}, "publications[0].citations"),
    ],
)
def test_invalid_content_names_the_field(data: dict, field: str) -> None:
    with pytest.raises(ModelError) as err:
        from_dict(data)
    assert err.value.field == field


def test_duplicate_ids_are_rejected() -> None:
    data = {"experience": [{"id": "a1", "bullets": [{"id": "a1", "text": "x"}]}]}
    with pytest.raises(ModelError) as err:
        from_dict(data)
    assert "also used" in err.value.reason
