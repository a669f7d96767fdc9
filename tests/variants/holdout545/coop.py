"""Returns ci13–ci18: cooperative unions handling both 蓑衣 and 竹炭 (department and
second-sheet forms)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout545.common import YEAR, indicators, one_year, signature, start
from tests.variants.holdout545.registry import variant
from tests.variants.kit import Book, mk, money, pct

UNION = "筠岙县蓑衣竹炭供销专业合作社联合社"
FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
TIER_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
P2 = "0.00%"


@variant("ci13-coop-flat-weights", (3,), "department, flat list (指标名称 · 权重 · "
         "计量单位 · 指标性质 in words · 指标值), typed percent cells, weights adding to 100 "
         "(correct)")  # fmt: skip
def ci13() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=UNION, budget=[(160, 130, 30, 50, 110)],
                    goal="收购社员蓑衣4000件、竹炭600吨，培训社员300人次。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT_HEAD)
    s.table([
        ("蓑衣收购数量", 20, "件", "大于等于", 4000),
        ("竹炭收购量", 20, "吨", "大于等于", 600),
        ("社员技能培训人次", 15, "人次", "大于等于", 300),
        ("收购产品质量抽检合格率", 15, "%", "大于等于", pct(0.95)),
        ("社员户均增收", 10, "元/户", "大于等于", 3000),
        ("仓储霉损率", 10, "%", "小于等于", pct(0.02)),
        ("社员满意度", 10, "%", "大于等于", pct(0.9)),
    ])  # fmt: skip
    signature(s, "邬小军", "0577-6860 4431")
    return b


@variant("ci14-coop-flat-defects", (3,), "department, flat list as in ci13: a value whose unit "
         "conflicts with the unit column, weights adding to 95")  # fmt: skip
def ci14() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="筠岙县棕坪竹炭蓑衣合作社联合社",
                    budget=[(95, 80, 15, 30, 65)],
                    goal="带动编织户320户，收购竹炭400吨，抽检合格率不低于95%。")  # fmt: skip
    b.file_mark("W101", "error", note="20 + 20 + 15 + 10 + 10 + 10 + 10 = 95, not 100")
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT_HEAD)
    s.table([
        ("带动蓑衣编织户数", 20, "万元", "大于等于",
         mk("320户", "T112", "error", note="户 in the value, 万元 in the unit column")),
        ("竹炭收购量", 20, "吨", "大于等于", 400),
        ("收购产品质量抽检合格率", 15, "%", "大于等于", pct(0.95)),
        ("社员技能培训人次", 10, "人次", "大于等于", 200),
        ("社员户均增收", 10, "元/户", "大于等于", 2000),
        ("仓储霉损率", 10, "%", "小于等于", pct(0.03)),
        ("社员满意度", 10, "%", "大于等于", pct(0.9)),
    ])  # fmt: skip
    signature(s, "韦春燕", "0577-6862 0917")
    return b


@variant("ci15-coop-department-money", (12,), "department, NAT-2021: budget with shares, "
         "key tasks adding to 金额合计 = 项目支出, a unit cost × count equal to its task "
         "(correct)")  # fmt: skip
def ci15() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=UNION, budget=[
        (220, 180, 40, 70, 150),
        (pct(1, P2), pct(0.8182, P2), pct(0.1818, P2), pct(0.3182, P2), pct(0.6818, P2)),
    ], tasks=[
        ("蓑衣收购与展销", "收购社员蓑衣并组织景区展销", 60, "收购蓑衣4000件"),
        ("竹炭收购与品质提升", "收购社员竹炭并分级检测", 50, "收购竹炭600吨"),
        ("社员技能培训", "开展编织、烧炭技能培训", 40, "培训社员300人次"),
        ("金额合计", None, 150, None),
    ], goal="目标1：收购蓑衣4000件、竹炭600吨；目标2：培训社员300人次。")  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "蓑衣收购数量", "≥4000件"),
        (None, None, "竹炭收购量", "≥600吨"),
        (None, None, "社员技能培训人次", "≥300人次"),
        (None, "质量指标", "收购产品抽检合格率", "≥95%"),
        (None, "时效指标", "收购款结算时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "蓑衣收购补助标准", "≤150元/件"),
        (None, None, "每人次培训经费", "≤1200元/人次"),
        ("效益指标", "经济效益指标", "社员户均增收", "≥3000元/户"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "邬小军", "0577-6860 4431")
    return b


@variant("ci16-coop-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, "
         "key tasks not adding to 金额合计")  # fmt: skip
def ci16() -> Book:
    b, s = start()
    total = mk(money(180), "B101", "error", note="60 + 110 = 170, not 180 (150 + 30 holds)")
    department_head(s, year=YEAR, dept="筠岙县箬塘竹炭蓑衣合作社联合社",
                    budget=[(total, 150, 30, 60, 110)], tasks=[
        ("竹炭收购", "收购社员机制竹炭", 40, "收购竹炭500吨"),
        ("蓑衣展销", "组织蓑衣进景区展销", 35, "销售蓑衣2000件"),
        ("品牌推广", "竹炭蓑衣联合品牌宣传", 30, "参加展会3次"),
        ("金额合计", None, mk(money(110), "B102", "error", note="40 + 35 + 30 = 105"), None),
    ], goal="收购竹炭500吨，销售蓑衣2000件，联合品牌参展3次。")  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "竹炭收购量", "≥500吨"),
        (None, None, "蓑衣展销数量", "≥2000件"),
        (None, None, "品牌展会参展次数", "≥3次"),
        (None, "质量指标", "收购竹炭抽检合格率", "≥95%"),
        ("成本指标", "经济成本指标", "竹炭收购补助标准", "≤0.5元/公斤"),
        ("效益指标", "经济效益指标", "联合品牌产品销售额", "≥200万元"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "韦春燕", "0577-6862 0917")
    return b


@variant("ci17-coop-template-rows", (6, 13), "department, NAT-2021, header 预期目标: a "
         "tier-2 left from the template without indicator, a name cell holding only a "
         "full-width space")  # fmt: skip
def ci17() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="筠岙县炭岙蓑衣竹炭合作社联合社",
                    budget=[(120, 100, 20, 40, 80)],
                    goal="收购竹炭450吨、蓑衣2500件，社员满意度不低于90%。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "竹炭收购量", "≥450吨"),
        (None, None, "蓑衣收购数量", "≥2500件"),
        (None, "质量指标", mk("　", "F110", "error", note="a value under a blank name"), "≥95%"),
        (None, "时效指标", "收购款结算时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "蓑衣收购补助标准", "≤120元/件"),
        ("效益指标", "经济效益指标", "社员户均增收", "≥2000元/户"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 with no indicator and no value"), None, None),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "邬小军", "0577-6860 4431")
    return b


@variant("ci18-coop-second-sheet", (4, 7), "project, OLD-NAT: head on the first sheet, "
         "indicators on a second sheet under 考核指标 / 预期实现值, header repeated after a page "
         "break (correct)")  # fmt: skip
def ci18() -> Book:
    b, s = start("项目信息")
    project_head(s, year=YEAR, name="蓑衣竹炭联合品牌推广", dept="筠岙县农业农村局（217006）",
                 unit=UNION, money=one_year(36, 30, 6),
                 goals=["注册“棕竹岙”联合品牌，参展4次，品牌产品销售额150万元。"])  # fmt: skip
    signature(s, "韦春燕", "0577-6862 0917")
    t = b.sheet("绩效指标", (14, 16, 30, 16, 12))
    t.title(f"{YEAR}年度蓑衣竹炭联合品牌推广绩效指标", 5)
    head = ("一级指标", "二级指标", "考核指标", "预期实现值", "计量单位")
    indicators(t, head, [
        ("产出指标", "数量指标", "品牌展会参展次数", "≥4", "次"),
        (None, None, "品牌包装设计款数", "≥6", "款"),
        (None, "质量指标", "包装抽检合格率", "≥95", "%"),
        (None, "时效指标", "商标注册申请提交时间", "2025年3月31日前", None),
        (None, "成本指标", "每次参展费用", "≤5", "万元/次"),
    ])  # fmt: skip
    indicators(t, head, [
        ("效益指标", "经济效益指标", "品牌产品销售额", "≥150", "万元"),
        (None, "社会效益指标", "使用联合品牌的社员户数", "≥200", "户"),
        ("满意度指标", "服务对象满意度指标", "采购商满意度", "≥90", "%"),
    ])  # fmt: skip
    return b
