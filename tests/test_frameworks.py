from pathlib import Path

import pytest

from goalbook.frameworks import (
    FrameworkError,
    builtin_ids,
    clean_label,
    detect_framework,
    label_key,
    load_framework,
)


def test_builtins_cover_the_three_known_families() -> None:
    assert {"nat-2021", "old-nat", "shanghai", "gd-old"} <= set(builtin_ids())


def test_cost_is_tier1_in_2021_and_tier2_in_the_old_framework() -> None:
    new, old = load_framework("nat-2021"), load_framework("old-nat")
    assert new.find_tier1("成本指标") is not None
    assert old.find_tier1("成本指标") is None
    assert [t1.name for t1, _ in old.tier2_owners("成本指标")] == ["产出指标"]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("*产出指标（50分）", "产出指标"),
        (" 数量指标(或建筑规模指标)", "数量指标"),
        ("★质 量", "质量"),
    ],
)
def test_clean_label_strips_marks_points_and_alternatives(label: str, expected: str) -> None:
    assert clean_label(label) == expected


def test_short_and_long_spellings_share_a_key() -> None:
    assert label_key("数量") == label_key("数量指标")
    fw = load_framework("shanghai")
    t1 = fw.find_tier1("产出目标")
    assert t1 is not None and t1.find("数量指标") is not None


def test_aliases_from_real_tables() -> None:
    fw = load_framework("nat-2021")
    assert fw.find_tier1("效果指标") is fw.find_tier1("效益指标")
    benefit = fw.find_tier1("效益指标")
    assert benefit is not None
    found = benefit.find("环境效益指标")
    assert found is not None and found.name == "生态效益指标"


def test_detection_from_labels() -> None:
    sh = detect_framework(["投入与管理", "产出目标", "效果目标", "影响力目标"], ["数量"])
    assert sh.id == "shanghai"
    old = detect_framework(["产出指标", "效益指标", "满意度指标"], ["数量指标", "成本指标"])
    assert old.id == "old-nat"
    new = detect_framework(["产出指标", "成本指标", "效益指标"], ["数量指标"])
    assert new.id == "nat-2021"


def test_user_file_errors_name_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "fw.toml"
    bad.write_text('id = "mine"\nname = "x"\n\n[[tier1]]\nname = "甲"\n', encoding="utf-8")
    with pytest.raises(FrameworkError, match=r"fw.toml:5: .*tier2"):
        load_framework(bad)
    bad.write_text('id = "mine"\nname = [\n', encoding="utf-8")
    with pytest.raises(FrameworkError, match=r"fw.toml:2: .*TOML"):
        load_framework(bad)


def test_user_file_is_loaded(tmp_path: Path) -> None:
    good = tmp_path / "fw.toml"
    good.write_text(
        'id = "mine"\nname = "我的"\n[[tier1]]\nname = "产出"\n'
        'tier2 = [{ name = "数量", role = "quantity" }]\n',
        encoding="utf-8",
    )
    fw = load_framework(good)
    assert fw.id == "mine" and fw.tier1[0].tier2[0].role == "quantity"


def test_unknown_id_lists_the_known_ones() -> None:
    with pytest.raises(FrameworkError, match="nat-2021"):
        load_framework("nope")
