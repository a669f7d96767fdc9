"""Session 66, round 212 (holdout671–673): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, table_found, three_year_table


def test_a_basis_counting_in_ten_thousands_at_a_price_for_each(tmp_path: Path) -> None:
    """苗种采购 54万元 │ 1800万粒×300元: 300元 for each 万粒, the line agrees (no B101); 64万元
    agrees with neither reading (B101)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "投放扇贝苗种", "≥", 1800, "万粒"],
        ["产出指标", "成本指标", "苗种采购单价", "≤", 300, "元/万粒"],
    ]
    for amount, expected in ((54, []), (64, [("error", "B10")])):
        below: list[list[Any]] = [
            ["资金明细（万元）", "金额", "测算依据"],
            ["苗种采购", amount, "1800万粒×300元"],
            ["筏架建设", 36, "120台×0.3万元"],
            ["合计", amount + 36],
        ]
        path = tmp_path / f"s{amount}.xlsx"
        found = table_found(path, rows, "扇贝养殖", "投放扇贝苗种1800万粒。", amount + 36, below)
        assert coded(found, "B101") == expected


def test_a_drill_held_and_the_drill_under_two_tier2s(tmp_path: Path) -> None:
    """开展海上应急演练 ≥6次 under 数量 and 海上应急演练 ≥6次 under 时效: one indicator (D103)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "开展海上应急演练", "≥", 6, "次"],
        ["产出指标", "质量指标", "培训考核合格率", "≥", 95, "%"],
        ["产出指标", "时效指标", "海上应急演练", "≥", 6, "次"],
    ]
    found = table_found(tmp_path / "d.xlsx", rows, "渔船安全", "培训船员600人次。", 40)
    assert [(code, cell) for code, _sev, cell in found if code[:3] == "D10"] == [("D103", "C9")]


def test_a_certificate_obtained_by_a_date(tmp_path: Path) -> None:
    """有机转换认证 │ 2028年12月底前取得: a deadline (no T102)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "示范茶园建设面积", "≥3000亩", "≥1000亩"],
        [None, "时效指标", "有机转换认证", "2028年12月底前取得", "2028年12月底前取得"],
    ]
    period = "建成示范茶园3000亩，2028年取得有机转换认证。"
    path = three_year_table(tmp_path / "c.xlsx", rows, period, "建成示范茶园1000亩。")
    assert not coded(found_at(path), "T102")


def test_a_count_of_head_said_without_its_shu(tmp_path: Path) -> None:
    """配种改良母驴头数 ≥800头 against the year's goal 配种改良母驴600头 (D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "繁育点建设个数", "≥9个", "≥3个"],
        [None, None, "配种改良母驴头数", "≥1800头", "≥800头"],
    ]
    period = "建改良驴繁育点9个，累计配种改良母驴1800头。"
    path = three_year_table(tmp_path / "h.xlsx", rows, period, "建繁育点3个，配种改良母驴600头。")
    assert coded(found_at(path), "D104") == [("warning", "E9")]


def test_the_next_things_count_after_a_name_said_without_its_shu(tmp_path: Path) -> None:
    """完成2座小型水库除险加固和11座山塘整治: the 11座 after 和 is the 山塘's, not the count of
    小型水库除险加固座数 =2座 (a guard on the reading of a name without its 座数: no D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "小型水库除险加固座数", "=", 2, "座"],
        ["产出指标", "数量指标", "山塘整治座数", "≥", 11, "座"],
    ]
    goal = "完成2座小型水库除险加固和11座山塘整治，汛期安全度汛。"
    found = table_found(tmp_path / "r.xlsx", rows, "水库除险", goal, 300)
    assert not coded(found, "D104")
