"""Returns on apprenticeship subsidies (企业新型学徒制补贴): kaq07 to kaq12."""

from __future__ import annotations

from tests.variants.holdout709.common import (
    HRSS,
    SCHOOL,
    department,
    note,
    period_money,
    project,
    sign,
    table,
    year_money,
)
from tests.variants.holdout709.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "kaq07-subsidy-department",
    (12,),
    "department, NAT-2021: budget split both ways, key tasks adding to 项目支出, a goal count "
    "with its part in brackets, a subsidy standard × count within its task money (correct)",
)
def kaq07() -> Book:
    goal = ("全年补贴企业新型学徒不少于500人（其中制造业学徒300人），承办区级技能大赛8个赛项，"
            "公共实训基地开放不少于240天。")  # fmt: skip
    b, s = department(2026, HRSS, (1280, 1200, 80, 680, 600), goal, [
        ("企业新型学徒制补贴", "按每人每年4000元给予培训补贴", 240, "补贴学徒不少于500人"),
        ("区级技能大赛承办", "承办区级技能大赛8个赛项", 160, "参赛选手不少于600人"),
        ("公共实训基地运行", "保障基地开放及设备维护", 200, "开放不少于240天"),
        ("金额合计", None, 600, None),
    ])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "补贴学徒人数", "≥500人"),
        (None, None, "承办技能大赛赛项", "≥8个"),
        (None, None, "实训基地开放天数", "≥240天"),
        (None, "质量指标", "学徒培训考核合格率", "≥90%"),
        (None, "时效指标", "补贴资金拨付及时率", pct(1)),
        ("成本指标", "经济成本指标", "学徒培训补贴标准", "≤4000元/人·年"),
        ("效益指标", "社会效益指标", "学徒取得职业技能等级证书人数", "≥400人"),
        (None, "可持续影响指标", "校企双导师带徒机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "参训企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "苗景川", "0731-6651203", day(2025, 11, 18))
    return b


