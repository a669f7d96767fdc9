"""Scenic-area toilet revolution (厕所革命) returns (kck13–kck18)."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout755.common import OPS, grid, new, note, proj, sign, wan
from tests.variants.holdout755.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "苍柘县鹭岩山景区管理服务中心"
NAME = "景区旅游厕所新建改建"
GOAL13 = ("2026年在鹭岩山、柘湖湿地两个景区新建改建旅游厕所16座（新建6座、改建10座），"
          "其中4座配置第三卫生间，11月底前全部投入使用。")  # fmt: skip


def _rows13() -> list[tuple[Any, ...]]:
    return [
        ("产出指标", "数量指标", "新建旅游厕所", "大于等于", 6, "座"),
        (None, None, "改建旅游厕所", "大于等于", 10, "座"),
        (None, None, "配置第三卫生间", "大于等于", 4, "座"),
        (None, "质量指标", "厕所建设验收合格率", "等于", pct(1.0), "%"),
        (None, "时效指标", "投入使用时间", "小于等于", day(2026, 11, 30), "日期"),
        ("成本指标", "经济成本指标", "新建厕所单座建设成本", "小于等于", 15, "万元/座"),
        (None, None, "改建厕所单座改造成本", "小于等于", 5, "万元/座"),
        ("效益指标", "社会效益指标", "景区厕所异味投诉下降率", "大于等于", pct(0.3), "%"),
        (None, None, "如厕安全事故", "小于等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "游客如厕满意度", "大于等于", pct(0.92), "%"),
    ]


@variant(
    "kck13-toilet-project",
    (1, 11, 12),
    "project, NAT-2021, operators in words in their own column, percent cells, money with "
    "上年结转, a 下降率 with ≥ and 0起 on an incident count (correct)",
)
def toilet_project() -> Book:
    b, s = new()
    cash = [
        ("年度资金总额", wan(180), "其中：当年财政拨款", wan(120)),
        ("上年结转", wan(20), "其他资金", wan(40)),
    ]
    proj(s, name=NAME, unit=UNIT, cash=cash, goals=[GOAL13])
    grid(s, OPS, _rows13())
    note(s, "注：成本按新建6座×15万元、改建10座×5万元测算，合计140万元，其余用于管网接入。")
    sign(s, "汤子墨", "0797-6325017", day(2025, 12, 12))
    return b


@variant(
    "kck14-toilet-direction",
    (1, 11),
    "project, NAT-2021, operator column and percent cells: a 反向 rate with ≥, the goal's "
    "count of rebuilt toilets against the indicator",
)
def toilet_direction() -> Book:
    b, s = new()
    cash = [("年度资金总额", wan(150), "其中：财政拨款", wan(150))]
    goal = "2026年在柘湖湿地景区新建旅游厕所5座、改建12座，解决节假日如厕排队问题。"
    proj(s, name="柘湖湿地景区厕所革命", unit="苍柘县柘湖湿地景区管理所", cash=cash, goals=[goal])
    rows = [
        ("产出指标", "数量指标", "新建旅游厕所", "≥", 5, "座"),
        (None, None, "改建旅游厕所", "≥",
         mk(10, "D104", "warning", row=True, note="年度目标写改建12座"), "座"),
        (None, "质量指标", "厕所建设验收合格率", "=", pct(1.0), "%"),
        (None, "时效指标", "投入使用时间", "≤", day(2026, 9, 30), "日期"),
        ("成本指标", "经济成本指标", "新建厕所单座建设成本", "≤", 16, "万元/座"),
        ("效益指标", "社会效益指标", "节假日如厕排队超时投诉率",
         mk("≥", "T108", "warning", row=True, note="投诉率是反向指标"), pct(0.02), "%"),
        ("满意度指标", "服务对象满意度指标", "游客如厕满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    grid(s, OPS, rows)
    return b


@variant("kck15-toilet-template-rows", (6, 7, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without a "
         "name, the same rate twice under 质量 and 时效")  # fmt: skip
def toilet_template_rows() -> Book:
    b, s = new()
    cash = [("年度资金总额", wan(60), "其中：财政拨款", wan(60))]
    goal = "2026年完成鹭岩山景区12座旅游厕所日常保洁和4座厕所智能化改造。"
    proj(s, name="鹭岩山景区厕所管护提升", unit=UNIT, cash=cash, goals=[goal])
    rows = [
        ("产出指标", "数量指标", "日常保洁旅游厕所", "≥12座"),
        (None, None, mk(None, "F110", "error", note="有指标值却没有名称"), "≥4座"),
        (None, "质量指标", "厕所保洁达标率", "≥95%"),
        (None, "时效指标", mk("厕所保洁达标率", "D101", "warning", row=True,
                             alt=("D103", "F201"), note="同一指标又填在时效指标下"), "≥95%"),
        (None, None, "智能化改造完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单座厕所年保洁费用", "≤3万元/座"),
        ("效益指标", "社会效益指标", "游客如厕等候时间", "≤5分钟"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("满意度指标", "服务对象满意度指标", "游客如厕满意度", "≥90%"),
    ]  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    return b


WEIGHTED = ("一级指标", "二级指标", "三级指标", "指标值", "权重", "备注")


@variant(
    "kck16-toilet-page-break",
    (4, 5),
    "project, OLD-NAT, labels with * and ★ and abbreviations, a weight column, the header "
    "repeated after a page break, a 合计 row, 填表说明 and signature lines (correct)",
)
def toilet_page_break() -> Book:
    b, s = new()
    cash = [("年度资金总额", wan(48), "其中：财政拨款", wan(40)), ("其他资金", wan(8), None, None)]
    goal = "2026年对两个景区20座旅游厕所实行专人管护，每座配保洁员1名，全年开放不少于360天。"
    proj(s, name="景区旅游厕所日常管护", unit=UNIT, cash=cash, goals=[goal], attr="常年项目")
    part1 = [
        ("*产出指标", "★数量", "专人管护旅游厕所", "≥20座", 15, None),
        (None, None, "配备保洁员", "≥20人", 10, "每座1名"),
        (None, "质量", "厕所保洁达标率", "≥95%", 10, None),
        (None, "时效", "全年开放天数", "≥360天", 10, None),
        (None, "成本", "单座厕所年管护费用", "≤2.4万元/座", 5, "20座×2.4=48万元"),
    ]  # fmt: skip
    grid(s, WEIGHTED, part1)
    part2 = [
        ("*效益指标", "社会效益", "游客如厕投诉件数", "≤6件", 15, None),
        (None, "可持续影响", "厕所管护考核制度", "建立并执行", 15, None),
        ("*满意度指标", "服务对象满意度", "游客如厕满意度", "≥90%", 20, None),
        ("合计", "", "", None, 100, None),
    ]  # fmt: skip
    grid(s, WEIGHTED, part2)
    note(s, "填表说明：1.权重合计100；2.★为必填核心指标，不得删除；3.金额单位为万元。")
    sign(s, "汤子墨", "0797-6325017", day(2025, 12, 16))
    return b


P_GOAL17 = ("2026—2027年在全县景区和乡村旅游点新建改建旅游厕所30座，2027年10月底前全部投用，"
            "为2028年创建省级全域旅游示范县打好基础。")  # fmt: skip
Y_GOAL17 = "2026年新建改建旅游厕所16座，11月底前投入使用。"


@variant(
    "kck17-toilet-two-years",
    (8, 12),
    "two-year project, NAT-2021, 中期 and 年度 columns with deadlines in each year, rates "
    "equal in both, a later year the work prepares for (correct)",
)
def toilet_two_years() -> Book:
    b, s = new()
    cash = [
        ("中期资金总额", wan(400), "年度资金总额", wan(220)),
        ("其中：财政拨款", wan(320), "其中：财政拨款", wan(180)),
        ("其他资金", wan(80), "其他资金", wan(40)),
    ]
    proj(s, name="全域旅游厕所革命", unit="苍柘县旅游厕所建设专班", cash=cash,
         goals=[P_GOAL17, Y_GOAL17], years=2, attr="新增项目")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "新建改建旅游厕所", "≥30", "≥16", "座"),
        (None, "质量指标", "厕所建设验收合格率", pct(1.0), pct(1.0), "%"),
        (None, "时效指标", "厕所投入使用时间", "2027年10月31日前", "2026年11月30日前", None),
        ("成本指标", "经济成本指标", "单座厕所平均建设成本", "≤12", "≤12", "万元/座"),
        ("效益指标", "社会效益指标", "旅游厕所A级达标率", pct(0.8), pct(0.7), "%"),
        ("满意度指标", "服务对象满意度指标", "游客如厕满意度", pct(0.9), pct(0.9), "%"),
    ]  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位"), rows)
    return b


@variant("kck18-toilet-dates-money", (9, 12),
         "project, NAT-2021: the plan's end date left in last year, a deadline stored as a date "
         "serial in a text cell, money not adding up")  # fmt: skip
def toilet_dates_money() -> Book:
    b, s = new()
    total = mk(wan(150), "B101", "error", note="财政拨款100 + 其他资金30 = 130，不是150")
    cash = [("年度资金总额", total, "其中：财政拨款", wan(100)), ("其他资金", wan(30), None, None)]
    goal = "2026年在蕉溪镇、鹤垄乡乡村旅游点改建旅游厕所8座，10月底前投入使用。"
    end = mk(day(2025, 12, 31), "Y104", "error", alt=("Y102", "Y101"),
             note="上一年的完成日期，早于2026年1月1日开始")  # fmt: skip
    proj(s, name="乡村旅游点厕所改建", unit="苍柘县乡村旅游发展服务中心", cash=cash, goals=[goal],
         end=end)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "改建旅游厕所", "≥8座"),
        (None, "质量指标", "改建厕所验收合格率", "=100%"),
        (None, "时效指标", "投入使用时间",
         mk("46326", "X104", "warning", note="文本中的日期序列号，即2026-10-31")),
        ("成本指标", "经济成本指标", "单座厕所改造成本", "≤8万元/座"),
        ("效益指标", "社会效益指标", "乡村旅游点如厕难投诉件数", "≤5件"),
        ("满意度指标", "服务对象满意度指标", "游客如厕满意度", "≥90%"),
    ]  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    return b
