"""Multi-year parks and seed centres, stacked cooperative projects, a budget-system export and a
return with conversion artefacts (vb13–vb18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout356.common import (
    BUREAU,
    CENTRE,
    HEAD4,
    book,
    indicators,
    multi_year,
    one_year,
    wan,
)
from tests.variants.holdout356.registry import variant
from tests.variants.kit import Book, mk, money, pct

PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("vb13-park-three-years", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "annual counts below the period ones, rates and unit costs equal (correct)")  # fmt: skip
def park_three_years() -> Book:
    b, s = book()
    project_head(s, year=2026, years=3, name="栎川县菌菇产业园标准化提升项目", dept=BUREAU,
                 unit=CENTRE, money=multi_year((600, 480, 120), (220, 180, 40)), goals=[
                     "三年建成标准化出菇棚300个，园区鲜菇年产量4000吨，培育示范社3家。",
                     "本年建成出菇棚100个，园区鲜菇年产量1500吨，培育示范社1家。"])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "建成标准化出菇棚", "≥300个", "≥100个"),
        (None, None, "培育省级示范合作社", "≥3家", "≥1家"),
        (None, "质量指标", "出菇棚验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个出菇棚建设成本", "≤1.8万元/个", "≤1.8万元/个"),
        ("效益指标", "经济效益指标", "园区鲜菇年产量", "≥4000吨", "≥1500吨"),
        (None, "社会效益指标", "带动农户就业", "≥500人", "≥200人"),
        ("满意度指标", "服务对象满意度指标", "入园农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vb14-seed-centre-copied", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "中期目标 text copied into 年度目标, two cumulative counts copied")  # fmt: skip
def seed_centre_copied() -> Book:
    b, s = book()
    goal = "建成县级食用菌菌种繁育中心，繁育母种600支、扩繁原种4万瓶，满足全县菌种需求。"
    copied = "年度目标与中期目标逐字相同（三年项目）"
    project_head(s, year=2026, years=3, name="栎川县食用菌菌种繁育中心建设项目", dept=BUREAU,
                 unit=CENTRE, money=multi_year((450, 360, 90), (150, 120, 30)),
                 goals=[goal, mk(goal, "D204", "warning", note=copied)])  # fmt: skip
    d202 = "a cumulative count copied from the 中期 column in a three-year project"
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "繁育母种", "≥600支", mk("≥600支", "D202", "warning", note=d202)),
        (None, None, "扩繁原种", "≥4万瓶", mk("≥4万瓶", "D202", "warning", note=d202)),
        (None, None, "培训制种技术人员", "≥90人次", "≥30人次"),
        (None, "质量指标", "菌种纯度检测合格率", "≥98%", "≥98%"),
        ("成本指标", "经济成本指标", "每万瓶原种生产成本", "≤6万元/万瓶", "≤6万元/万瓶"),
        ("效益指标", "社会效益指标", "全县菌种自给率", "≥70%", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "用种合作社满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


STACK_A = [
    ("产出指标", "数量指标", "建设香菇烘干生产线", "≥1条"),
    (None, "质量指标", "烘干香菇一级品率", "≥80%"),
    (None, "时效指标", "烘干线投产时间", "2026年9月30日前"),
    (None, "成本指标", "烘干线建设成本", "≤38万元/条"),
    ("效益指标", "经济效益指标", "社员户均增收", "≥0.5万元"),
    (None, "社会效益指标", "带动入社农户", "≥70户"),
    ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
]


@variant("vb15-stacked-coops", (2,), "two cooperative projects stacked in one sheet, OLD-NAT, "
         "one value column, the same indicator names with different values (correct)")  # fmt: skip
def stacked_coops() -> Book:
    b, s = book()
    project_head(s, year=2026, name="翠屏乡香菇专业合作社烘干线建设项目", dept=BUREAU,
                 unit="栎川县翠屏乡香菇专业合作社", money=one_year(40, 30, 10),
                 title="栎川县2026年度食用菌合作社扶持项目绩效目标表",
                 goals=["建成香菇烘干生产线1条，提高干香菇一级品率。"])  # fmt: skip
    indicators(s, HEAD4, STACK_A)
    s.skip()
    project_head(s, year=2026, name="松坪乡木耳合作社品牌培育项目", dept=BUREAU,
                 unit="栎川县松坪乡木耳专业合作社", money=one_year(25, 20, 5), title="",
                 goals=["注册木耳区域品牌1个，参加农产品展销会4场。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "注册木耳区域品牌", "≥1个"),
        (None, None, "参加农产品展销会", "≥4场"),
        (None, "质量指标", "品牌产品抽检合格率", "≥98%"),
        (None, "成本指标", "单场展销参展费用", "≤2万元/场"),
        ("效益指标", "经济效益指标", "社员户均增收", "≥0.3万元"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("vb16-stacked-money-wrong", (2, 12), "two cooperative projects stacked, OLD-NAT: the "
         "second project's money does not add up, =95% on a satisfaction rate")  # fmt: skip
def stacked_money_wrong() -> Book:
    b, s = book()
    project_head(s, year=2026, name="松坪乡平菇合作社菇棚改造项目", dept=BUREAU,
                 unit="栎川县松坪乡平菇专业合作社", money=one_year(36, 30, 6),
                 title="栎川县2026年度食用菌合作社扶持项目绩效目标表",
                 goals=["改造平菇菇棚18个，提高菇棚周年利用率。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "改造平菇菇棚", "≥18个"),
        (None, "质量指标", "菇棚改造验收合格率", "≥95%"),
        (None, "成本指标", "单个菇棚改造补助", "≤2万元/个"),
        ("效益指标", "经济效益指标", "社员户均增收", "≥0.4万元"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(30), "B101", "error", note="22 + 5 = 27 ≠ 30")
    project_head(s, year=2026, name="云杉村菌菇电商合作社直播销售培训项目", dept=BUREAU,
                 unit="栎川县云杉村菌菇电商专业合作社", money=one_year(total, 22, 5), title="",
                 goals=["培训社员直播销售技能120人次，线上销售干菌菇50吨。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "培训社员直播销售技能", "≥120人次"),
        (None, None, "线上销售干菌菇", "≥50吨"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "成本指标", "人均培训成本", "≤0.1万元/人次"),
        ("效益指标", "经济效益指标", "社员电商销售收入", "≥300万元"),
        ("满意度指标", "服务对象满意度指标", "参训社员满意度",
         mk("=95%", "T107", "warning", note="= on a satisfaction rate: ≥ meant")),
    ])  # fmt: skip
    return b


@variant("vb17-system-export", (7, 1), "budget-system export: 05-1 budget sheet, indicators on "
         "the second sheet 05-2 under header 绩效目标值, codes in the first columns, word "
         "operators, typed percent cells (correct)")  # fmt: skip
def system_export() -> Book:
    b, s = book("部门项目支出预算05-1")
    s.title("栎川县食用菌产业发展中心2026年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "项目类别", "合计", "财政拨款", "其他资金")
    code, name = "431126-26-0031", "食用菌菌种质量检测能力建设"
    s.row(code, name, "一次性项目", money(85), money(80), money(5))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 12, 14, 26, 12, 12, 12))
    t.title("部门项目支出绩效目标表", 8)
    t.row(f"单位名称：{CENTRE}", None, None, None, "预算年度：2026年")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值",
          "计量单位")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "年检测菌种批次", "大于等于", 400, "批次"),
        ("产出指标", "质量指标", "检测结果准确率", "大于等于", pct(0.98), "%"),
        ("产出指标", "时效指标", "检测报告出具时限", "小于等于", 5, "工作日"),
        ("成本指标", "经济成本指标", "单批次检测成本", "小于等于", 0.2, "万元/批次"),
        ("效益指标", "社会效益指标", "服务合作社及种植户", "大于等于", 150, "家"),
        ("效益指标", "可持续影响指标", "检测设备完好率", "大于等于", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "送检单位满意度", "大于等于", pct(0.9), "%"),
    ]  # fmt: skip
    for r in rows:
        t.row(code, name, *r)
    return b


@variant("vb18-lingzhi-artefacts", (9, 12), "project, OLD-NAT, one value column, detail "
         "lines below the table: a split number, a date serial as text, an amount pasted "
         "twice")  # fmt: skip
def lingzhi_artefacts() -> Book:
    b, s = book()
    split = mk("15.337 5", "X105", "warning", alt=("X103",),
               note="split number, read as 15.3375; 70 + 15.3375 = 85.3375")  # fmt: skip
    serial = mk("46387", "X104", "warning", note="text serial of 2026-12-31")
    project_head(s, year=2026, name="栎川县灵芝仿野生栽培基地建设项目", dept=BUREAU, unit=CENTRE,
                 money=one_year(money(85.3375, '0.0000"万元"'), 70, split), end=serial,
                 goals=["建成灵芝仿野生栽培基地60亩，年产灵芝干品9吨，带动40户增收。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "仿野生栽培灵芝面积", "≥60亩"),
        (None, "质量指标", "灵芝重金属抽检合格率", "≥98%"),
        (None, "时效指标", "基地建成时间", "2026年11月30日前"),
        (None, "成本指标", "亩均建设成本", "≤1.4万元/亩"),
        ("效益指标", "经济效益指标", "灵芝干品年产量", "≥9吨"),
        (None, "社会效益指标", "带动农户增收", "≥40户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目资金明细（万元）", merge=[(1, 4)])
    s.row("序号", "明细项目", None, "金额")
    twice = mk("20万20万", "X106", "error", alt=("B108",), note="20万 pasted twice, read as 20")
    for i, (item, amount) in enumerate([("灵芝菌种采购", twice), ("遮阴大棚建设", money(35)),
                                        ("技术培训", money(12)),
                                        ("质量检测", money(18.3375, "0.0000"))], 1):  # fmt: skip
        s.row(i, item, None, amount)
    s.row("合计", None, None, money(85.3375, "0.0000"))
    return b
