"""Returns vn07–vn12: conservation of steles and stele pavilions (碑刻保护修复)."""

from __future__ import annotations

from tests.variants.holdout368.common import YEAR, indicators, money_rows, project_book, sign
from tests.variants.holdout368.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

PTS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


def _points(tier: dict[str, object]) -> list[tuple[object, ...]]:
    """A NAT-2021 table with tier-1 points and indicator points; ``tier`` overrides cells."""
    return [
        ("一、产出指标（40分）", 40, "（一）数量指标", "1.碑刻病害修复", "≥24通", 15),
        (None, None, "（二）质量指标", "2.修复验收合格率", "=100%", 10),
        (None, None, None, "3.馆藏拓片数字化率较上年提高", "≥3百分点", 5),
        (None, None, tier.get("t2", "（三）时效指标"), "4.修复工程完工时间", "11月30日前", 10),
        ("二、成本指标（20分）", 20, "（一）经济成本指标", "5.单通碑刻修复成本", "≤1.6万元/通", 20),
        (tier.get("eff", "三、效益指标（30分）"), tier.get("pts", 30), "（一）社会效益指标",
         "6.修复碑刻对外展示", "≥18通", 15),
        (None, None, "（二）可持续影响指标", "7.修复后碑体稳定年限", "≥30年", 10),
        (None, None, None, "8.碑刻保护志愿者队伍", "≥2支", 5),
        ("四、满意度指标（10分）", 10, "（一）服务对象满意度指标", "9.参观群众满意度", "≥90%", 10),
    ]  # fmt: skip


@variant(
    "vn07-points-labels",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points, "
    "tier-1 and indicator points both adding to 100, a rate raised in 百分点 (correct)",
)
def points_labels() -> Book:
    b, s = project_book(
        "绩效目标",
        name="碑亭碑刻病害修复",
        unit="砚屏县文物保护中心",
        total=45.8,
        fiscal=40,
        goals=["完成24通碑刻的病害修复并对外展示。"],
    )
    indicators(s, PTS, _points({}), merged=(1, 2, 3))
    return b


@variant(
    "vn08-points-wrong",
    (5, 10),
    "project, NAT-2021, numbered labels with points: a tier-2 "
    "under the wrong tier-1, a tier score its indicator scores do not reach",
)
def points_wrong() -> Book:
    b, s = project_book(
        "绩效目标",
        name="龟趺碑座病害修复",
        unit="砚屏县文物保护中心",
        total=45.8,
        fiscal=40,
        goals=["完成24通龟趺碑座的病害修复。"],
    )
    rows = _points(
        {
            "t2": mk(
                "（三）社会效益指标",
                "F105",
                "error",
                row=True,
                alt=("F201",),
                note="社会效益指标 belongs under 效益指标, not 产出指标",
            ),
            "eff": "三、效益指标（35分）",
            "pts": mk(35, "W103", "error", note="15 + 10 + 5 = 30 under 效益指标, not 35"),
        }
    )
    indicators(s, PTS, rows, merged=(1, 2, 3))
    b.file_mark("W101", "error", required=False, note="the tier scores add to 105: same defect")
    return b


PERIOD = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）", "计量单位")


def _period_rows(annual: dict[str, object]) -> list[tuple[object, ...]]:
    return [
        ("产出指标", "数量指标", "碑刻脱盐加固", "≥480", annual.get("salt", "≥160"), "通"),
        (None, None, "碑刻三维扫描建模", "≥300", annual.get("scan", "≥100"), "通"),
        (None, None, "碑亭屋面修缮", "≥9", annual.get("roof", "≥3"), "座"),
        (None, "质量指标", "加固工程验收合格率", "=100%", "=100%", None),
        (None, "时效指标", "年度修复任务完成时间", "2028年12月31日前", "2026年12月31日前", None),
        ("成本指标", "经济成本指标", "单通碑刻脱盐加固成本", "≤0.6", "≤0.6", "万元/通"),
        ("效益指标", "社会效益指标", "修复碑刻开放展示", "≥400", annual.get("show", "≥120"), "通"),
        (None, "可持续影响指标", "碑刻预防性保护机制", "建立并执行", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "研究人员及观众满意度", "≥90%", "≥90%", None),
    ]  # fmt: skip