@variant(
    "kaq08-subsidy-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值): the "
    "goal's apprentice count against the indicator, a rate given as a count, weights to 95",
)
def kaq08() -> Book:
    goal = "年度补贴企业新型学徒400人，学徒合同签订率达到100%，学徒结业率不低于90%。"
    b, s = department(2026, HRSS, (300, 300, 0, 120, 180), goal)
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("补贴学徒人数", 20, "人", "≥",
         mk(350, "D104", "warning", row=True, note="年度总体目标写补贴学徒400人")),
        ("学徒合同签订率", 15, "人", "=",
         mk(320, "T105", "error", row=True, alt=("T112",), note="比率填成了签订人数")),
        ("学徒结业率", 15, "%", "≥", pct(0.9)),
        ("学徒培训补贴标准", 15, "元/人·年", "≤", 4000),
        ("补贴资金拨付时限", 10, "工作日", "≤", 20),
        ("学徒取得等级证书人数", 10, "人", "≥", 300),
        ("参训企业满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    return b


@variant(
    "kaq09-apprentice-three-years",
    (8, 10),
    "three-year project, NAT-2021, 中期 and 年度 columns with a score column, tier points "
    "and indicator points both adding to 100, a retention rate raised in 百分点 (correct)",
)
def kaq09() -> Book:
    b, s = project(
        2026,
        "鹭门职校校企联合学徒培养",
        SCHOOL,
        period_money((1500, 1350, 150), (500, 450, 50)),
        (
            "三年累计培养企业新型学徒1200人，建成校企学徒培养站10个，学徒留用率提高5个百分点。",
            "2026年培养学徒400人，新建学徒培养站4个，学徒留用率提高2个百分点。",
        ),
        years=3,
    )
    table(s, (*TWO, "分值"), [
        ("产出指标（50分）", "数量指标", "培养企业新型学徒人数", "≥1200人", "≥400人", 20),
        (None, None, "新建校企学徒培养站", "≥10个", "≥4个", 10),
        (None, "质量指标", "学徒结业考核合格率", "≥90%", "≥90%", 10),
        (None, "时效指标", "补贴资金拨付完成时间", "每年12月20日前", "2026年12月20日前", 10),
        ("成本指标（10分）", "经济成本指标", "学徒培养补贴标准", "≤5000元/人·年",
         "≤5000元/人·年", 10),
        ("效益指标（30分）", "社会效益指标", "学徒留用率提高", "≥5百分点", "≥2百分点", 15),
        (None, "可持续影响指标", "形成校企联合培养标准", "≥6项", "≥2项", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "合作企业满意度", "≥90%", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant(
    "kaq10-apprentice-copied",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: 中期目标 copied into 年度目标, the "
    "period's apprentice count copied into the year, a deadline from last season",
)
def kaq10() -> Book:
    text = "两年培养汽修、电工学徒600人，建设校内学徒工作站6个。"
    b, s = project(
        2026,
        "鹭门职校汽修电工学徒培养",
        SCHOOL,
        period_money((600, 540, 60), (300, 270, 30)),
        (text, mk(text, "D204", "warning", note="年度目标与中期目标逐字相同")),
        years=2,
    )
    table(s, TWO, [
        ("产出指标", "数量指标", "培养学徒人数", "≥600人",
         mk("≥600人", "D202", "warning", note="两年累计人数照抄到年度")),
        (None, None, "建设学徒工作站", "≥6个", "≥3个"),
        (None, "质量指标", "学徒结业率", "≥90%", "≥90%"),
        (None, "时效指标", "首批学徒结业时间", "2027年6月30日前",
         mk("2025年12月31日前", "Y102", "error", alt=("Y103",),
            note="项目 2026 年开始，期限留着上一期的 2025 年")),
        ("成本指标", "经济成本指标", "学徒补贴标准", "≤4500元/人·年", "≤4500元/人·年"),
        ("效益指标", "社会效益指标", "学徒留用率", "≥70%", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kaq11-subsidy-word-operators",
    (11, 9),
    "project, OLD-NAT, operators in words in a 指标性质 column and a unit column: a 反向 "
    "dropout rate with 大于等于, a cost cap with 等于, the end date typed as a serial",
)
def kaq11() -> Book:
    b, s = project(
        2026,
        "柘溪区企业新型学徒制培训补贴",
        "澄岭市柘溪区职业技能培训指导中心",
        year_money(160, 160, 0),
        ("补贴企业新型学徒400人，学徒中途流失率控制在8%以内。",),
        dept=HRSS,
        end=mk("46387", "X104", "warning", note="计划完成日期存成了日期序列号文本"),
    )
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "补贴学徒人数", "大于等于", 400, "人"),
        (None, "质量指标", "学徒中途流失率",
         mk("大于等于", "T108", "warning", row=True, note="流失率是反向指标"), 8, "%"),
        (None, "时效指标", "补贴资金拨付时限", "小于等于", 30, "工作日"),
        (None, "成本指标", "人均补贴标准",
         mk("等于", "T108", "warning", row=True, note="成本上限写成等于"), 4000, "元/人"),
        ("效益指标", "社会效益指标", "学徒培训安全事故", "小于等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "参训企业满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant(
    "kaq12-subsidy-export",
    (7, 4),
    "budget-system export: money on sheet 部门项目支出预算05-1, indicators on 部门项目支出绩效目标"
    "05-2 with the header on row 3, project codes in the first columns (correct)",
)
def kaq12() -> Book:
    b = Book()
    code, name = "5203092026000318", "柘溪区企业新型学徒制培训补贴（技工院校）"
    m = b.sheet("部门项目支出预算05-1", (20, 30, 14, 14, 14, 12))
    m.title("2026年部门项目支出预算表", 6)
    m.row("单位：万元")
    m.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目期")
    m.row(code, name, money(320, WAN), money(300, WAN), money(20, WAN), "1年")
    s = b.sheet("部门项目支出绩效目标05-2", (20, 30, 12, 16, 26, 10, 12, 12))
    s.title("2026年部门项目支出绩效目标表", 8)
    s.row("单位名称：澄岭市柘溪区人力资源和社会保障局", merge=[(1, 8)])
    s.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    for r in (
        ("产出指标", "数量指标", "补贴学徒人数", "≥", 700, "人"),
        ("产出指标", "质量指标", "学徒结业考核合格率", "≥", 90, "%"),
        ("产出指标", "时效指标", "补贴资金拨付时限", "≤", 30, "工作日"),
        ("产出指标", "成本指标", "学徒培训补贴标准", "≤", 4000, "元/人"),
        ("效益指标", "社会效益指标", "学徒取得等级证书人数", "≥", 560, "人"),
        ("满意度指标", "服务对象满意度指标", "参训学徒满意度", "≥", 90, "%"),
    ):
        s.row(code, name, *r)
    note(s, "注：本表由预算管理一体化系统导出。", 8)
    return b
