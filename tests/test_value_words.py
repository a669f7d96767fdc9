"""Values and names that offices write on correct tables and that draw no warning: an aim
reached (实现), a steady rise (稳中有增), none at all said with 零 (零事故), a level set by a
reference (≤全国平均水平), a level or class (Ⅱ类, AAAA级), a season (汛前, 上半年), an
approximation (95%左右), a note after a percentage (≥98%（国家抽检）), a decline named as the
measure (能耗下降 ≥3%), a floor fixed by policy (生均公用经费基准定额 ≥650元), a count of
trainings on a quality topic under 数量指标; and a satisfaction over 100 % said once, as the
error T106, not also as T114; one name with two values under two tier-2s is a warning, not the
error it is under one tier-2. Every workbook is invented and built here."""

from __future__ import annotations

from pathlib import Path

import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.model import TargetKind
from goalbook.targets import parse_target
from tests.test_tier3_fit import _fit
from tests.test_values_read import HEAD, TABLE, Row, project, write

EXTRA = "D11"  # the extra row lands in row 11 (title, name, goal, header, six rows of TABLE)


def _found(tmp_path: Path, row: Row) -> set[str]:
    rows = project(table=[HEAD, *[list(r) for r in TABLE], row])
    result, _table = check_file(write(tmp_path / "r.xlsx", *rows), CheckOptions())
    return {f.code for f in result.findings if f.at is not None and f.at.a1 == EXTRA}


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("污水处理厂在线监测联网", "实现"),
        ("村级集体经济收入", "稳中有增"),
        ("外贸进出口总额", "稳中有升"),
        ("食堂食品安全", "零事故"),
        ("施工现场安全", "安全零事故"),
        ("窗口服务", "零投诉"),
        ("企业开办时间", "≤全国平均水平"),
        ("出水水质", "不低于国家标准"),
        ("人均医疗费用增幅", "低于全省平均水平"),
        ("重大舆情事件", "不发生"),
        ("补助发放时间", "每季度末"),
        ("年度报告报送时限", "次年1月31日前"),
        ("维修校舍面积", "≥3200㎡"),
        ("新建污水管网服务面积", "≥1.5万m2"),
        ("地表水断面水质", "Ⅱ类"),
        ("出水水质", "达到一级A标准"),
        ("景区创建等级", "AAAA级"),
        ("养老机构星级", "三星级以上"),
        ("完工时间", "年底前"),
        ("资金拨付时间", "上半年"),
        ("除险加固完成时间", "汛前"),
        ("设备到位时间", "秋季学期开学前"),
        ("业务办理时限", "即时办结"),
        ("系统运行保障", "7×24小时"),
        ("违纪违规问题", "零容忍"),
        ("基层医疗服务能力", "持续提升"),
        ("营商环境", "持续优化"),
        ("防止规模性返贫", "不发生规模性返贫"),
        ("劳务协作长效机制", "稳步推进"),
        ("参保群众就医负担", "逐步减轻"),
        ("医保基金运行", "收支平衡、略有结余"),
        ("网络安全等级保护测评", "通过三级测评"),
        ("基本医疗保险参保率", "稳定在95%以上"),
        ("签约居民续约率", "维持在80%以上"),
        ("重点地块土壤污染状况", "基本摸清"),
        ("历史遗留问题底数", "全面查清"),
        ("农村危房存量", "动态清零"),
        ("困难群众基本生活救助", "应保尽保"),
        ("重点人群核酸检测", "应检尽检"),
        ("项目完工时间", "12月31日前完成"),
        ("安全巡查频次", "每月"),
        ("督导检查频次", "每季度1次"),
        ("水源地水质监测频次", "每季度不少于1次"),
        ("区域性重大动物疫情发生情况", "未发生"),
        ("政策宣传频次", "每周≥1次"),
        ("重点河湖水质", "≥国家考核目标"),
        ("减排任务", "不低于省下达目标"),
        ("工程形象进度", "第一季度完成30%"),
        ("群众出行时间", "缩短10分钟"),
        ("审批时限", "减少2个工作日"),
        ("河湖长制巡查责任", "全面落实"),
        ("人居环境整治考核排名", "全市前五"),
        ("技能人才队伍", "不断壮大"),
        ("公厕提标改造座数", "分阶段完成18座"),
        ("抚恤补助发放时间", "次月10日前发放到位"),
        ("社会资本投入与县级配套资金比", "≥1:1"),
        ("热线服务时间", "全年无休"),
        ("县级图书馆评估定级", "一级馆"),
        ("工程形象进度", "2028年8月底前竣工交付"),
        ("工程形象进度", "主体结构施工完成50%以上"),
        ("城区学位紧张状况", "逐步缓解"),
        ("临时救助资金拨付时间", "每月15日前拨付"),
        ("农村供水工程数量", "累计建成6处"),
        ("土地出让底价决策依据", "充分"),
        ("交易场所设施保障", "充足"),
    ],
)
def test_reached_steady_none_and_reference_levels_are_values(
    tmp_path: Path, name: str, value: str
) -> None:
    row: Row = ["效益指标", "社会效益指标", name, value]
    assert "T102" not in _found(tmp_path, row)


