"""What the thirty-second blind round and the misses left from earlier rounds showed, on invented
returns: a standard per person and year (1000元/人·年, 元/人/年) is paid once a year for each of
the people the table counts, one per household once for each household, one per 亩 for the area
named for its payment; a count given twice is paid at the lesser; a page's foot under an export's
projects is no project; a cut in a waiting time is a percentage; a base or an institution kept
is a lasting effect."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.returns import found_at, save_sheet


def _save(tmp_path: Path, rows: list[list[Any]], merges: tuple[str, ...] = ()) -> Path:
    return save_sheet(tmp_path / "return.xlsx", rows, merges)


def _meal_aid(standard: str, budget: float) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "山前区学生营养餐补助", "年度资金总额（万元）", budget],
        ["年度绩效目标", "为农村义务教育阶段学生提供营养餐补助。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["成本指标", "经济成本指标", "营养餐补助标准", standard],
        ["产出指标", "数量指标", "受益学生人数", "≥3600人"],
        [None, "质量指标", "食品安全抽检合格率", "≥98%"],
        ["效益指标", "社会效益指标", "学生在校就餐率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"],
    ]


@pytest.mark.parametrize("unit", ["元/人·年", "元/人/年", "元/年·人"])
@pytest.mark.parametrize(("budget", "flagged"), [(300, True), (400, False)])
def test_a_standard_per_person_and_year_is_paid_for_each_person_once(
    tmp_path: Path, unit: str, budget: float, flagged: bool
) -> None:
    # 1000元 × 3600人 = 360万元: above 300万元, within 400万元
    path = _save(tmp_path, _meal_aid(f"≤1000{unit}", budget), ("A6:A7",))
    found = [f for f in found_at(path) if f[0] == "B107"]
    assert found == ([("B107", "warning", "D5")] if flagged else [])


def test_a_standard_per_person_and_month_is_paid_twelve_times(tmp_path: Path) -> None:
    # 100元/人/月 × 3600人 × 12 = 432万元: above 400万元 (the count named after the standard)
    rows = _meal_aid("≤100元/人/月", 400)
    rows[5][2] = "享受营养餐补助学生人数"
    path = _save(tmp_path, rows, ("A6:A7",))
    found = [f for f in found_at(path) if f[0] == "B107"]
    assert found == [("B107", "warning", "D5")]


def test_a_cap_on_an_average_cost_per_person_and_year_is_no_standard_paid(
    tmp_path: Path,
) -> None:
    # 人均药品费用 ≤1000元/人/年: what care costs on average, not a sum paid to each of the
    # 3600 people of another count
    rows = _meal_aid("≤1000元/人/年", 300)
    rows[4][2] = "人均药品费用"
    path = _save(tmp_path, rows, ("A6:A7",))
    assert [f for f in found_at(path) if f[0] == "B107"] == []


def test_a_standard_per_person_is_paid_for_a_count_given_twice_not_for_a_rate(
    tmp_path: Path,
) -> None:
    # 1200元/人 × 1800人 (the lesser of 2000 and 1800, D102's) = 216万元 > 180万元; the rate given
    # as 1800人 is no count of people
    rows = _meal_aid("1200元/人", 180)
    rows[4][2] = "人均培训补助标准"
    rows[5] = [None, "数量指标", "培训高素质农民人数", "≥2000人"]
    rows[6] = [None, "质量指标", "学员培训合格率", "≥1800人"]
    rows.insert(6, [None, None, "培训高素质农民人数", "≥1800人"])
    path = _save(tmp_path, rows, ("A6:A8", "B6:B7"))
    assert ("B107", "warning", "D5") in found_at(path)


@pytest.mark.parametrize(
    ("name", "value", "flagged"),
    [
        ("户均补助标准", "≤2.5万元/户", True),  # 2.5万元 × 60户 = 150万元 > 120万元
        ("危房改造补助标准", "2.5万元/户", True),
        ("户均改造成本", "≤2.5万元/户", False),  # an average cost, which others may pay too
        ("户均增收", "≥2.5万元/户", False),  # a gain, no payment
    ],
)
def test_a_standard_per_household_is_paid_once_for_each_household(
    tmp_path: Path, name: str, value: str, flagged: bool
) -> None:
    rows = [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "溪口县农村危房改造补助", "年度资金总额（万元）", 120],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "危房改造户数", "≥60户"],
        [None, "质量指标", "竣工验收合格率", "100%"],
        [None, "成本指标", name, value],
        ["效益指标", "社会效益指标", "住房安全保障率", "100%"],
        ["满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%"],
    ]
    found = [f for f in found_at(_save(tmp_path, rows, ("A4:A6",))) if f[0] == "B107"]
    assert found == ([("B107", "warning", "D6")] if flagged else [])


def test_a_standard_per_mu_is_paid_for_the_area_named_for_its_subsidy(tmp_path: Path) -> None:
    # 120元/亩 × 5.6万亩 (补贴计税耕地面积, not 耕地撂荒面积 300亩) = 672万元 > 600万元
    rows = [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "耕地地力保护补贴", "年度资金总额（万元）", 600],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "补贴计税耕地面积", "≥5.6万亩"],
        [None, "成本指标", "亩均补贴标准", "≤120元/亩"],
        ["效益指标", "社会效益指标", "耕地撂荒面积", "≤300亩"],
        ["满意度指标", "服务对象满意度指标", "补贴农户满意度", "≥90%"],
    ]
    found = [f for f in found_at(_save(tmp_path, rows, ("A4:A5",))) if f[0] == "B107"]
    assert found == [("B107", "warning", "D5")]


def test_a_page_foot_under_an_exports_project_is_no_project_of_its_own(tmp_path: Path) -> None:
    rows = [
        ["2026年部门项目支出绩效目标表"],
        ["单位名称：溪口县生态环境局"],
        ["项目代码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["430102-26-0031", "空气自动监测站运维", "保障监测站稳定运行。", "产出指标", "数量指标",
         "运维监测站点数量", "14个"],
        [None, None, None, None, "质量指标", "监测数据有效率", "≥95%"],
        [None, None, None, "效益指标", "社会效益指标", "空气质量信息按时公开率", "100%"],
        [None, None, None, "满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%"],
        [],
        ["打印时间：2026-02-14 10:32:18", None, None, None, None, "第1页 共1页"],
    ]  # fmt: skip
    path = _save(tmp_path, rows, ("A4:A7", "B4:B7", "C4:C7", "D4:D5"))
    from goalbook.reader import read_tables

    tables = read_tables(path)
    assert [len(t.indicators) for t in tables] == [4]
    assert not [f for f in found_at(path) if f[1] == "error"]


@pytest.mark.parametrize(
    ("name", "flagged"), [("就医等候时间缩短", False), ("就医平均等候时间", True)]
)
def test_a_cut_in_a_waiting_time_is_a_percentage(tmp_path: Path, name: str, flagged: bool) -> None:
    rows = _meal_aid("≤1000元/人", 400)
    rows[7][2], rows[7][3] = name, "≥20%"
    found = [f for f in found_at(_save(tmp_path, rows, ("A6:A7",))) if f[0] == "T113"]
    assert bool(found) is flagged


@pytest.mark.parametrize(
    ("name", "value", "flagged"),
    [
        ("校企合作培训基地", "≥6个", False),  # the capacity left: a lasting effect
        ("定点培训机构数", "≥3个", False),
        ("省级以上创新平台数量", "≥2个", False),
        ("举办培训班期数", "≥6期", True),  # an activity delivered: an output
    ],
)
def test_a_base_or_an_institution_kept_is_a_lasting_effect(
    tmp_path: Path, name: str, value: str, flagged: bool
) -> None:
    rows = _meal_aid("≤1000元/人", 400)
    rows.insert(8, [None, "可持续影响指标", name, value])
    found = [f for f in found_at(_save(tmp_path, rows, ("A6:A7", "A8:A9"))) if f[0] == "F201"]
    assert bool(found) is flagged


@pytest.mark.parametrize(
    ("value", "unit", "flagged"),
    [
        ("≥95%\n（省考核）", "%", False),  # a note on its own line in the cell
        ("≥95%（省考核）", "%", False),
        ("≤0.8万元", "万元/场", False),  # the money of a standard per thing, cut short
        ("≤1500元", "元/人", False),
        ("≥12万元", "人", True),  # another unit
    ],
)
def test_a_unit_column_agrees_with_a_value_noted_or_cut_short(
    tmp_path: Path, value: str, unit: str, flagged: bool
) -> None:
    rows = [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "云台区群众文化活动", "年度资金总额（万元）", 60],
        ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
        ["产出指标", "数量指标", "送戏下乡场次", "≥60", "场"],
        [None, "质量指标", "演出场次单场成本", value, unit],
        ["效益指标", "社会效益指标", "观众人次", "≥3", "万人次"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90", "%"],
    ]
    found = [f for f in found_at(_save(tmp_path, rows, ("A4:A5",))) if f[0] == "T112"]
    assert bool(found) is flagged


def _provincial(
    rows_of_money: list[list[Any]], period: str = "3年（2026—2028年）"
) -> list[list[Any]]:
    return [
        ["2026年度省级专项资金项目绩效目标申报表"],
        ["项目名称", "全民健身设施补短板省级专项资金", "主管部门", "岚溪省体育局"],
        ["实施期", period, "计划开始日期", "2026-01-01", "计划完成日期", "2028-12-31"],
        [
            "项目资金（万元）",
            "资金来源",
            "实施期资金总额",
            "2026年（年度资金）",
            "2027年",
            "2028年",
        ],
        *rows_of_money,
        ["一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"],
        ["产出指标", "数量指标", "新建体育公园", "≥18个", "≥6个"],
        [None, "质量指标", "工程验收合格率", "100%", "100%"],
        ["效益指标", "社会效益指标", "群众健身参与率", "≥45%", "≥40%"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥90%"],
    ]


@pytest.mark.parametrize(
    ("sources", "flagged"),
    [
        # a second source under 其中 the layout does not know: the sources add up
        ([["其中：省级财政资金", 6000, 2400, 2000, 1600], ["市县配套资金", 1500, 600, 500, 400]],
         []),
        # two such sources: their parts are not judged
        ([["其中：省级财政资金", 6000, 2400, 2000, 1600], ["失业保险基金", 900, 300, 300, 300],
          ["彩票公益金", 600, 300, 200, 100]], []),
        # a row whose years do not add up to its 实施期 total (and the sources to the whole)
        ([["其中：省级财政资金", 6200, 2400, 2000, 1600], ["市县配套资金", 1500, 600, 500, 400]],
         ["C6"]),
        ([["其中：省级财政资金", 6000, 2400, 2000, 1600], ["市县配套资金", 1600, 600, 500, 400]],
         ["C7"]),
    ],
)  # fmt: skip
def test_a_year_block_reads_its_sources_and_its_period_total(
    tmp_path: Path, sources: list[list[Any]], flagged: list[str]
) -> None:
    rows = _provincial([[None, "资金总额", 7500, 3000, 2500, 2000], *([None, *s] for s in sources)])
    found = found_at(_save(tmp_path, rows))
    assert [f[2] for f in found if f[0] == "B101"] == flagged
    assert not [f for f in found if f[1] == "error" and f[0] != "B101"]


@pytest.mark.parametrize(("end", "flagged"), [("2028-12-31", False), ("2027-12-31", True)])
def test_a_plan_date_outside_the_period_stated_in_years(
    tmp_path: Path, end: str, flagged: bool
) -> None:
    rows = _provincial(
        [[None, "资金总额", 7500, 3000, 2500, 2000], ["其中：财政拨款", 7500, 3000, 2500, 2000]]
    )
    rows[2][5] = end
    found = [f for f in found_at(_save(tmp_path, rows)) if f[0] == "Y101"]
    assert found == ([("Y101", "warning", "F3")] if flagged else [])


def _pasted(rows_below: list[list[Any]]) -> list[list[Any]]:
    """A table pasted from Word: tiers joined in one cell, 预期目标 merged over value │ unit."""
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "柘溪市职业技能提升培训", "年度资金总额（万元）", 360],
        ["指标类别", "三级指标", "比较符", "预期目标", None, "填报说明"],
        ["产出指标-数量指标", "开展职业技能培训班", "≥", 40, "期"],
        ["产出指标-数量指标", "培训人数※", "≥", "2 000", "人", "含线上"],
        ["产出指标-质量指标", "培训考核合格率", "≥", 90, "%"],
        ["产出指标-时效指标", "培训补贴发放时限", "≤", 30, "个工作日", "自受理起"],
        ["效益指标-社会效益指标", "参训人员就业率", "≥", 60, "%"],
        ["满意度指标-服务对象满意度指标", "参训学员满意度", "≥", 90, "%"],
        *rows_below,
    ]


def test_a_unit_in_the_cell_beside_the_value_under_one_merged_head(tmp_path: Path) -> None:
    path = _save(tmp_path, _pasted([]), ("D3:E3",))
    found = found_at(path)
    assert not [f for f in found if f[0] in ("T104", "T105")]  # each unit read beside its value
    unmerged = [f for f in found_at(_save(tmp_path, _pasted([]))) if f[0] == "T104"]
    assert unmerged  # (not merged: the column beside is no unit column the head names)


@pytest.mark.parametrize("note", ["※ 培训人数以系统登记为准。", "※培训人数含线上"])
def test_a_footnote_opened_by_a_reference_mark_is_no_indicator(tmp_path: Path, note: str) -> None:
    found = found_at(_save(tmp_path, _pasted([[note]]), ("D3:E3",)))
    assert not [f for f in found if f[2] == "A10"]


def test_a_name_numbered_with_a_circled_digit_is_no_value(tmp_path: Path) -> None:
    rows = _pasted([])
    rows[3][1] = "③技能培训"
    found = found_at(_save(tmp_path, rows, ("D3:E3",)))
    assert not [f for f in found if f[0] == "S101"]


def test_a_policy_made_public_is_a_state(tmp_path: Path) -> None:
    rows = _pasted([])
    rows[7] = ["效益指标-社会效益指标", "补贴政策公开公示", "定性", "全面公开", None]
    found = found_at(_save(tmp_path, rows, ("D3:E3",)))
    assert not [f for f in found if f[0] == "T102"]


@pytest.mark.parametrize(("second", "flagged"), [(250, False), (280, True)])
def test_a_sources_block_of_label_amount_pairs_adds_up_to_its_total(
    tmp_path: Path, second: float, flagged: bool
) -> None:
    rows = _meal_aid("≤1000元/人", 650)
    rows[2:2] = [
        ["资金来源（万元）", "省级财政补助", 400, "市级财政资金", second],
        [None, "合计", 650],
    ]
    found = [f for f in found_at(_save(tmp_path, rows, ("A8:A9",))) if f[0] in ("B101", "B102")]
    assert bool(found) is flagged


def test_a_total_row_with_a_note_on_the_points_is_no_indicator(tmp_path: Path) -> None:
    rows = [
        ["2026年度项目支出绩效目标表"],
        ["项目名称", "区图书馆免费开放", "年度资金总额（万元）", 120],
        ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
        ["产出指标", "数量指标", "新增馆藏图书", "≥15000册", 30],
        [None, "质量指标", "图书编目准确率", "≥98%", 20],
        ["效益指标", "社会效益指标", "年接待读者人次", "≥45万人次", 20],
        ["满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", 20],
        ["合计", None, None, None, 90, "另预算执行率10分"],
    ]
    found = found_at(_save(tmp_path, rows, ("A4:A5",)))
    assert not [f for f in found if f[2].startswith(("A8", "B8", "C8", "D8", "E8", "F8"))]
    assert not [f for f in found if f[0] == "W101"]  # 90: 预算执行率 scored apart, as noted


@pytest.mark.parametrize("value", ["≤0.1", "≤0.1%"])
def test_a_rate_per_ten_thousand_units_is_no_percentage(tmp_path: Path, value: str) -> None:
    """≤0.1 deaths per 万台: the name gives its unit, as 系数 does (no T104, no T105)."""
    rows = _meal_aid("≤1000元/人", 400)
    rows[7][2], rows[7][3] = "特种设备万台死亡率", value
    found = [f[0] for f in found_at(_save(tmp_path, rows, ("A6:A7",))) if f[2] == "D8"]
    assert "T105" not in found and "T104" not in found
    rows[7][2] = "特种设备事故死亡率"  # a rate with no base in its name: a percentage is due
    found = [f[0] for f in found_at(_save(tmp_path, rows, ("A6:A7",))) if f[2] == "D8"]
    assert {"T104", "T105"} & set(found) or value.endswith("%")


def test_refuse_cleared_the_day_it_is_made_is_a_time_state(tmp_path: Path) -> None:
    rows = _meal_aid("≤1000元/人", 400)
    rows[6][1:4] = ["时效指标", "垃圾清运时限", "日产日清"]
    assert not [f for f in found_at(_save(tmp_path, rows, ("A6:A7",))) if f[0] == "T102"]