def _period_book(name: str) -> tuple[Book, Sheet]:
    b, s = project_book(
        "Sheet1",
        name=name,
        unit="砚屏县文物保护中心",
        total=360,
        fiscal=330,
        money=money_rows(360, 330, 120, 110),
        years=3,
        attr="新增项目",
        goals=[
            "三年内完成480通碑刻脱盐加固、9座碑亭修缮和300通三维建模。",
            f"{YEAR}年完成160通碑刻脱盐加固、3座碑亭修缮。",
        ],
    )
    return b, s


@variant(
    "vn09-three-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 value columns "
    "with a unit column, annual counts a third of the period's (correct)",
)
def three_year() -> Book:
    b, s = _period_book("碑林碑刻三年保护修缮")
    indicators(s, PERIOD, _period_rows({}))
    return b


@variant(
    "vn10-three-year-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "cumulative counts copied into the annual column, one annual count above its period",
)
def three_year_copied() -> Book:
    b, s = _period_book("碑林碑刻三年保护修缮（二期）")
    note = "a cumulative count copied from the 中期 column in a three-year project"
    indicators(s, PERIOD, _period_rows({
        "salt": mk("≥480", "D202", "warning", alt=("D104",), note=note),
        "scan": mk("≥300", "D202", "warning", alt=("D104",), note=note),
        "roof": mk("≥12", "D201", "error", alt=("D104",),
                   note="12 座 in the year against 9 for three years"),
    }))  # fmt: skip
    return b


@variant(
    "vn11-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from "
    "the template without indicator, a value without an indicator name",
)
def template_rows() -> Book:
    b, s = project_book(
        "Sheet1",
        name="摩崖题刻排险加固",
        unit="砚屏县文物保护中心",
        total=68,
        fiscal=60,
        goals=["完成栖岩山7处摩崖题刻的危岩排险和锚固。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "危岩排险加固", "≥7处"),
        (None, None, mk(None, "F110", "error", note="a value without a name"), "≥3次"),
        (None, "质量指标", "锚固工程验收合格率", "=100%"),
        (None, "时效指标", "排险工程完工时间", "10月31日前"),
        ("成本指标", "经济成本指标", "单处题刻排险加固成本", "≤9万元/处"),
        ("效益指标", "社会效益指标", "题刻景区游览安全事故", "≤0起"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="a template tier-2 left without indicator or value"), None, None),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "vn12-second-sheet",
    (7,),
    "project head on the first sheet, the indicator table on a "
    "second sheet under a two-row header (考核指标 · 绩效目标值 · 评价标准) (correct)",
)
def second_sheet() -> Book:
    b, _ = project_book(
        "项目信息",
        name="碑刻保护性拓制技艺传承",
        unit="砚屏县非遗保护中心",
        total=18.6,
        fiscal=18.6,
        goals=["举办碑刻传拓技艺培训并建立传承档案。"],
    )
    t = b.sheet("绩效指标", widths=(14, 18, 30, 16, 30))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    t.row("绩效指标", None, None, "绩效目标值", "评价标准", merge=[(1, 3)])
    indicators(t, ("一级指标", "二级指标", "考核指标", None, None), [
        ("产出指标", "数量指标", "传拓技艺培训学员", "≥40人", "每少2人扣1分"),
        (None, "质量指标", "学员结业考核合格率", pct(0.9), "每低1个百分点扣1分"),
        (None, "时效指标", "培训完成时间", "8月31日前", "未按时完成不得分"),
        (None, "成本指标", "人均培训成本", "≤0.4万元/人", "超出不得分"),
        ("效益指标", "可持续影响指标", "传拓技艺传承档案", "建立并执行", "未建立不得分"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "每低1个百分点扣1分"),
    ])  # fmt: skip
    sign(t, "罗砚秋", "0739-5216437", day(YEAR - 1, 12, 8))
    return b