@pytest.mark.parametrize("name", ["安全事故发生率", "较大以上事故死亡人数"])
def test_none_at_all_as_a_bare_zero(tmp_path: Path, name: str) -> None:
    """0 is 0 in any unit: no rate without % (T105), no unit missing (T104)."""
    assert _found(tmp_path, ["效益指标", "社会效益指标", name, "0"]) == set()


def test_a_month_written_with_a_dot_is_a_date() -> None:
    month = parse_target("2026.03")
    assert month.kind is TargetKind.DATE and str(month.date) == "2026-03-31"
    assert parse_target("2026.5").kind is TargetKind.QUANT  # no leading 0: a number


def test_a_deadline_with_the_work_done_after_it_is_the_deadline() -> None:
    done = parse_target("2026年12月31日前完成")
    assert done.kind is TargetKind.DATE and str(done.date) == "2026-12-31"
    quick = parse_target("3个工作日内办结")
    assert (quick.kind, quick.number, quick.unit) == (TargetKind.QUANT, 3, "工作日")


@pytest.mark.parametrize(
    ("name", "value"), [("灌溉水有效利用系数", "≥0.6"), ("城市空气质量综合指数", "≤4.2")]
)
def test_a_coefficient_or_an_index_has_no_unit(tmp_path: Path, name: str, value: str) -> None:
    assert _found(tmp_path, ["效益指标", "生态效益指标", name, value]) == set()


@pytest.mark.parametrize(
    ("value", "unit"),
    [
        ("≥3200㎡", "平方米"),
        ("≥3200m2", "平方米"),
        ("≤50m3/天", "立方米/天"),
        ("≤32μg/m³", "μg/立方米"),  # a concentration: micrograms per cubic metre
        ("≤32µg/m3", "μg/立方米"),  # with the micro sign, the cube as a digit
        ("≤0.5mg/m³", "mg/立方米"),
    ],
)
def test_square_and_cubic_metres_are_units(value: str, unit: str) -> None:
    assert parse_target(value).unit == unit


def test_a_rate_per_population_in_a_unit_column_is_a_rate(tmp_path: Path) -> None:
    """孕产妇死亡率 │ ≤10 │ 1/10万: per 10万 people, a rate without %; no T105."""
    t = parse_target("≤10", "1/10万")
    assert (t.number, t.unit) == (10, "/10万")
    assert "T105" not in _found(tmp_path, ["效益指标", "社会效益指标", "孕产妇死亡率", "≤10/10万"])


@pytest.mark.parametrize("value", ["零售网点覆盖", "实现乡村振兴战略目标的各项任务和举措"])
def test_a_zero_word_or_a_long_aim_stays_a_description(value: str) -> None:
    assert parse_target(value).kind is TargetKind.TEXT


@pytest.mark.parametrize("value", ["95%左右", "约95%", "≥98%（国家抽检）", "≥98%(国家抽检)"])
def test_an_approximate_or_noted_percentage_is_a_percentage(tmp_path: Path, value: str) -> None:
    t = parse_target(value)
    assert (t.kind, t.number, t.unit) == (TargetKind.QUANT, 95 if "95" in value else 98, "%")
    row: Row = ["产出指标", "质量指标", "设施完好率", value]
    assert not _found(tmp_path, row) & {"T105", "T102", "T104"}


def test_a_decline_named_as_the_measure_takes_at_least(tmp_path: Path) -> None:
    row: Row = ["效益指标", "生态效益指标", "万元GDP能耗下降", "≥3%"]
    assert "T108" not in _found(tmp_path, row)
    level: Row = ["效益指标", "生态效益指标", "万元GDP能耗", "≥0.5吨标准煤"]
    assert "T108" in _found(tmp_path, level)


def test_a_floor_fixed_by_policy_takes_at_least(tmp_path: Path) -> None:
    row: Row = ["产出指标", "成本指标", "小学生均公用经费基准定额", "≥720元/生·年"]
    assert "T108" not in _found(tmp_path, row)
    cap: Row = ["产出指标", "成本指标", "生均运维成本", "≥720元/生·年"]
    assert "T108" in _found(tmp_path, cap)


def test_satisfaction_over_100_is_one_error_not_also_a_warning(tmp_path: Path) -> None:
    over: Row = ["满意度指标", "服务对象满意度指标", "入住老人满意度", "≥105%"]
    assert {"T106"} <= _found(tmp_path, over)
    assert "T114" not in _found(tmp_path, over)
    low: Row = ["满意度指标", "服务对象满意度指标", "入住老人满意度", "≥60%"]
    assert "T114" in _found(tmp_path, low)


