"""Tables found by their header words or on a later sheet: an instructions sheet first, a budget
system export with the header on the third row, unusual header words, a Shanghai form in 元, a
table below a money block, a head and its table on two sheets (qz07–qz12)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout250.common import (
    ONE,
    book,
    breakdown,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout250.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, Sheet, day, mk, money, ok, pct


@variant("qz07-library-second-sheet", (1, 7), "instructions on the first sheet, the one-year "
         "project table on the second; 100% and 95% as Excel stores them (correct)")  # fmt: skip
def qz07() -> Book:
    b, s = book("填报说明", (90,))
    for line in (
        "2026年度项目支出绩效目标填报说明",
        "一、一级指标、二级指标按统一口径填写，三级指标由项目单位结合实际自行设置。",
        "二、指标值应可衡量、可考核，定量指标写明比较符、数值和计量单位。",
        "三、本表金额单位为万元，请在“项目支出绩效目标表”工作表中填报。",
    ):
        s.row(line)
    t = b.sheet("项目支出绩效目标表", (16, 16, 30, 18, 18, 14))
    project_head(
        t, year=2026, name="公共图书馆免费开放补助", dept="青溪县文化广电旅游体育局（307）",
        unit="青溪县图书馆",
        money=one_year_money(wan(64), wan(40), wan(24), "其中：中央补助资金", "县级配套资金"),
        goals=["2026年县图书馆及12个乡镇分馆全面免费开放，接待读者12万人次，举办公益讲座、展览"
               "和培训活动80场次。"],
    )  # fmt: skip
    indicators(t, ONE, [
        ("产出指标", "数量指标", "年接待读者", "≥12万人次"),
        (None, None, "举办公益讲座、展览、培训活动", "≥80场次"),
        (None, "质量指标", "基本服务项目免费开放率", pct(1)),
        (None, None, "文献编目著录合格率", pct(0.95)),
        (None, "时效指标", "免费开放补助资金拨付时间", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "单场公益活动平均成本", "≤2500元/场次"),
        ("效益指标", "社会效益指标", "持证读者人数增长率", "≥5%"),
        (None, "可持续影响指标", "免费开放服务长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥92%"),
    ])  # fmt: skip
    sign(t, "邓清远", "欧阳慧", "0797-6652031")
    return b


def export_budget(s: Sheet, total: Any) -> None:
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位名称：云岭县文化广电旅游体育局", None, None, None, "金额单位：万元",
          merge=[(1, 4)])  # fmt: skip
    s.row("项目名称", "项目类别", "资金总额", "财政拨款", "其他资金", "项目期")
    s.row("县全民健身中心免费低收费开放补助", "延续项目", total, 60, 20, "1年")
    s.row("2026年县全民健身运动会", "一次性项目", 48, 40, 8, "1年")


@variant("qz08-budget-export-sports", (2, 7), "budget-system export: a budget sheet and an "
         "indicator sheet with the header on the third row, two projects in one table, operator "
         "in 指标性质: 总额 85 ≠ 60 + 20, ≥ on a 故障率")  # fmt: skip
def qz08() -> Book:
    b, s = book("部门项目支出预算05-1", (34, 14, 12, 12, 12, 10))
    export_budget(s, mk(85, "B101", "error", row=True, note="60 + 20 = 80"))
    t = b.sheet("部门项目支出绩效目标05-2", (30, 14, 20, 30, 10, 16, 12))
    t.title("2026年部门项目支出绩效目标表", 7)
    t.row("单位名称：云岭县文化广电旅游体育局", merge=[(1, 7)])
    t.row("项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位")
    gym, games = "县全民健身中心免费低收费开放补助", "2026年县全民健身运动会"
    t.table([
        (gym, "产出指标", "数量指标", "场馆年免费低收费开放天数", "≥", 330, "天"),
        (None, None, None, "开展公益健身培训", "≥", 40, "期"),
        (None, None, "质量指标", "场馆设施安全检查达标率", "≥", 98, "%"),
        (None, None, None, "健身器材故障率", "≥",
         mk(3, "T108", "warning", row=True, note="a 故障率 is 反向: ≤3% meant"), "%"),
        (None, None, "时效指标", "器材报修处置时间", "≤", 48, "小时"),
        (None, "成本指标", "经济成本指标", "场馆开放日均运行成本", "≤", 2200, "元/天"),
        (None, "效益指标", "社会效益指标", "年服务健身群众", "≥", 20, "万人次"),
        (None, "满意度指标", "服务对象满意度指标", "健身群众满意度", "≥", 90, "%"),
        (games, "产出指标", "数量指标", "设置比赛项目", "≥", 18, "项"),
        (None, None, None, "参赛运动员", "≥", 2000, "人"),
        (None, None, "质量指标", "赛事裁判员持证上岗率", "≥", 98, "%"),
        (None, None, "时效指标", "运动会举办时间", "≤", day(2026, 9, 30, CN_DATE), None),
        (None, "成本指标", "经济成本指标", "人均参赛保障成本", "≤", 200, "元/人"),
        (None, "效益指标", "社会效益指标", "带动群众参与健身", "≥", 5, "万人次"),
        (None, "满意度指标", "服务对象满意度指标", "参赛运动员满意度", "≥", 90, "%"),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("qz09-ich-header-words", (7,), "one-year project whose table is headed "
         "绩效指标名称 and 预期目标值, an 指标解释 column, a 补助标准 written =8000元/人·年 "
         "(correct)")  # fmt: skip
def qz09() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 34, 10))
    project_head(
        s, year=2026, name="非遗代表性传承人补助及传习所运行", dept="临沣县文化旅游体育局（265）",
        unit="临沣县文化馆（县非遗保护中心）", money=one_year_money(wan(42.6), wan(38.6), wan(4)),
        goals=["2026年为36名县级非遗代表性传承人发放传承补助，支持6个非遗传习所开展传习活动，"
               "开展非遗进校园活动24场。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "绩效指标名称", "预期目标值", "指标解释"), [
        ("产出指标", "数量指标", "补助县级非遗代表性传承人", "≥36人", "按县级名录在册传承人计"),
        (None, None, "开展非遗进校园活动", "≥24场", "覆盖城区及乡镇中小学"),
        (None, "质量指标", "传承人年度履责考核合格率", "≥95%", "考核合格人数/参加考核人数"),
        (None, "时效指标", "传承补助资金发放时间", "2026年11月30日前", None),
        ("成本指标", "经济成本指标", "县级代表性传承人补助标准", "=8000元/人·年",
         "按县级补助办法，定额发放"),
        ("效益指标", "社会效益指标", "参与非遗体验活动的中小学生", "≥3000人次", None),
        (None, "可持续影响指标", "新增非遗传习学徒", "≥50人", "传习所登记在册学徒"),
        ("满意度指标", "服务对象满意度指标", "传承人及参与学生满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    sign(s, "卢嘉树", "滕雨桐", "0774-3817256")
    return b


def shanghai_head(s: Sheet, total: Any, annual: Any) -> None:
    s.title("2026年度区级财政项目支出绩效目标表", 4)
    s.row("项目名称", "社区市民益智健身苑点更新维护", "主管部门", "松泾区体育局")
    s.row("项目类别", "经常性专项业务费", "实施单位", "松泾区社会体育指导中心")
    s.row("项目开始日期", day(2026, 1, 1), "项目结束日期", day(2028, 12, 31))
    s.row("项目总预算（元）", total, "项目当年预算（元）", annual)
    s.row("同名项目上年预算额（元）", money(1980000, YUAN), "上年预算执行数（元）",
          money(1932500, YUAN))  # fmt: skip
    s.row("年度绩效目标", "2026年更新社区益智健身苑点45个，维护保养健身器材2600件，器材报修"
          "48小时内响应，保障市民就近健身。", merge=[(2, 4)])  # fmt: skip


@variant("qz10-shanghai-fitness-yuan", (7, 12), "Shanghai framework (一级目标 … 指标目标值), "
         "money in 元 by number format, a three-year project: 当年预算 above 总预算, =95% on a "
         "satisfaction")  # fmt: skip
def qz10() -> Book:
    b, s = book("Sheet1", (24, 22, 34, 24))
    shanghai_head(s, money(2400000, YUAN), mk(money(2600000, YUAN), "B103", "error", row=True,
                  note="the year's budget exceeds the three-year total"))  # fmt: skip
    indicators(s, ("一级目标", "二级目标", "三级目标", "指标目标值"), [
        ("投入与管理", "财务管理", "预算执行率", ">=95%"),
        (None, "实施管理", "维护作业安全事故发生次数", "=0次"),
        ("产出目标", "数量", "更新益智健身苑点", ">=45个"),
        (None, None, "维护保养健身器材", ">=2600件"),
        (None, "质量", "更新器材验收合格率", ">=98%"),
        (None, "时效", "器材报修响应时间", "<=48小时"),
        (None, "成本", "单个苑点更新成本", "<=32000元/个"),
        ("效果目标", "社会效益", "苑点日均健身人次", ">=60人次"),
        (None, "满意度", "市民健身满意度",
         mk("=95%", "T107", "warning", note="a floor: >=95% meant")),
        ("影响力目标", "长效管理", "健身苑点“一点一档”管理制度", "健全"),
    ])  # fmt: skip
    return b


@variant("qz11-festival-late-table", (5, 7, 12), "one-year project, a 资金测算明细 block before "
         "the table, a two-row header (绩效指标 over the tiers, 目标值), abbreviated tier labels, "
         "=0起 on accidents (correct)")  # fmt: skip
def qz11() -> Book:
    b, s = book("Sheet1", (16, 18, 30, 18, 14, 14))
    project_head(
        s, year=2026, name="“稻香”乡村文化旅游节", dept="青溪县文化广电旅游体育局（307）",
        unit="青溪县文化旅游发展服务中心", money=one_year_money(wan(44), wan(30), wan(14)),
        goals=["2026年举办为期5天的乡村文化旅游节，安排文艺演出12场、农文旅市集5天，接待游客"
               "8万人次以上，带动农产品销售。"],
    )  # fmt: skip
    breakdown(s, [
        ("舞台灯光音响租赁搭建", "主会场及2个分会场，按4万元/处", wan(12)),
        ("文艺演出", "12场×1.5万元/场", wan(18)),
        ("宣传推广", "新媒体推广6万元，印刷品及户外广告3.5万元", wan(9.5)),
        ("安保医疗及保险", "活动5天×0.9万元/天", wan(4.5)),
    ], wan(44))  # fmt: skip
    s.skip()
    top = s.row("绩效指标", None, None, "目标值", "备注", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标")
    for c in (4, 5):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ("产出", "数量", "举办文艺演出", "≥12场", None),
        (None, None, "开展农文旅市集", "≥5天", None),
        (None, "质量", "演出节目本土原创比例", "≥40%", None),
        (None, "时效", "旅游节开幕时间", "2026年9月30日前", "农历秋分前后"),
        ("成本", "经济成本", "单场文艺演出成本", "≤1.5万元/场", None),
        ("效益", "经济效益", "旅游节期间农产品销售额", "≥200万元", None),
        (None, "社会效益", "接待游客", "≥8万人次", None),
        (None, None, "旅游节期间安全事故", "=0起", None),
        ("满意度", "服务对象满意度", "游客满意度", "≥90%", "现场及线上问卷"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：其他资金14万元为镇村配套及企业赞助。")
    sign(s, "梁景行", "陆嘉禾", "0797-6652078")
    return b


@variant("qz12-park-two-sheets", (7, 8), "three-year project, the head on one sheet and the "
         "中期/年度 table on a second: an annual count above its period count, a 计划完成日期 "
         "before the start")  # fmt: skip
def qz12() -> Book:
    b, s = book("项目信息")
    project_head(
        s, year=2026, years=3, attr="新增项目", name="城西体育公园建设项目",
        dept="洛溪市体育局（131）", unit="洛溪市体育场馆服务中心", start=day(2026, 3, 1),
        end=mk(day(2026, 2, 28), "Y104", "error", alt=("Y102",),
               note="2028-02-28 meant: a three-year project"),
        money=period_money((wan(1800), wan(1500), wan(300)), (wan(650), wan(550), wan(100))),
        goals=[ok("2026年—2028年建成城西体育公园，新建笼式足球场6个、环园健身步道5.2公里，建成"
                  "后年接待健身群众30万人次。", note="2028 is outside only by the end date"),
               "2026年完成公园场地平整和一期场地建设，新建笼式足球场2个、健身步道2公里。"],
    )  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 20, 20, 24))
    t.title("城西体育公园建设项目绩效指标", 6)
    indicators(t, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值",
                   "指标值设定依据"), [
        ("产出指标", "数量指标", "新建笼式足球场", "≥6个",
         mk("≥8个", "D201", "error", alt=("D104",),
            note="the year cannot build more than the period (the 年度目标 says 2)"),
         "项目可研批复"),
        (None, None, "新建环园健身步道", "≥5.2公里", "≥2公里", "项目可研批复"),
        (None, "质量指标", "工程一次性验收合格率", "≥95%", "≥95%", "行业标准"),
        (None, "时效指标", "建设节点完成时间",
         ok("2028年9月30日前", "error", note="outside the span only by the mistyped end date"),
         "2026年12月31日前", "计划标准"),
        ("成本指标", "经济成本指标", "笼式足球场单个建设成本", "≤45万元/个", "≤45万元/个",
         "同类项目造价"),
        ("效益指标", "社会效益指标", "体育公园年接待健身群众", "≥30万人次", "≥8万人次", "计划标准"),
        (None, "可持续影响指标", "公园运营管护机制", "健全", "逐步建立", None),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", "≥85%", "历史标准"),
    ])  # fmt: skip
    return b
