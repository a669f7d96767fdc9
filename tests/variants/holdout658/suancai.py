"""Returns gr07–gr12: 酸菜加工坊 projects and a processing service centre."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout658.common import (
    HEAD,
    HEAD_OP,
    book,
    details,
    indicators,
    notes,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout658.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "椰岚县农业农村局（418007）"


@variant("gr07-suancai-workshop", (5, 11, 1),
         "project, OLD-NAT, numbered tier labels, operators in words in a 指标性质 column, unit "
         "column, =100% on a discharge rate, ≤0 on a batch count, costs within the "
         "money (correct)")  # fmt: skip
def gr07() -> Book:
    b, s = book()
    project_head(s, year=2025, name="青禾镇酸菜加工坊提质改造", dept=DEPT,
                 unit="椰岚县青禾镇农产品加工服务中心",
                 money=one_year_money(wan(45), wan(40), wan(5)),
                 goals=["改造酸菜腌制发酵池6个，新增真空包装线1条，年加工鲜芥菜500吨，"
                        "带动芥菜种植户80户。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("一、产出指标", "1.数量指标", "发酵池改造数量", "大于等于", 6, "个"),
        (None, None, "真空包装线新增数量", "大于等于", 1, "条"),
        (None, None, "鲜芥菜年加工量", "大于等于", 500, "吨"),
        (None, "2.质量指标", "酸菜产品抽检合格率", "大于等于", pct(0.98), "%"),
        (None, None, "亚硝酸盐超标批次", "小于等于", 0, "批次"),
        (None, "3.时效指标", "改造完成时间", "小于等于", day(2025, 9, 30, CN_DATE), None),
        (None, "4.成本指标", "发酵池改造单价", "小于等于", 5, "万元/个"),
        (None, None, "真空包装线购置费", "小于等于", 12, "万元"),
        ("二、效益指标", "1.经济效益指标", "种植户户均增收", "大于等于", 1000, "元"),
        (None, "2.社会效益指标", "带动芥菜种植户数", "大于等于", 80, "户"),
        (None, "3.生态效益指标", "腌制废水达标排放率", "等于", pct(1.0), "%"),
        ("三、满意度指标", "1.服务对象满意度指标", "种植户满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, ["注：指标性质栏填写“大于等于”“小于等于”或“等于”；发酵池6个×5万元＝30万元，"
              "与包装线12万元合计42万元，在年度资金45万元以内。"])  # fmt: skip
    sign(s, "林秀芝", "0898-6631 2045", day(2024, 11, 8))
    return b


@variant("gr08-suancai-money-wrong", (12,),
         "project, OLD-NAT, one value column, a detail block below: 年度资金总额 ≠ 财政拨款 + "
         "其他资金, detail lines not adding to 合计, the goal's pit count against the "
         "indicator")  # fmt: skip
def gr08() -> Book:
    b, s = book()
    total = mk(wan(80), "B101", "error", note="财政拨款60 + 其他资金15 = 75，不是80")
    project_head(s, year=2025, name="石屏村酸菜加工坊建设", dept=DEPT,
                 unit="椰岚县青禾镇石屏村股份经济合作社",
                 money=one_year_money(total, wan(60), wan(15)),
                 goals=["新建酸菜发酵池12个，建设标准化加工车间300平方米，年加工芥菜400吨，"
                        "吸纳村民就业20人。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "发酵池新建数量",
         mk("≥8个", "D104", "warning", row=True, note="年度目标写新建发酵池12个")),
        (None, None, "标准化加工车间建设面积", "≥300平方米"),
        (None, None, "芥菜年加工量", "≥400吨"),
        (None, "质量指标", "加工车间验收合格率", "=100%"),
        (None, None, "酸菜产品抽检合格率", "≥98%"),
        (None, "时效指标", "建设完成时间", "2025年10月31日前"),
        (None, "成本指标", "发酵池建设单价", "≤3万元/个"),
        ("效益指标", "经济效益指标", "村集体年增收", "≥8万元"),
        (None, "社会效益指标", "吸纳村民就业人数", "≥20人"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    details(s, [("发酵池建设", wan(36)), ("加工车间建设", wan(30)), ("清洗切分设备", wan(12))],
            mk(wan(80), "B102", "error", note="36 + 30 + 12 = 78，合计写80"))  # fmt: skip
    sign(s, "黄德顺", "0898-6631 7752", day(2024, 11, 22))
    return b


@variant("gr09-suancai-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator names "
         "with different values in the two projects (correct)")  # fmt: skip
def gr09() -> Book:
    b, s = book()
    project_head(s, year=2025, name="坡头村酸菜加工坊标准化改造", dept=DEPT,
                 unit="椰岚县青禾镇坡头村股份经济合作社",
                 money=one_year_money(wan(30), wan(25), wan(5)),
                 goals=["改造腌制车间1处，更新清洗切分设备4台，年加工芥菜300吨。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "腌制车间改造数量", "≥1处"),
        (None, None, "清洗切分设备更新数量", "≥4台"),
        (None, None, "芥菜年加工量", "≥300吨"),
        (None, "质量指标", "产品抽检合格率", "≥98%"),
        (None, "时效指标", "改造完成时间", "2025年8月31日前"),
        (None, "成本指标", "设备更新单价", "≤3万元/台"),
        ("效益指标", "社会效益指标", "带动芥菜种植户数", "≥50户"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=2025, title="", name="青禾酸菜区域品牌营销推广", dept=DEPT,
                 unit="椰岚县青禾镇农产品加工服务中心",
                 money=one_year_money(wan(20), wan(20), wan(0)),
                 goals=["参加农产品展销会3场，开设线上专卖店1家，年销售酸菜200吨。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "参加展销会场次", "≥3场"),
        (None, None, "线上专卖店开设数量", "≥1家"),
        (None, "质量指标", "产品抽检合格率", "≥95%"),
        (None, "时效指标", "专卖店上线时间", "2025年5月31日前"),
        (None, "成本指标", "单场展销会参展费用", "≤4万元"),
        ("效益指标", "经济效益指标", "酸菜年销售量", "≥200吨"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "林秀芝", "0898-6631 2045", day(2024, 11, 8))
    return b


@variant("gr10-suancai-stacked-defects", (2,),
         "two projects stacked, OLD-NAT: a training count under 质量 in the first, last year's "
         "plan dates and the same rate twice with a word more in the second")  # fmt: skip
def gr10() -> Book:
    b, s = book()
    project_head(s, year=2025, name="酸菜腌制技术培训", dept=DEPT,
                 unit="椰岚县青禾镇农产品加工服务中心",
                 money=one_year_money(wan(8), wan(8), wan(0)),
                 goals=["开展酸菜腌制技术培训6期，培训加工坊从业人员120人次。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "培训期数", "≥6期"),
        (None, "质量指标",
         mk("腌制技术培训人次", "F201", "warning", row=True, note="人次是数量指标，填在质量下"),
         "≥120人次"),
        (None, None, "参训人员考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2025年7月31日前"),
        (None, "成本指标", "人均培训费用", "≤600元/人次"),
        ("效益指标", "社会效益指标", "参训人员持证上岗率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=2025, title="", name="酸菜加工坊食品安全抽检", dept=DEPT,
                 unit="椰岚县青禾镇农产品加工服务中心",
                 start=mk(day(2024, 1, 1), "Y101", "error", row=True, alt=("Y102",),
                          note="2025年度申报表里的计划日期是上一年的"),
                 end=day(2024, 12, 31), money=one_year_money(wan(15), wan(15), wan(0)),
                 goals=["对全镇酸菜加工坊开展抽检200批次，抽检合格率98%以上。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "抽检批次", "≥200批次"),
        (None, "质量指标", "产品抽检合格率", "≥98%"),
        (None, None, "酸菜产品抽检合格率",
         mk("≥95%", "D102", "error", row=True, alt=("D103", "D101"),
            note="多一个词的同一指标，目标值却不同")),
        (None, "时效指标", "抽检结果公开时间", "抽检后10个工作日内"),
        (None, "成本指标", "单批次抽检费用", "≤700元/批次"),
        ("效益指标", "社会效益指标", "酸菜食品安全事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "加工坊经营者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "林秀芝", "0898-6631 2045", day(2024, 11, 8))
    return b


@variant("gr11-suancai-department", (7, 12, 11),
         "department, NAT-2021, headers 指标内容 and 目标值（年度）, tasks adding to "
         "项目支出, a goal total with its parts in brackets, a 下降率 with ≥, ≤0起, a "
         "footnote on the total (correct)")  # fmt: skip
def gr11() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="椰岚县农产品加工技术服务中心",
                    budget=[(180, 170, 10, 100, 80)],
                    tasks=[("酸菜加工坊技术帮扶", "为加工坊提供工艺和卫生指导", 30, "帮扶12家"),
                           ("腌制食品安全抽检", "委托检测机构抽检", 20, "抽检300批次"),
                           ("酸菜区域品牌培育", "品牌设计、认证和推介", 30, "培育品牌1个"),
                           ("金额合计", None, 80, None)],
                    goal="帮扶酸菜加工坊12家（其中新建坊4家、改造坊8家），完成腌制食品抽检"
                         "300批次，培育区域公用品牌1个。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "目标值（年度）"), [
        ("成本指标", "经济成本指标", "单批次抽检费用", "≤600元/批次"),
        ("产出指标", "数量指标", "帮扶酸菜加工坊数量", "≥12家"),
        (None, None, "腌制食品抽检批次", "≥300批次"),
        (None, None, "区域公用品牌培育数量", "≥1个"),
        (None, "质量指标", "帮扶加工坊卫生达标率", "≥95%"),
        (None, "时效指标", "抽检结果公开及时率", "≥95%"),
        ("效益指标", "社会效益指标", "腌制食品安全事故", "≤0起"),
        (None, "生态效益指标", "加工坊食盐用量下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "加工坊经营者满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    notes(s, ["注：1.帮扶加工坊12家含新建4家、改造8家；",
              "2.金额合计80万元为项目支出合计，与年度预算项目支出一致。"])  # fmt: skip
    sign(s, "郑雨桐", "0898-6631 4408", day(2024, 11, 20))
    return b


@variant("gr12-suancai-department-wrong", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, the goal's training count against "
         "the indicator, a satisfaction rate under 社会效益")  # fmt: skip
def gr12() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="椰岚县青禾镇农产品加工服务中心",
                    budget=[(150, 140, 10, 90, 60)],
                    tasks=[("腌制技术培训", "分期培训加工坊从业人员", 30, "培训300人次"),
                           ("生产许可办证指导", "指导加工坊达到许可条件", 25, "指导10家"),
                           ("金额合计", None,
                            mk(60, "B102", "error", note="30 + 25 = 55，金额合计写60"), None)],
                    goal="培训酸菜腌制技术人员300人次，指导加工坊取得食品生产许可"
                         "10家。")  # fmt: skip
    indicators(s, HEAD, [
        ("成本指标", "经济成本指标", "人均培训费用", "≤800元/人次"),
        ("产出指标", "数量指标", "腌制技术培训人次",
         mk("≥200人次", "D104", "warning", row=True, note="年度总体目标写培训300人次")),
        (None, None, "取得食品生产许可加工坊数量", "≥10家"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "办证指导完成时间", "2025年11月30日前"),
        ("效益指标", "社会效益指标", "持证加工坊占比", "≥60%"),
        (None, None, mk("培训学员满意度", "F201", "warning", row=True,
                        note="满意度应在服务对象满意度指标下"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "加工坊经营者满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    sign(s, "郑雨桐", "0898-6631 4408", day(2024, 11, 20))
    return b
