"""Returns hk13–hk18: a decoction-piece (饮片) workshop and GAP certification."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout677.common import (
    TWO,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
)
from tests.variants.holdout677.registry import variant
from tests.variants.kit import Book, Sheet, mk, money, ok, pct

YP = "沱阳县市场监督管理局（206011）"


@variant(
    "hk13-workshop-footnotes",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, a "
    "填表说明 row above the table, footnotes explaining the total, signature lines (correct)",
)
def hk13() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="中药饮片炮制车间洁净区改造",
        dept=YP,
        unit="沱阳县中药饮片厂",
        money=one_year(money(180), money(140), money(40)),
        goals=[
            "完成饮片炮制车间D级洁净区改造1200平方米，新增炮制生产线2条，通过药品GMP符合性检查。"
        ],
    )
    notes(s, "填表说明：三级指标应细化、量化；定性指标须写明评价等级。", width=4)
    rows = [
        ("产出指标", "数量指标", "洁净区改造面积", "≥1200平方米"),
        (None, None, "新增炮制生产线", "≥2条"),
        (None, "质量指标", "洁净区环境监测合格率", "≥98%"),
        (None, None, "饮片出厂检验合格率", "=100%"),
        (None, None, "生产质量事故", ok("0起", note="事故数为0是合理的上限")),
        (None, "时效指标", "改造完成时间", "2025年9月30日前"),
        (None, "成本指标", "单位面积改造成本", "≤0.12万元/平方米"),
        ("效益指标", "经济效益指标", "饮片年产能提升", "≥300吨"),
        (None, "可持续影响指标", "GMP符合性检查", "通过"),
        ("满意度指标", "服务对象满意度指标", "饮片使用医疗机构满意度", "≥90%"),
    ]
    indicators(s, rows, ("一级指标", "二级指标", "指标内容", "绩效标准"))
    notes(
        s,
        "注1：年度资金180万元含洁净区改造150万元、设备验证及检测30万元。",
        "注2：改造成本按1200平方米 × 0.12万元/平方米 = 144万元控制，余额用于设计监理。",
    )
    sign(s, "闵素禾", "0839-5530872", (2024, 12, 6))
    return b


def _export_budget(s: Sheet) -> None:
    s.title("2025年部门项目支出预算表", 6)
    s.row("项目编码", "项目名称", "功能科目", "预算金额（万元）", "其中：财政拨款", "其他资金")
    s.row("512300-25-0031", "中药饮片GAP追溯系统建设", "2130126", money(85), money(70), money(15))
    s.row("合计", None, None, money(85), money(70), money(15))
    s.row(
        "实施内容",
        "建设饮片质量追溯系统1套，接入饮片生产企业12家，2025年10月底前上线运行。",
        merge=[(2, 6)],
    )


@variant(
    "hk14-workshop-export",
    (7, 9),
    "budget-system export: budget on sheet 05-1, the table "
    "on sheet 05-2 with codes in the first columns: fewer firms than planned, last year's "
    "deadline, a date stored as a serial in text",
)
def hk14() -> Book:
    b, s = start("部门项目支出预算05-1", (18, 24, 14, 18, 16, 14))
    _export_budget(s)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 14, 16, 28, 18))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：沱阳县中药材质量检测站", None, None, None, "金额单位：万元", None)
    firms = mk("≥10家", "D104", "warning", note="实施内容写接入12家")
    serial = mk("45961", "X104", "warning", note="文本里的日期序列号（2025-10-31）")
    late = mk(
        "2024年12月31日前",
        "Y102",
        "error",
        alt=("Y101", "Y103"),
        note="2025年项目的期限留有上年日期",
    )
    code, name = "512300-25-0031", "中药饮片GAP追溯系统建设"
    rows = [
        (code, name, "产出指标", "数量指标", "追溯系统建设数量", "=1套"),
        (None, None, None, None, "接入饮片生产企业数", firms),
        (None, None, None, "质量指标", "追溯信息完整率", "≥95%"),
        (None, None, None, "时效指标", "系统上线运行时间", serial),
        (None, None, None, None, "首批追溯数据年报提交时间", late),
        (None, None, None, "成本指标", "单家企业接入成本", "≤5万元/家"),
        (None, None, "效益指标", "社会效益指标", "饮片来源可追溯率", "≥90%"),
        (None, None, "满意度指标", "服务对象满意度指标", "接入企业满意度", "≥90%"),
    ]
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    indicators(t, rows, head, merged=(1, 2, 3, 4))
    return b


@variant(
    "hk15-gap-two-year",
    (8, 5),
    "two-year GAP project 2025–2026, OLD-NAT, 中期 and 年度 "
    "columns: a unit price under 数量, the same rate under 质量 and 社会效益",
)
def hk15() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        years=2,
        name="川芎白芷GAP延伸检查辅导",
        dept=YP,
        unit="沱阳县中药饮片厂",
        money=multi_year((160, 130, 30), (90, 75, 15)),
        goals=[
            "两年内推动川芎、白芷2个品种通过GAP延伸检查，建设规范化种植基地1500亩，"
            "饮片抽检合格率保持98%以上。",
            "2025年完成川芎品种GAP延伸检查，建设川芎基地800亩。",
        ],
    )
    price = mk("认证咨询服务单价", "F201", "warning", row=True, note="单价是成本指标，填在数量下")
    again = mk(
        "饮片抽检合格率",
        "D101",
        "warning",
        row=True,
        alt=("D103", "F201"),
        note="与质量指标下同名同值",
    )
    rows = [
        ("产出指标", "数量指标", "通过GAP检查品种数", "≥2个", "≥1个"),
        (None, None, "规范化基地面积", "≥1500亩", "≥800亩"),
        (None, None, price, "≤3万元/品种", "≤3万元/品种"),
        (None, "质量指标", "饮片抽检合格率", "≥98%", "≥98%"),
        (None, "时效指标", "延伸检查申报时间", "2026年6月30日前", "2025年12月31日前"),
        ("效益指标", "社会效益指标", again, "≥98%", "≥98%"),
        (None, "可持续影响指标", "种植档案保存年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "合作企业满意度", "≥90%", "≥90%"),
    ]
    indicators(s, rows, TWO)
    sign(s, "闵素禾", "0839-5530872", (2024, 12, 12))
    return b


@variant(
    "hk16-gap-marked-labels",
    (5,),
    "project, OLD-NAT, tier labels with * and abbreviated "
    "(产出, 数量), ★ core indicators (correct)",
)
def hk16() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="道地药材GAP基地自查辅导",
        dept=YP,
        unit="沱阳县中药材协会",
        money=one_year(money(60), money(50), money(10)),
        goals=["辅导3家企业的川芎、白芷、蒲公英基地开展GAP自查，培训基地管理人员120人次。"],
    )
    rows = [
        ("*产出", "数量", "辅导企业数", "≥3家"),
        (None, None, "★培训基地管理人员", "≥120人次"),
        (None, "质量", "★自查问题整改率", "≥90%"),
        (None, "时效", "自查报告提交时间", "2025年11月30日前"),
        (None, "成本", "人均培训成本", "≤800元/人次"),
        ("*效益", "社会效益", "基地质量管理制度建立数", "≥3项"),
        (None, "可持续影响", "自查档案保存年限", "≥5年"),
        ("*满意度", "服务对象满意度", "受训人员满意度", "≥90%"),
    ]
    indicators(s, rows)
    notes(s, "说明：带★的为核心指标，不得删除；带*的一级指标为必填项。")
    sign(s, "闵素禾", "0839-5530872", (2024, 11, 30))
    return b


@variant(
    "hk17-workshop-stacked",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the "
    "second project's parts miss its total and its goal names fewer varieties than the indicator",
)
def hk17() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="饮片炮制设备更新",
        dept=YP,
        unit="沱阳县中药饮片厂",
        money=one_year(money(96), money(80), money(16)),
        goals=["更新切制、炒制设备6台，饮片年加工能力提高到800吨。"],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "炮制设备更新数量", "≥6台"),
            (None, "质量指标", "设备验收合格率", "=100%"),
            (None, "时效指标", "设备投产时间", "2025年7月31日前"),
            (None, "成本指标", "设备平均单价", "≤16万元/台"),
            ("效益指标", "经济效益指标", "饮片年加工能力", "≥800吨"),
            ("满意度指标", "服务对象满意度指标", "车间职工满意度", "≥90%"),
        ],
    )
    s.skip(2)
    total = mk(money(55), "B101", "error", note="财政拨款 40 + 其他资金 10 = 50 ≠ 55")
    project_head(
        s,
        year=2025,
        name="饮片原料基地GAP认证辅导",
        dept=YP,
        title="",
        unit="沱阳县中药饮片厂",
        money=one_year(total, money(40), money(10)),
        goals=["辅导蒲公英、白芷2个原料基地品种通过GAP符合性检查。"],
    )
    kinds = mk("≥3个", "D104", "warning", note="年度目标写2个品种")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "通过GAP检查品种数", kinds),
            (None, "质量指标", "检查发现问题整改率", "≥95%"),
            (None, "时效指标", "检查申请提交时间", "2025年9月30日前"),
            (None, "成本指标", "单品种辅导费用", "≤15万元/个"),
            ("效益指标", "社会效益指标", "带动基地农户数", "≥200户"),
            ("满意度指标", "服务对象满意度指标", "基地农户满意度", "≥90%"),
        ],
    )
    sign(s, "闵素禾", "0839-5530872", (2024, 12, 18))
    return b


@variant(
    "hk18-workshop-department",
    (12, 7),
    "department, NAT-2021, budget and tasks consistent, "
    "two-row header with 指标性质 and 目标值（年度）, a part count beside its total (correct)",
)
def hk18() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept="岷江口县中药材质量监测中心",
        budget=[(350, 300, 50, 140, 210)],
        tasks=[
            ("饮片质量抽检", "饮片抽样、检验与报告", 120, "抽检600批次"),
            ("GAP基地监测", "基地土壤、农残监测", 90, "监测基地6个"),
            ("金额合计", None, 210, None),
        ],
        goal="完成饮片质量抽检600批次（其中川芎饮片200批次），监测GAP基地6个。",
    )
    s.row("绩效指标", None, None, "指标值", None, merge=[(1, 3), (4, 5)])
    rows = [
        ("产出指标", "数量指标", "饮片质量抽检批次", "≥", "600批次"),
        (None, None, "川芎饮片抽检批次", "≥", "200批次"),
        (None, None, "监测GAP基地数", "≥", "6个"),
        (None, "质量指标", "抽检报告准确率", "≥", pct(0.99)),
        (None, "时效指标", "抽检报告出具时限", "≤", "15个工作日"),
        ("成本指标", "经济成本指标", "单批次抽检费用", "≤", "0.15万元/批次"),
        ("效益指标", "社会效益指标", "不合格饮片流入市场事件", "≤", "0起"),
        (None, "可持续影响指标", "监测数据保存年限", "≥", "5年"),
        ("满意度指标", "服务对象满意度指标", "受检企业满意度", "≥", pct(0.9)),
    ]
    indicators(s, rows, ("一级指标", "二级指标", "三级指标", "指标性质", "目标值（年度）"))
    sign(s, "岳川", "0838-7713260", (2024, 11, 20))
    return b