@pytest.mark.parametrize(
    ("tier2", "name", "value", "expected"),
    [
        ("数量指标", "开展食品质量安全培训", "≥12次", []),
        ("数量指标", "质量抽检批次", "≥300批次", []),
        ("数量指标", "工程质量合格率", "100%", ["F201"]),
        ("时效指标", "工程质量检测", "≥4次", ["F201"]),
    ],
)
def test_a_count_under_quantity_fits_whatever_its_topic(
    tier2: str, name: str, value: str, expected: list[str]
) -> None:
    assert _fit(tier2, name, value) == expected


def _duplicate(tmp_path: Path, tier2: str, value: str) -> list[tuple[str, str]]:
    """The table's 培训考核合格率 (≥95%, under 质量指标) again, under ``tier2``."""
    row: Row = ["产出指标", tier2, "培训考核合格率", value]
    rows = project(table=[HEAD, *[list(r) for r in TABLE], row])
    result, _table = check_file(write(tmp_path / "r.xlsx", *rows), CheckOptions())
    return [(f.code, f.severity) for f in result.findings if f.code.startswith("D10")]


def test_one_name_with_two_values_is_an_error_under_one_tier2(tmp_path: Path) -> None:
    assert _duplicate(tmp_path, "质量指标", "≥90%") == [("D102", "error")]


def test_one_name_with_two_values_under_two_tier2s_is_a_warning(tmp_path: Path) -> None:
    """Two tier-2s may measure two things by one name (the works' and the equipment's)."""
    assert _duplicate(tmp_path, "时效指标", "≥90%") == [("D102", "warning")]
    assert _duplicate(tmp_path, "时效指标", "≥95%") == [("D101", "warning")]


@pytest.mark.parametrize(
    ("name", "value", "flagged"),
    [
        ("异地就医住院费用直接结算率", "≥70%", False),  # the rate's own word: a rate of settling
        ("系统运维服务时长", "≥12个月", False),  # a service's length: more is better
        ("平均住院日", "≥8天", True),  # shorter stays are better
        ("受益脱贫户及监测户", "≤90户", True),  # people reached: more is better
        ("人均住院费用", "≥5000元", True),
        # a harm measured: less is better, unless the name counts its remedy
        ("劣V类水体断面比例", "≥2%", True),
        ("PM2.5年均浓度", "≥35微克/立方米", True),
        ("城市供水管网漏损率", "≥9%", True),
        ("黑臭水体治理率", "≥90%", False),
        ("劣Ⅴ类水体消除比例", "≥50%", False),
        ("防返贫集中排查", "≥4次", False),
        ("接警至出动时间", "≥1分钟", True),  # a time to respond: an upper limit
    ],
)
def test_direction_by_name(tmp_path: Path, name: str, value: str, flagged: bool) -> None:
    row: Row = ["效益指标", "社会效益指标", name, value]
    assert ("T108" in _found(tmp_path, row)) is flagged


@pytest.mark.parametrize(
    ("value", "kept"), [("逐年下降", False), ("不高于上年", False), ("下降", True)]
)
def test_a_rate_moving_against_its_baseline_is_no_count(
    tmp_path: Path, value: str, kept: bool
) -> None:
    """出生缺陷发生率 逐年下降 is measured against last year's rate; 下降 alone is not (T105)."""
    row: Row = ["效益指标", "社会效益指标", "出生缺陷发生率", value]
    assert ("T105" in _found(tmp_path, row)) is kept


def test_a_date_serial_typed_as_text_in_a_dates_place(tmp_path: Path) -> None:
    """46204 (2026-07-01) typed as text under 建成时间: X104 says what it is, and nothing asks
    for its unit or its operator."""
    found = _found(tmp_path, ["产出指标", "时效指标", "养老服务站建成时间", "46204"])
    assert found == {"X104"}


def test_an_example_value_left_in(tmp_path: Path) -> None:
    assert "X101" in _found(tmp_path, ["产出指标", "数量指标", "（示例）建设服务站", "≥X个"])


def test_a_count_in_the_goal_text_after_the_name_without_its_unit(tmp_path: Path) -> None:
    """职业技能培训人次 │ ≥5000人次 while the goal says 开展职业技能培训6000人次: D104."""
    rows = project(
        extra=[["年度总体目标", "目标1：开展职业技能培训6000人次；目标2：举办招聘会40场。"]],
        table=[
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "职业技能培训人次", "≥5000人次"],
            ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"],
        ],
    )
    result, _table = check_file(write(tmp_path / "r.xlsx", *rows), CheckOptions())
    assert "D104" in {f.code for f in result.findings}


@pytest.mark.parametrize(
    ("name", "value"),
    [("项目区灌溉设施覆盖率", "100%全覆盖"), ("公共泊位周转率", "≥4次/日")],
)
def test_a_percentage_with_its_state_or_a_turnover_is_no_rate_fault(
    tmp_path: Path, name: str, value: str
) -> None:
    """100%全覆盖 is 100% (the word its state); a 周转率 is counted in times (次/日), no %."""
    assert not {"T102", "T105"} & _found(tmp_path, ["产出指标", "质量指标", name, value])
