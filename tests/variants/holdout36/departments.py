"""Department tables (部门整体) of a police bureau, a justice bureau, a court and a
procuratorate."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout36.projects import indicators, signature
from tests.variants.holdout36.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")


@variant("it09-police-dept-ok", (4, 12), "department, NAT-2021, tasks, repeated header")
def it09() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=2025, dept="石门县公安局",
        budget=[(money(8650.4), money(8420.4), money(230), money(6120.4), money(2530))],
        tasks=[("社会治安防控", "视频监控补点、巡逻防控", money(1200), "发案率下降"),
               ("执法办案保障", "办案场所运维、涉案财物管理", money(830), "执法规范"),
               ("交通安全管理", "事故多发路段整治", money(500), "事故起数下降"),
               ("金额合计", None, money(2530), None)],
        goal="维护全县社会大局稳定，刑事案件发案率控制在15起/万人以内，群众安全感不低于95%。",
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "开展社会面巡逻防控", "≥3600", "班次", None),
        (None, None, "整治交通事故多发路段", "≥8", "处", None),
        (None, "质量指标", "110接处警及时率", pct(0.98, "0.0%"), "%", None),
        (None, None, "刑事案件发案率", "≤15", "起/万人", "反向指标"),
    ], head=HEAD)  # fmt: skip
    s.row("（续表）")
    s.row(*HEAD)
    s.table([
        ("产出指标", "时效指标", "治安案件受理审核期限", "≤3", "日", None),
        ("成本指标", "经济成本指标", "项目支出控制数", "≤2530", "万元", None),
        ("效益指标", "社会效益指标", "群众安全感", "≥95%", "%", None),
        (None, None, "较大以上道路交通事故", "不发生", None, None),
        ("满意度指标", "服务对象满意度指标", "群众对公安工作满意度", "≥90%", "%", None),
    ], merged=(1, 2))  # fmt: skip
    signature(s, day(2024, 11, 20))
    return b


@variant("it10-justice-dept-wrong", (12,), "department, NAT-2021, money and a missing tier-1")
def it10() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2025, dept="平川市司法局",
        budget=[(mk(money(1860), "B101", "error"), money(1800), money(60), money(1240),
                 money(580))],
        goal="推进公共法律服务体系建设，做好法律援助、人民调解和社区矫正工作。",
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "办理法律援助案件", "≥1500", "件", None),
        (None, None, "开展普法宣传活动", "≥60", "场次", None),
        (None, "质量指标", "法律援助案件办结率", mk("98", "T105", "error", alt=("T104",)), None,
         None),
        (None, "时效指标", "法律援助申请审查期限", "≤7", "工作日", None),
        ("成本指标", "经济成本指标", "法律援助案件补贴标准", "≤2500", "元/件", None),
        ("效益指标", "社会效益指标", "公共法律服务知晓率", "≥85%", "%", None),
    ], head=HEAD)  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标 for a public legal service")
    return b


@variant("it11-court-dept-ok", (8, 3), "department, 实施周期 and 年度 value columns")
def it11() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标")
    department_head(
        s, year=2025, dept="江北区人民法院",
        budget=[(money(5320), money(5320), money(0), money(4100), money(1220))],
        goal="目标1：审结各类案件10000件以上；目标2：法定审限内结案率不低于95%；"
             "目标3：推进诉源治理，万人成讼率逐年下降。",
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "审结各类案件", "≥30000件", "≥10000件", None),
        (None, "质量指标", "法定审限内结案率", "≥95%", "≥95%", None),
        (None, None, "万人成讼率", "≤95件/万人", "≤98件/万人", "反向指标"),
        (None, "时效指标", "简易程序案件审理期限", "≤3个月", "≤3个月", None),
        ("成本指标", "经济成本指标", "部门项目支出", "≤3660万元", "≤1220万元", None),
        ("效益指标", "社会效益指标", "司法公信力", "稳步提升", "稳步提升", None),
        ("满意度指标", "服务对象满意度指标", "人民群众满意度", "≥90%", "≥90%", None),
    ], head=("一级指标", "二级指标", "三级指标", "实施周期指标值（2025-2027年）", "年度指标值",
             "备注"))  # fmt: skip
    return b


@variant("it12-procuratorate-dept-wrong", (6, 11), "department, NAT-2021, template rows")
def it12() -> Book:
    b = Book()
    s = b.sheet("检察院整体")
    department_head(
        s, year=2025, dept="云台县人民检察院",
        budget=[(money(2140), money(2140), money(0), money(1690), money(450))],
        goal="依法履行法律监督职能，提升办案质效。",
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "审查起诉案件", "≥900", "件", None),
        (None, "质量指标", "起诉案件有罪判决率", "≥99%", "%", None),
        (None, "时效指标", "审查逮捕办案期限", "≤7", "工作日", None),
        (None, mk("社会效益指标", "F105", "error", alt=("F104",)), "涉案企业合规整改",
         "≥10", "家", None),
        ("效益指标", "经济效益指标", "挽回国家经济损失", "≥500", "万元", None),
        (None, mk("生态效益指标", "F109", "warning", row=True), None, None, None, None),
        ("满意度指标", "服务对象满意度指标", "控告申诉群众满意度", "≥90%", "%", None),
        (None, None, "信访投诉率", mk("≥5%", "T108", "warning", row=True), "%", None),
    ], head=HEAD)  # fmt: skip
    return b
