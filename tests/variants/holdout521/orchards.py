"""Kiwifruit orchards (猕猴桃种植): operator and unit columns, points, stacked projects."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout521.common import TIERED, YEAR, notes, one_year, sign, start, table
from tests.variants.holdout521.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("bk01-orchard-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a 发生率 with ≤ (correct)")  # fmt: skip
def orchard_percent() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="栖峦县猕猴桃标准化果园建设项目", dept="栖峦县农业农村局 317",
                 unit="栖峦县果树技术推广站", money=one_year(120, 90, 30),
                 goals=["新建标准化猕猴桃园600亩，培训果农900人次，带动150户增收。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "新建标准化猕猴桃园面积", "≥", 600, "亩"),
        (None, None, "果农栽培技术培训", "≥", 900, "人次"),
        (None, "质量指标", "苗木栽植成活率", "≥", pct(0.95), "%"),
        (None, None, "溃疡病发生率", "≤", pct(0.05), "%"),
        (None, "时效指标", "建园任务完成时间", "≤", "2025年11月30日", None),
        (None, "成本指标", "每亩建园补助标准", "≤", 1500, "元/亩"),
        ("效益指标", "经济效益指标", "亩均增收", "≥", 2000, "元/亩"),
        (None, "社会效益指标", "带动脱贫户参与种植", "≥", 150, "户"),
        (None, "可持续影响指标", "建成果园持续管护年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "参与果农满意度", "≥", pct(0.9), "%"),
    ]
    table(s, OPS, rows)
    notes(s, "注：苗木栽植成活率按栽后90天抽样调查计算；补助标准600亩×1500元=90万元。")
    sign(s, "龙秀英", "0836-5527184")
    return b


@variant("bk02-orchard-percent-wrong", (1, 11, 12),
         "project, OLD-NAT, operator and unit columns: a total that is not its parts, a typed "
         "percent above 100, a 反向 rate with ≥")  # fmt: skip
def orchard_percent_wrong() -> Book:
    b, s = start()
    total = mk(money(150, WAN), "B101", "error", note="90 + 40 = 130 ≠ 150")
    project_head(s, year=YEAR, name="云屏镇猕猴桃老园改造项目", dept="栖峦县农业农村局 317",
                 unit="云屏镇农业综合服务中心", money=one_year(total, 90, 40),
                 goals=["改造低产猕猴桃老园700亩，高接换种优良品种。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "老园改造面积", "≥", 700, "亩"),
        (None, None, "高接换种株数", "≥", 42000, "株"),
        (
            None,
            "质量指标",
            "嫁接换种成活率",
            "≥",
            mk(pct(1.05), "T106", "error", note="a 成活率 cannot pass 100%"),
            "%",
        ),
        (
            None,
            None,
            "果实农药残留超标率",
            mk("≥", "T108", "warning", row=True, note="超标率 is 反向: ≤ meant"),
            pct(0.02),
            "%",
        ),
        (None, "时效指标", "改造完成时间", "≤", "2025年10月31日", None),
        (None, "成本指标", "每亩改造补助标准", "≤", 1200, "元/亩"),
        ("效益指标", "经济效益指标", "改造园亩产提高", "≥", 300, "公斤/亩"),
        (None, "可持续影响指标", "改造园品种更新年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "参与果农满意度", "≥", pct(0.9), "%"),
    ]
    table(s, OPS, rows)
    sign(s, "蒲德全", "0836-5527906")
    return b


@variant("bk03-orchard-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, 1.数量指标), "
         "an indicator score column adding to 100, a rise in 百分点, cost × area = budget "
         "(correct)")  # fmt: skip
def orchard_points() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹤垭村猕猴桃品质提升项目", dept="栖峦县农业农村局 317",
                 unit="鹤垭村股份经济合作社", money=one_year(80, 80, 0),
                 goals=["500亩猕猴桃园推行疏花疏果和套袋，优果率提高5个百分点以上。"])  # fmt: skip
    rows = [
        ("一、产出指标（40分）", "1.数量指标", "疏花疏果及套袋面积", "≥500亩", 10),
        (None, None, "果园土壤改良面积", "≥300亩", 10),
        (None, "2.质量指标", "套袋果实一级果比例", "≥70%", 10),
        (None, "3.时效指标", "套袋作业完成时间", "2025年6月30日前", 10),
        ("二、成本指标（20分）", "1.经济成本指标", "每亩品质提升投入", "≤1600元/亩", 10),
        (None, "2.生态环境成本指标", "化肥施用量增长率", "≤0%", 10),
        ("三、效益指标（30分）", "1.经济效益指标", "优果率", "提高≥5百分点", 10),
        (None, "2.社会效益指标", "带动农户务工", "≥120人", 10),
        (None, "3.可持续影响指标", "品质提升技术规程推广", "≥1项", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "种植户满意度", "≥90%", 10),
        ("合计（100分）", "", None, None, 100),
    ]
    table(s, (*TIERED, "分值"), rows)
    notes(s, "说明：一级指标分值为各三级指标分值之和，合计100分；500亩×1600元/亩=80万元。")
    sign(s, "冉光明", "0836-5531207")
    return b


@variant("bk04-orchard-points-wrong", (5, 10),
         "project, NAT-2021, tier-1 score column and indicator score column: two tier scores "
         "that their indicators do not add up to, a tier-2 under the wrong tier-1")  # fmt: skip
def orchard_points_wrong() -> Book:
    b, s = start(widths=(14, 8, 16, 30, 16, 8))
    project_head(s, year=YEAR, name="椿坪村猕猴桃园水毁修复项目", dept="栖峦县农业农村局 317",
                 unit="椿坪村股份经济合作社", money=one_year(45, 45, 0),
                 goals=["修复水毁猕猴桃园210亩，恢复排灌沟渠3.5公里。"])  # fmt: skip
    rows = [
        (
            "产出指标",
            mk(50, "W103", "error", note="10 + 10 + 15 + 10 = 45 ≠ 50"),
            "数量指标",
            "修复水毁果园面积",
            "≥210亩",
            10,
        ),
        (None, None, None, "恢复排灌沟渠长度", "≥3.5公里", 10),
        (None, None, "质量指标", "修复工程验收合格率", "=100%", 15),
        (None, None, "时效指标", "修复完成时间", "2025年9月30日前", 10),
        (
            "成本指标",
            mk(10, "W103", "error", note="15 ≠ 10"),
            "经济成本指标",
            "每亩修复成本",
            "≤2000元/亩",
            15,
        ),
        ("效益指标", 30, "经济效益指标", "修复园挂果率", "≥85%", 10),
        (
            None,
            None,
            mk("质量指标", "F105", "error", note="质量 belongs under 产出"),
            "修复园果品商品率",
            "≥80%",
            10,
        ),
        (None, None, "可持续影响指标", "果园防洪排涝能力", "提升", 10),
        ("满意度指标", 10, "服务对象满意度指标", "受灾农户满意度", "≥90%", 10),
    ]
    table(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), rows, (1, 2, 3))
    sign(s, "向春燕", "0836-5539412")
    return b


def _irrigation(s: Sheet, title: str | None, total: Any, fiscal: Any, other: Any,
                end: Any = None) -> None:  # fmt: skip
    """The first stacked project of bk05 and bk06 (correct in both)."""
    project_head(s, year=YEAR, name="椿坪村猕猴桃园水肥一体化项目", dept="栖峦县农业农村局 317",
                 unit="椿坪村股份经济合作社", money=one_year(total, fiscal, other),
                 goals=["400亩猕猴桃园配套水肥一体化设施，培训管护人员300人次。"], end=end,
                 title=title)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "水肥一体化设施覆盖面积", "≥400亩"),
        (None, None, "技术培训人次", "≥300人次"),
        (None, "质量指标", "设施安装验收合格率", "≥98%"),
        (None, "时效指标", "设施投用时间", "2025年8月31日前"),
        (None, "成本指标", "每亩设施补助标准", "≤1500元/亩"),
        ("效益指标", "经济效益指标", "每亩节约灌溉用工", "≥4个工日"),
        (None, "生态效益指标", "灌溉用水节约率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ]
    table(s, TIERED, rows)


@variant("bk05-orchard-stacked", (2,),
         "two orchard projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator name with different values in each (correct)")  # fmt: skip
def orchard_stacked() -> Book:
    b, s = start()
    _irrigation(s, None, 60, 45, 15)
    s.skip()
    project_head(s, year=YEAR, name="石楠沟村猕猴桃授粉与疏果技术推广项目",
                 dept="栖峦县农业农村局 317", unit="栖峦县果树技术推广站",
                 money=one_year(30, 30, 0), title="",
                 goals=["推广人工辅助授粉和疏果技术，覆盖种植户300户。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "技术培训人次", "≥150人次"),
        (None, None, "授粉技术覆盖农户", "≥300户"),
        (None, "质量指标", "坐果率", "≥85%"),
        (None, "时效指标", "授粉作业完成时间", "2025年5月20日前"),
        (None, "成本指标", "每户技术服务补助", "≤500元/户"),
        ("效益指标", "经济效益指标", "亩均增产", "≥150公斤"),
        (None, "可持续影响指标", "建立授粉技术服务队", "≥2支"),
        ("满意度指标", "服务对象满意度指标", "受训农户满意度", "≥90%"),
    ]
    table(s, TIERED, rows)
    sign(s, "冉光明", "0836-5531207")
    return b


@variant("bk06-orchard-stacked-wrong", (2, 9),
         "two orchard projects stacked, OLD-NAT: the second's total is not its parts, its "
         "end date is a serial in a text cell, one coverage rate is given as a count")  # fmt: skip
def orchard_stacked_wrong() -> Book:
    b, s = start()
    _irrigation(s, None, 60, 45, 15)
    s.skip()
    total = mk(money(50, WAN), "B101", "error", note="35 + 10 = 45 ≠ 50")
    serial = mk("46022", "X104", "warning", note="2025-12-31 pasted as a serial in text")
    project_head(s, year=YEAR, name="鹤垭村猕猴桃园机械化作业项目", dept="栖峦县农业农村局 317",
                 unit="鹤垭村股份经济合作社", money=one_year(total, 35, 10), end=serial,
                 title="", goals=["购置果园作业机械6台，机械化作业350亩。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "购置果园作业机械", "≥6台"),
        (None, None, "机械化作业面积", "≥350亩"),
        (
            None,
            "质量指标",
            "果园机械化作业覆盖率",
            mk("6台", "T105", "error", note="a 覆盖率 needs a percentage"),
        ),
        (None, "时效指标", "机械购置完成时间", "2025年7月31日前"),
        (None, "成本指标", "单台机械购置补助", "≤5万元/台"),
        ("效益指标", "经济效益指标", "每亩节约人工成本", "≥300元"),
        (None, "社会效益指标", "培训农机操作手", "≥12人"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%"),
    ]
    table(s, TIERED, rows)
    sign(s, "冉光明", "0836-5531207")
    return b
