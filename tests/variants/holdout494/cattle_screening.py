"""Cattle screening: bovine schistosomiasis checks, treatment, penning and replacing buffalo."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout494.common import (
    AGRI,
    VET,
    YEAR,
    funds,
    funds2,
    indicators,
    notes,
    sign,
    start,
    two_row_header,
    wan,
)
from tests.variants.holdout494.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant(
    "aj07-cattle-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts copied, an "
    "annual count above its period count",
)
def aj07() -> Book:
    b, s = start("绩效目标表")
    project_head(s, year=YEAR, years=3, name="湖区家畜血吸虫病综合防控项目", dept=AGRI, unit=VET,
                 money=funds2((wan(900), wan(780), wan(120)), (wan(300), wan(260), wan(40))),
                 goals=["三年内湖区放牧家畜全部查病，阳性畜全部治疗，推进圈养和以机代牛。",
                        "本年完成一轮家畜查病，建设粪便无害化处理池。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    copied = "cumulative count copied from the 中期 column into a three-year project's year"
    indicators(s, [
        ("产出指标", "数量指标", "家畜血吸虫病查病数", "≥36000头",
         mk("≥36000头", "D202", "warning", note=copied)),
        (None, None, "耕牛圈养改造户数", "≥450户", "≥150户"),
        (None, None, "牛粪无害化处理池建设数", "≥10个",
         mk("≥12个", "D201", "error", note="12 pools in one year, 10 over the three years")),
        (None, None, "耕牛淘汰更新数", "≥1500头",
         mk("≥1500头", "D202", "warning", note=copied)),
        (None, "质量指标", "查病阳性畜治疗率", "=100%", "=100%"),
        (None, "时效指标", "查病结果反馈时限", "≤7个工作日", "≤7个工作日"),
        ("成本指标", "经济成本指标", "每头家畜查病成本", "≤25元/头", "≤25元/头"),
        ("效益指标", "社会效益指标", "家畜血吸虫感染率", "≤0.1%", "≤0.1%"),
        (None, "可持续影响指标", "湖区耕牛存栏下降率", "≥30%", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "aj08-cattle-one-year-equal",
    (8, 1),
    "one-year project with 中期 and 年度 columns, typed percent cells, goals and values "
    "legitimately identical (correct)",
)
def aj08() -> Book:
    b, s = start()
    goal = "完成菱汊湖洲放牧耕牛查病，阳性牛全部治疗。"
    project_head(s, year=YEAR, name="菱汊湖洲耕牛查治病项目", dept=AGRI, unit=VET,
                 money=funds2((wan(150), wan(130), wan(20)), (wan(150), wan(130), wan(20))),
                 goals=[goal, goal], attr="一次性项目")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, [
        ("产出指标", "数量指标", "湖洲放牧耕牛查病数", "≥8000头", "≥8000头"),
        (None, None, "阳性畜扩大化疗头数", "≥1200头", "≥1200头"),
        (None, "质量指标", "查病阳性畜治疗率", pct(1), pct(1)),
        (None, "时效指标", "春秋两季查病完成时间", "10月31日前", "10月31日前"),
        (None, "成本指标", "每头耕牛查病成本", "≤30元/头", "≤30元/头"),
        (None, None, "每头扩大化疗药费", "≤60元/头", "≤60元/头"),
        ("效益指标", "社会效益指标", "耕牛血吸虫感染率", "≤0.2%", "≤0.2%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", pct(0.92), pct(0.92)),
    ])  # fmt: skip
    sign(s, "蓝启舟", "0000-6658201", day(YEAR - 1, 12, 2))
    return b


@variant(
    "aj09-cattle-department-money",
    (12,),
    "department, NAT-2021: budget with shares, key tasks with a 金额合计: a share off its "
    "amount, tasks short of the total, a rate as a count",
)
def aj09() -> Book:
    b, s = start()
    share = mk(pct(0.65), "B111", "error", note="基本支出 700 ÷ 1250 = 56%, not 65%")
    total = mk(wan(550), "B102", "error", note="260 + 90 + 180 = 530 ≠ 550")
    department_head(s, year=YEAR, dept=VET,
                    budget=[(wan(1250), wan(1100), wan(150), wan(700), wan(550)),
                            (pct(1), pct(0.88), pct(0.12), share, pct(0.44))],
                    goal="湖区家畜查病全覆盖，阳性畜全部治疗，控制家畜传染源。",
                    tasks=[("家畜查病", "放牧牛羊血清学和粪检查病", wan(260), "查病全覆盖"),
                           ("病畜治疗", "阳性畜治疗和扩大化疗", wan(90), "阳性畜全部治疗"),
                           ("圈养改造", "耕牛圈养和粪便处理", wan(180), "减少野粪污染"),
                           ("金额合计", None, total, None)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "家畜查病数", "≥42000头"),
        (None, None, "耕牛查病覆盖率",
         mk("8000头", "T105", "error", note="a 覆盖率 given as a head count")),
        (None, "质量指标", "阳性畜治疗率", "=100%"),
        (None, "时效指标", "查病结果反馈时限", "≤7个工作日"),
        ("成本指标", "经济成本指标", "每头家畜查病成本", "≤25元/头"),
        ("效益指标", "社会效益指标", "家畜血吸虫感染率", "≤0.1%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "aj10-cattle-second-sheet",
    (7,),
    "project, OLD-NAT: head on 基本信息, the indicator table on a second sheet under a "
    "two-row header 考核指标 / 绩效标准 / 目标值（年度） (correct)",
)
def aj10() -> Book:
    b, s = start("基本信息")
    project_head(s, year=YEAR, name="沿湖乡镇家畜查病项目", dept=AGRI, unit=VET,
                 money=funds(wan(64), wan(58), wan(6)),
                 goals=["完成沿湖五乡镇放牧家畜查病和阳性畜治疗。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title(f"{YEAR}年度沿湖乡镇家畜查病项目绩效指标", 6)
    two_row_header(t, ("一级指标", "二级指标", "考核指标", "绩效标准", None, None),
                   (None, None, None, "比较符", "目标值（年度）", "计量单位"), 3)  # fmt: skip
    indicators(t, [
        ("产出指标", "数量指标", "放牧家畜查病数", "≥", 16000, "头"),
        (None, None, "阳性畜治疗头数", "≥", 240, "头"),
        (None, "质量指标", "粪检复核符合率", "≥", pct(0.95), "%"),
        (None, "时效指标", "秋季查病完成时间", "≤", "11月15日", "日期"),
        (None, "成本指标", "每头家畜查病成本", "≤", 30, "元/头"),
        ("效益指标", "社会效益指标", "家畜血吸虫感染率", "≤", pct(0.001, "0.0%"), "%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(t, "说明：查病数含牛、羊，按头计。")
    return b


@variant(
    "aj11-cattle-budget-export",
    (4, 9),
    "budget-system export: sheets 05-1 and 05-2, header on the third row, codes in the "
    "first columns; an amount pasted twice, a unit conflict",
)
def aj11() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 22, 14, 14, 16, 14, 12))
    s.title(f"澄湄县{YEAR}年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("421003250011", "湖区家畜查病治病",
          ok(wan(86.6), "error", note="B101 tolerated if the pasted cell is not read as 24.6"),
          wan(62), mk("24.6万24.6万", "X106", "error", alt=("B108",),
                      note="amount pasted twice; read as 24.6"))  # fmt: skip
    s.row("421003250012", "家畜粪便无害化处理", wan(40), wan(40), wan(0))
    s.row("合计", None, wan(126.6), wan(102), wan(24.6))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 14, 26, 14, 10))
    t.title(f"澄湄县{YEAR}年部门项目支出绩效目标表", 7)
    t.row(f"单位名称：{VET}")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    one, two = ("421003250011", "湖区家畜查病治病"), ("421003250012", "家畜粪便无害化处理")
    conflict = mk("≥18万元", "T112", "error", note="an amount in a row whose unit column is 头")
    t.table([
        (*one, "产出指标", "数量指标", "家畜查病数量", conflict, "头"),
        (*one, "产出指标", "质量指标", "阳性畜治疗率", "=100%", "%"),
        (*one, "产出指标", "成本指标", "每头家畜查病成本", "≤25", "元/头"),
        (*one, "效益指标", "社会效益指标", "家畜血吸虫感染率", "≤0.1", "%"),
        (*one, "满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90", "%"),
        (*two, "产出指标", "数量指标", "粪便无害化处理池建设数", "≥16", "个"),
        (*two, "产出指标", "时效指标", "处理池完工时间", "10月31日前", "日期"),
        (*two, "产出指标", "成本指标", "每个处理池建设成本", "≤2.5", "万元/个"),
        (*two, "效益指标", "生态效益指标", "湖洲野粪密度下降率", "≥30", "%"),
        (*two, "满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant(
    "aj12-cattle-transfer-labels",
    (5,),
    "transfer-payment project, OLD-NAT, 中央补助 + 地方资金, tier labels with * and ★ "
    "marks and abbreviations (数量, 社会效益) (correct)",
)
def aj12() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="湖区耕牛圈养与以机代牛补助", dept=AGRI, unit=VET,
                 money=[["资金总额", wan(220), "其中：中央补助", wan(160)],
                        ["地方资金", wan(60), None, None]],
                 money_label="资金情况（万元）", attr="转移支付项目",
                 title=f"{YEAR}年度转移支付项目绩效目标表",
                 goals=["推进湖区耕牛圈养和以机代牛，减少耕牛野粪污染有螺环境。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("*产出指标", "★数量", "圈养耕牛头数", "≥1800头"),
        (None, None, "以机代牛购置农机台数", "≥45台"),
        (None, "质量", "圈养设施验收合格率", "≥95%"),
        (None, "时效", "补助资金兑付时间", "11月30日前"),
        (None, "成本", "每头耕牛圈养补助标准", "≤800元/头"),
        (None, None, "每台农机购置补助", "≤1.6万元/台"),
        ("*效益指标", "★社会效益", "湖洲耕牛放牧头数下降率", "≥25%"),
        (None, "可持续影响", "圈养设施使用年限", "≥10年"),
        ("*满意度指标", "服务对象满意度", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：标★的为核心指标，不得删除。")
    return b
