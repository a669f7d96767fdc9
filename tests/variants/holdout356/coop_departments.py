"""Returns of mushroom-growing cooperatives and their service units (vb07–vb12): department
money blocks, flat lists, notes inside and under the table, template rows left empty."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout356.common import (
    BUREAU,
    HEAD4,
    book,
    indicators,
    note,
    one_year,
    signature,
)
from tests.variants.holdout356.registry import variant
from tests.variants.kit import Book, mk, money, pct

DEPT = "栎川县食用菌产业发展中心"
UNION = "栎川县菇农专业合作社联合服务站"


def budget(*amounts: float) -> list[list[object]]:
    """One budget row: 资金总额, 财政拨款, 其他资金, 基本支出, 项目支出."""
    return [[money(a) for a in amounts]]


@variant("vb07-coop-department", (12, 11), "department, NAT-2021, budget and key tasks adding "
         "up, a 下降率 with ≥ and a unit cost within its task money (correct)")  # fmt: skip
def coop_department() -> Book:
    b, s = book()
    department_head(s, year=2026, dept=DEPT, budget=budget(650, 600, 50, 210, 440), tasks=[
        ("香菇菌棒集中供应", "为全县合作社统一生产供应菌棒", money(180), "供应菌棒≥300万棒"),
        ("合作社技术服务", "组织菇农培训和田间指导", money(160), "培训菇农≥800人次"),
        ("菌渣资源化利用", "建设菌渣收储点并组织还田", money(100), "建成收储点≥6个"),
        ("金额合计", None, money(440), None),
    ], goal="保障合作社菌棒供应，提升菇农技术水平，减少菌渣随意丢弃。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "供应标准化菌棒", "≥300万棒"),
        (None, None, "开展菇农技术培训", "≥800人次"),
        (None, None, "建设菌渣收储点", "≥6个"),
        (None, "质量指标", "供应菌棒合格率", "≥95%"),
        (None, "时效指标", "菌棒供应及时率", "≥95%"),
        ("成本指标", "经济成本指标", "菌棒供应补助标准", "≤0.5元/棒"),
        ("效益指标", "经济效益指标", "合作社社员户均增收", "≥0.6万元"),
        (None, "生态效益指标", "菌渣随意丢弃量下降率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    return b


@variant("vb08-union-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, "
         "key tasks not adding to 金额合计")  # fmt: skip
def union_money_wrong() -> Book:
    b, s = book()
    total = mk(money(700), "B101", "error", row=True, note="230 + 450 = 680 ≠ 700")
    department_head(s, year=2026, dept=UNION, budget=[
        [total, money(620), money(80), money(230), money(450)]], tasks=[
        ("菇农合作社规范提升", "指导合作社完善章程和财务制度", money(200), "规范合作社≥40家"),
        ("食用菌公共品牌推广", "统一包装和展销推介", money(150), "参加展销≥6场"),
        ("订单收购服务", "对接收购企业签订订单", money(90), "订单收购≥2000吨"),
        ("金额合计", None, mk(money(450), "B102", "error", row=True,
                             note="200 + 150 + 90 = 440 ≠ 450"), None),
    ], goal="推动菇农合作社规范运行，打响栎川菌菇品牌，稳定鲜菇销路。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "规范提升菇农合作社", "≥40家"),
        (None, None, "参加农产品展销推介", "≥6场"),
        (None, None, "订单收购鲜菇", "≥2000吨"),
        (None, "质量指标", "合作社财务规范达标率", "≥90%"),
        (None, "时效指标", "订单收购款兑付及时率", "≥98%"),
        ("成本指标", "经济成本指标", "单场展销推介费用", "≤20万元/场"),
        ("效益指标", "经济效益指标", "合作社鲜菇销售收入增长率", "≥8%"),
        (None, "社会效益指标", "带动入社菇农", "≥1500户"),
        ("满意度指标", "服务对象满意度指标", "入社菇农满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    return b


@variant("vb09-flat-list", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
         "as operator · 指标值), typed percent cells, weights adding to 100 (correct)")  # fmt: skip
def flat_list() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="栎川县翠屏乡农业综合服务中心",
                    budget=budget(320, 300, 20, 120, 200),
                    goal="扶持全乡香菇合作社规范发展，保障鲜菇质量安全。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("食用菌合作社规范化建设", 20, "家", "≥", 12),
        ("社员技术培训", 15, "人次", "≥", 500),
        ("菌棒质量抽检合格率", 15, "%", "≥", pct(0.96)),
        ("鲜菇农残抽检超标率", 10, "%", "≤", pct(0.01)),
        ("合作社注册品牌产品", 10, "个", "≥", 3),
        ("社员户均增收", 15, "万元", "≥", 0.5),
        ("社员满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("vb10-flat-defects", (3, 11), "department, flat list (指标名称 · 指标值 · "
         "指标性质 as direction · 计量单位 · 权重): a unit conflict, ≥ on a 反向 rate, "
         "weights of 95")  # fmt: skip
def flat_defects() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="栎川县松坪乡农业服务中心",
                    budget=budget(260, 240, 20, 110, 150),
                    goal="扶持松坪乡香菇合作社扩大订单生产，稳定菌棒质量。")  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("扶持香菇合作社", "≥8家", "正向", "家", 20),
        ("社员技术培训", mk("≥12万元", "T112", "error", note="万元 against 人次"), "正向",
         "人次", 15),
        ("菌棒杂菌污染率", mk("≥3%", "T108", "warning", row=True, note="反向 rate with ≥"),
         "反向", "%", 15),
        ("鲜菇订单收购量", "≥500吨", "正向", "吨", 15),
        ("合作社社员户均增收", "≥0.6万元", "正向", "万元", 15),
        ("社员满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    return b


@variant("vb11-notes-page-break", (4,), "project, OLD-NAT, one value column, a note row "
         "inside the table, the header repeated after a page break, 填表说明 and signature "
         "(correct)")  # fmt: skip
def notes_page_break() -> Book:
    b, s = book()
    project_head(s, year=2026, name="云杉村黑木耳种植专业合作社烘干冷藏设施项目", dept=BUREAU,
                 unit="栎川县云杉村黑木耳种植专业合作社", money=one_year(90, 60, 30),
                 goals=["建成黑木耳烘干房2座、冷藏库300立方米，解决雨季烂耳问题。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "建设黑木耳烘干房", "≥2座"),
        (None, None, "新增冷藏库容", "≥300立方米"),
        (None, "质量指标", "设施竣工验收合格率", "=100%"),
        (None, "时效指标", "设施投入使用时间", "2026年10月31日前"),
        (None, "成本指标", "烘干房建设单价", "≤20万元/座"),
    ])  # fmt: skip
    note(s, "注：烘干能力按每座每批次1.5吨鲜耳测算。", 4)
    s.skip()
    s.row(*HEAD4)
    s.table([
        ("效益指标", "经济效益指标", "合作社黑木耳干品销售额", "≥260万元"),
        (None, "社会效益指标", "带动入社农户", "≥85户"),
        (None, "可持续影响指标", "设施运行维护制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "入社农户满意度", "≥92%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：1. 指标值中“≥”表示不低于，“=100%”表示全部合格。", 4)
    note(s, "填表说明：本表由项目实施单位填写，金额单位为万元，报县农业农村局审核。", 4)
    signature(s, 2026, "邵振庭", "0736-5821947")
    return b


@variant("vb12-template-rows", (6, 7, 13), "project, NAT-2021, headers 指标内容 and 预期目标: a "
         "时效 row left from the template, a value without a name")  # fmt: skip
def template_rows() -> Book:
    b, s = book()
    project_head(s, year=2026, name="翠屏乡香菇专业合作社冷链配送能力提升项目", dept=BUREAU,
                 unit="栎川县翠屏乡香菇专业合作社", money=one_year(35, 25, 10), attr="新增项目",
                 goals=["购置冷藏运输车2辆，全年冷链配送鲜香菇400吨。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "预期目标"), [
        ("产出指标", "数量指标", "购置冷藏运输车", "≥2辆"),
        (None, None, "冷链配送鲜香菇", "≥400吨"),
        (None, "质量指标", "配送鲜菇损耗率", "≤3%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template tier-2 left empty"),
         None, None),
        ("成本指标", "经济成本指标", "单辆冷藏车购置成本", "≤12万元/辆"),
        ("效益指标", "经济效益指标", "鲜香菇销售溢价", "≥0.4元/公斤"),
        (None, "社会效益指标", mk(None, "F110", "error", note="a value without a name"),
         "≥150户"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    return b
